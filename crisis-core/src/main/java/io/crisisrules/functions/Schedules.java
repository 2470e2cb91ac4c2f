package io.crisisrules.functions;

import java.time.Duration;
import java.time.Instant;

/** Recurring deadlines for rules (PLAN-06 weekly reviews). Arithmetic, not policy. */
public final class Schedules {

    private Schedules() {
    }

    /**
     * @param start when the recurrence starts (not itself an occurrence)
     * @param every the period, positive
     * @param now   the evaluation time
     * @return the first occurrence {@code start + k × every} (k ≥ 1) that is not before {@code now}
     */
    public static Instant nextOccurrence(Instant start, Duration every, Instant now) {
        if (!now.isAfter(start)) {
            return start.plus(every);
        }
        long periods = Duration.between(start, now).toNanos() / every.toNanos();
        Instant candidate = start.plus(every.multipliedBy(periods));
        return candidate.isBefore(now) || periods == 0 ? candidate.plus(every) : candidate;
    }
}
