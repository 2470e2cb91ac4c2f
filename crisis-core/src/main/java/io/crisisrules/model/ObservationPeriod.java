package io.crisisrules.model;

import io.crisisrules.InvalidInputException;
import io.crisisrules.checks.Checks;

import java.time.Duration;
import java.time.Instant;

/**
 * A half-open time window {@code [start, end)} over which a value was measured.
 *
 * @param start first instant of the window
 * @param end first instant after the window; must be after {@code start}
 */
public record ObservationPeriod(Instant start, Instant end) implements Comparable<ObservationPeriod> {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param start first instant of the window
     * @param end first instant after the window; must be after {@code start}
     */
    public ObservationPeriod {
        Checks.required("start", start);
        Checks.required("end", end);
        if (!end.isAfter(start)) {
            throw new InvalidInputException("end", end, "be after start (" + start + ")");
        }
    }

    /**
     * @param start first instant
     * @param length length of the window, positive
     * @return the window {@code [start, start + length)}
     */
    public static ObservationPeriod of(Instant start, Duration length) {
        Checks.required("length", length);
        if (length.isNegative() || length.isZero()) {
            throw new InvalidInputException("length", length, "be positive");
        }
        return new ObservationPeriod(start, start.plus(length));
    }

    /** @return the length of the window */
    public Duration length() {
        return Duration.between(start, end);
    }

    /** @return the length of the window in hours, fractional */
    public double hours() {
        return length().toMillis() / 3_600_000.0;
    }

    /**
     * @param instant the instant to test
     * @return whether {@code instant} lies in the window
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    @Override
    public int compareTo(ObservationPeriod other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return start + "/" + end;
    }
}
