package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.time.Duration;
import java.time.Instant;

/**
 * When to check the warning signals again (PLAN-01): daily in normal times, several times a day
 * while a crisis is open.
 *
 * @param interval    how often to evaluate
 * @param nextRunAt   when the next evaluation is due
 * @param explanation the rule that set the cadence
 */
public record MonitoringPlan(Duration interval, Instant nextRunAt, Explanation explanation) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param interval how often to evaluate
     * @param nextRunAt when the next evaluation is due
     * @param explanation the rule that set the cadence
     */
    public MonitoringPlan {
        Checks.required("interval", interval);
        Checks.required("nextRunAt", nextRunAt);
        Checks.required("explanation", explanation);
    }

    /**
     * The form rules use; the engine adds the explanation.
     *
     * @param interval how often to evaluate
     * @param nextRunAt when the next evaluation is due
     */
    public MonitoringPlan(Duration interval, Instant nextRunAt) {
        this(interval, nextRunAt, Explanation.NONE);
    }

    /**
     * @param explanation the rule that set the cadence
     * @return the same plan with its explanation
     */
    public MonitoringPlan withExplanation(Explanation explanation) {
        return new MonitoringPlan(interval, nextRunAt, explanation);
    }
}
