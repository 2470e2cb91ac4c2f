package io.crisisrules.rules;

import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.Metric;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.model.TriggerOrigin;
import io.crisisrules.rules.support.Engines;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Fixtures.againstBaseline;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static io.crisisrules.rules.support.Plans.complaint;
import static io.crisisrules.rules.support.Plans.evaluateAt;
import static io.crisisrules.rules.support.Plans.kinds;
import static io.crisisrules.rules.support.Plans.majorBuzz;
import static io.crisisrules.rules.support.Plans.minorBuzz;
import static io.crisisrules.rules.support.Plans.only;
import static org.assertj.core.api.Assertions.assertThat;

/** What follows a crisis: RSP-11 ambassadors, RSP-13 lessons and the post-crisis plan POST-01…POST-05. */
class PostCrisisRulesTest {
    private static final Instant RESOLVED_AT = NOW.plus(Duration.ofDays(5));
    private static final Instant CLOSED_AT = NOW.plus(Duration.ofDays(12));

    private static Incident walk(Snapshot first, IncidentStatus until) {
        Incident incident = Engines.defaults().evaluate(first).incident().orElseThrow()
                .transitionTo(IncidentStatus.ACKNOWLEDGED, NOW.plus(Duration.ofHours(1)))
                .transitionTo(IncidentStatus.RESPONDING, NOW.plus(Duration.ofHours(3)))
                .transitionTo(IncidentStatus.RESOLVED, RESOLVED_AT);
        return until == IncidentStatus.CLOSED ? incident.transitionTo(IncidentStatus.CLOSED, CLOSED_AT) : incident;
    }

    private static Assessment closed(Snapshot first) {
        return evaluateAt(CLOSED_AT, snapshot().previousIncident(walk(first, IncidentStatus.CLOSED)).build());
    }

    private static Snapshot majorInternalError() {
        return snapshot().trigger(TriggerOrigin.EMPLOYEE).mentions(majorBuzz(Map.of())).build();
    }

    @Test
    void POST_01_closing_an_incident_produces_a_review_of_what_worked_root_causes_and_impact() {
        Assessment assessment = closed(majorInternalError());

        assertThat(assessment.incident().orElseThrow().status()).isEqualTo(IncidentStatus.CLOSED);
        ResponseAction review = only(assessment, ActionKind.POST_CRISIS_REVIEW);
        assertThat(review.due()).isEqualTo(CLOSED_AT.plus(Duration.ofDays(14)));
        assertThat(review.dos()).contains(Guideline.FIND_ROOT_CAUSES, Guideline.MEASURE_IMPACT);
        assertThat(review.explanation().policyIds()).containsExactly("POST-01");
        assertThat(kinds(assessment)).doesNotContain(ActionKind.FIRST_RESPONSE, ActionKind.FOLLOW_UP_REVIEW,
                ActionKind.APOLOGISE);
    }

    @Test
    void POST_02_a_closed_reputation_crisis_gets_a_repair_plan() {
        ResponseAction repair = only(closed(majorInternalError()), ActionKind.REPUTATION_REPAIR);

        assertThat(repair.due()).isEqualTo(CLOSED_AT.plus(Duration.ofDays(30)));
        assertThat(repair.explanation().policyIds()).contains("POST-02");
        assertThat(repair.dos()).contains(Guideline.SHARE_TESTIMONIALS_AND_SUCCESSES,
                Guideline.REINVEST_IN_CUSTOMER_RELATIONSHIP);
    }

    @Test
    void POST_03_a_closed_incident_updates_the_charter_trains_the_teams_and_revises_the_crisis_plan() {
        ResponseAction update = only(closed(majorInternalError()), ActionKind.UPDATE_CHARTER_AND_TRAINING);

        assertThat(update.dos()).contains(Guideline.UPDATE_CHARTER_TRAIN_TEAMS_REVISE_PLAN);
        assertThat(update.channel()).isEqualTo(Channel.INTERNAL);
        assertThat(update.explanation().policyIds()).containsExactly("POST-03");
    }

