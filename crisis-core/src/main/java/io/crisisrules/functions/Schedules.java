package io.crisisrules.functions;

import java.time.Duration;
import java.time.Instant;

/**
 * Time arithmetic for rules: recurring deadlines (PLAN-06 weekly reviews) and windows reaching back
 * from an instant. Arithmetic, not policy.
 */
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

    /**
     * Lets a rule compare a fact's instant with a window reaching back from another instant, as in
     * {@code clearSince <= before($after, $end)}, without Instant arithmetic in the constraint:
     * MVEL types {@code $end.minus($after)} as a {@code Temporal}, which it cannot compare.
     *
     * @param span    how far back
     * @param instant from when
     * @return {@code instant - span}
     */
    public static Instant before(Duration span, Instant instant) {
        return instant.minus(span);
    }
}
