package io.crisisrules.settings;

import io.crisisrules.model.Sector;

import java.time.Duration;
import java.util.Set;

/**
 * Deadlines of the response rules (RSP, PLAN, POST). Keys are {@code response.<component>}.
 * Deadlines of the plan count from the incident's detection; those of the post-crisis plan from
 * when it was resolved or closed.
 *
 * @param firstResponseWithin    RSP-01 time from detection to the first public response
 * @param routineMonitoring      PLAN-01 how often warning signals are checked without an open crisis
 * @param crisisMonitoring       PLAN-01 how often they are checked while a crisis is open
 * @param substantiveWithin      RSP-02…RSP-05, RSP-16 time from detection to the substantive answer
 * @param crisisTeamWithin       RSP-08 time from detection to convening the crisis team
 * @param approvalDelay          RSP-14 how long internal approval of an action usually takes
 * @param faqAfterQuestions      RSP-09 questions in the comments from which a FAQ is published
 * @param humourForbiddenSectors RSP-06 sectors where humour is never suggested
 * @param auditWithin            PLAN-02, PLAN-03 time from detection to the internal audit and external analysis
 * @param planningWithin         PLAN-04, PLAN-05 time from the audit to the communication plan and its execution
 * @param reviewEvery            PLAN-06 how often results are reviewed while the incident is not closed
 * @param postReviewWithin       POST-01 time from closing to the post-crisis review
 * @param postCrisisWithin       POST-02, POST-03, RSP-11, RSP-13 time from resolution or closing to the follow-up actions
 * @param trustRebuilding        POST-04 how long trust rebuilding lasts after a major crisis
 */
public record ResponseSettings(
        @Setting(policy = "RSP-01", description = "Time from detection to the first public response (seed 001: ideally within 4 hours).",
                defaultValue = "4h", min = "1m", max = "72h")
        Duration firstResponseWithin,
        @Setting(policy = "PLAN-01", description = "How often warning signals are checked when no crisis is open (daily).",
                defaultValue = "24h", min = "1m", max = "7d")
        Duration routineMonitoring,
        @Setting(policy = "PLAN-01", description = "How often warning signals are checked while a crisis is open (several times a day).",
                defaultValue = "2h", min = "1m", max = "24h")
        Duration crisisMonitoring,
        @Setting(policy = {"RSP-02", "RSP-03", "RSP-04", "RSP-05", "RSP-16"},
                description = "Time from detection to the substantive answer (apology, evidence, compensation); never before the first response.",
                defaultValue = "24h", min = "1m", max = "14d")
        Duration substantiveWithin,
        @Setting(policy = "RSP-08", description = "Time from detection to convening the crisis team in a major crisis.",
                defaultValue = "1h", min = "1m", max = "72h")
        Duration crisisTeamWithin,
        @Setting(policy = "RSP-14", description = "How long internal approval of an action usually takes (seed 003: 60 % longer than planned).",
                defaultValue = "2h", min = "0s", max = "14d")
        Duration approvalDelay,
        @Setting(policy = "RSP-09", description = "Questions among the comments from which a FAQ is published.",
                defaultValue = "5", min = "1")
        int faqAfterQuestions,
        @Setting(policy = "RSP-06", description = "Sectors where humour is never suggested in a crisis.",
                defaultValue = "BANKING,INSURANCE,HEALTHCARE,PHARMACEUTICAL,PUBLIC_SERVICE")
        Set<Sector> humourForbiddenSectors,
        @Setting(policy = {"PLAN-02", "PLAN-03"}, description = "Time from detection to the internal audit and the external analysis (immediately, in parallel).",
                defaultValue = "24h", min = "1m", max = "30d")
        Duration auditWithin,
        @Setting(policy = {"PLAN-04", "PLAN-05"}, description = "Time from the audit to the communication plan, executed as soon as it is ready (seed 000: 24-48 h).",
                defaultValue = "48h", min = "1m", max = "30d")
        Duration planningWithin,
        @Setting(policy = "PLAN-06", description = "How often the results are reviewed until the incident is closed (weekly).",
                defaultValue = "7d", min = "1h", max = "90d")
        Duration reviewEvery,
        @Setting(policy = "POST-01", description = "Time from closing to the post-crisis review.",
                defaultValue = "14d", min = "1d", max = "365d")
        Duration postReviewWithin,
        @Setting(policy = {"POST-02", "POST-03", "RSP-11", "RSP-13"}, description = "Time from resolution or closing to reputation repair, charter update, ambassadors and lessons shared.",
                defaultValue = "30d", min = "1d", max = "365d")
        Duration postCrisisWithin,
        @Setting(policy = "POST-04", description = "How long trust rebuilding, its monitoring and transparent communication last after a major crisis (seed 001: ~9 months).",
                defaultValue = "270d", min = "1d", max = "3650d")
        Duration trustRebuilding) {

    /**
     * @return the time from detection to the substantive answer: {@code substantiveWithin}, but
     *         never before the first response, so that instructing and adjusting information come
     *         first (RSP-15)
     */
    public Duration substantiveAnswerWithin() {
        return substantiveWithin.compareTo(firstResponseWithin) < 0 ? firstResponseWithin : substantiveWithin;
    }
}
