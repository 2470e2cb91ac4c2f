package io.crisisrules.model;

import io.crisisrules.InvalidInputException;
import io.crisisrules.checks.Checks;

import java.time.Duration;
import java.time.Instant;

/**
 * Recency of one known customer, RFM style, for spotting customers who have gone silent
 * (policy DET-13).
 *
 * @param customerId    the customer
 * @param usualInterval how long the customer usually goes between purchases or visits; at least 1 millisecond
 * @param lastActivity  the last purchase or visit
 */
public record CustomerActivity(String customerId, Duration usualInterval, Instant lastActivity) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param customerId the customer
     * @param usualInterval how long the customer usually goes between purchases or visits; at least 1 millisecond
     * @param lastActivity the last purchase or visit
     */
    public CustomerActivity {
        Checks.text("customerId", customerId);
        Checks.required("usualInterval", usualInterval);
        if (usualInterval.compareTo(Duration.ofMillis(1)) < 0) {
            // silence is measured in milliseconds: a shorter interval would divide by zero (issue 19)
            throw new InvalidInputException("usualInterval", usualInterval, "be at least 1 millisecond");
        }
        Checks.required("lastActivity", lastActivity);
    }

    /**
     * @param now the time of the evaluation
     * @return the time from the last activity to {@code now}, the window of a silence signal
     */
    public ObservationPeriod silenceUntil(Instant now) {
        return new ObservationPeriod(lastActivity, now.isAfter(lastActivity) ? now : lastActivity.plusMillis(1));
    }

    /**
     * @param now the time of the evaluation
     * @return how many usual intervals have passed since the last activity, at {@code now}
     */
    public double intervalsSilentAt(Instant now) {
        Duration silent = Duration.between(lastActivity, now);
        // in seconds as doubles: toMillis() overflows for intervals of more than 292 million years
        return silent.isNegative() ? 0.0 : seconds(silent) / seconds(usualInterval);
    }

    private static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }
}