    @Test
    void POST_04_trust_is_rebuilt_for_nine_months_after_a_major_crisis_with_monitoring() {
        Assessment assessment = closed(majorInternalError());

        assertThat(assessment.incident().orElseThrow().severity()).isEqualTo(Severity.MAJOR);
        ResponseAction trust = only(assessment, ActionKind.TRUST_REBUILDING);
        assertThat(trust.due()).isEqualTo(CLOSED_AT.plus(Duration.ofDays(270)));
        assertThat(trust.dos()).contains(Guideline.KEEP_MONITORING, Guideline.BE_TRANSPARENT,
                Guideline.MEASURE_SENTIMENT_BEFORE_AND_AFTER);
        assertThat(trust.explanation().policyIds()).contains("POST-04");
        assertThat(assessment.monitoring().interval()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void POST_04_a_minor_crisis_needs_no_long_trust_rebuilding() {
        Assessment assessment = closed(snapshot().mentions(minorBuzz(Map.of(Topic.DELIVERY, 40L))).build());

        assertThat(kinds(assessment)).contains(ActionKind.POST_CRISIS_REVIEW).doesNotContain(ActionKind.TRUST_REBUILDING);
    }

    @Test
    void POST_05_a_failing_campaign_gets_a_recovery_plan() {
        Assessment assessment = Engines.defaults().evaluate(snapshot()
                .metric(againstBaseline(Metric.UNSUBSCRIBE_RATE, "newsletter", 0.01, 0.004)).build());

        ResponseAction recovery = only(assessment, ActionKind.CAMPAIGN_RECOVERY);
        assertThat(recovery.dos()).contains(Guideline.AUDIT_CHANNELS_AND_REDEFINE_KPIS,
                Guideline.AB_TEST_MESSAGE_TARGETING_FREQUENCY);
        assertThat(recovery.explanation().policyIds()).containsExactly("POST-05");
    }

    @Test
    void RSP_11_once_resolved_customers_who_lived_the_failure_are_invited_to_an_ambassador_programme() {
        Snapshot first = snapshot().mentions(minorBuzz(Map.of(Topic.DELIVERY, 40L)))
                .complaint(complaint("k1", Topic.DELIVERY, ComplaintStatus.OPEN)).build();
        Incident resolved = walk(first, IncidentStatus.RESOLVED);

        Assessment assessment = evaluateAt(RESOLVED_AT, snapshot().previousIncident(resolved)
                .complaint(complaint("k1", Topic.DELIVERY, ComplaintStatus.RESOLVED)).build());

        ResponseAction ambassadors = only(assessment, ActionKind.AMBASSADOR_PROGRAMME);
        assertThat(ambassadors.due()).isEqualTo(RESOLVED_AT.plus(Duration.ofDays(30)));
        assertThat(kinds(Engines.defaults().evaluate(first))).doesNotContain(ActionKind.AMBASSADOR_PROGRAMME);
    }

    @Test
    void RSP_13_once_resolved_the_brand_shares_the_lessons_of_its_own_failure() {
        Incident resolved = walk(majorInternalError(), IncidentStatus.RESOLVED);

        Assessment assessment = evaluateAt(RESOLVED_AT, snapshot().previousIncident(resolved).build());

        ResponseAction lessons = only(assessment, ActionKind.SHARE_LESSONS);
        assertThat(lessons.channel()).isEqualTo(Channel.BLOG);
        assertThat(lessons.due()).isEqualTo(RESOLVED_AT.plus(Duration.ofDays(30)));
    }

    @Test
    void RSP_13_no_lessons_to_share_for_a_crisis_that_was_not_the_brands_fault() {
        Incident resolved = walk(snapshot().claim(io.crisisrules.rules.support.Plans.claim("c1",
                io.crisisrules.model.Claim.Status.REFUTED, false)).build(), IncidentStatus.RESOLVED);

        assertThat(kinds(evaluateAt(RESOLVED_AT, snapshot().previousIncident(resolved).build())))
                .doesNotContain(ActionKind.SHARE_LESSONS);
    }

    @Test
    void a_closed_incident_with_new_evidence_gives_way_to_a_new_incident() {
        Incident closed = walk(majorInternalError(), IncidentStatus.CLOSED);

        Assessment assessment = evaluateAt(CLOSED_AT, snapshot().previousIncident(closed)
                .mentions(minorBuzz(Map.of(Topic.DELIVERY, 40L))).build());

        assertThat(assessment.incident().orElseThrow().id()).isNotEqualTo(closed.id());
        assertThat(assessment.incident().orElseThrow().status()).isEqualTo(IncidentStatus.DETECTED);
    }
}
