package io.crisisrules.internal;

import io.crisisrules.InvalidInputException;

import java.time.Duration;
import java.time.Instant;

/**
 * Admission of event times (issue 19, "hostile time"): an event dated before year 1 or after year
 * 9999, or further ahead of the host's clock than the future tolerance allows for clock skew, is
 * refused before it reaches a window, a baseline, an offence history or a monitor's clock, with the
 * field and the value. Inside that range instants, durations between them and epoch milliseconds
 * cannot overflow.
 *
 * @param tolerance how far ahead of the clock an event may be dated (clock skew), at least zero
 */
public record EventTimes(Duration tolerance) {
    /** The earliest instant admitted: the start of year 1. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest instant admitted: the end of year 9999. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /**
     * @param field where the instant was read, e.g. {@code "postedAt"}
     * @param at    the event time
     * @param now   the host's clock, e.g. the engine clock's instant
     * @param clock how the message names that clock, e.g. {@code "the engine clock's"}
     * @return {@code at}
     * @throws InvalidInputException if {@code at} is outside the years 1 to 9999 or later than
     *                               {@code now} plus the tolerance
     */
    public Instant check(String field, Instant at, Instant now, String clock) {
        inRange(field, at);
        if (at.isAfter(latestAdmitted(now))) {
            throw new InvalidInputException(field, at, "be at most " + tolerance + " after " + clock + " " + now
                    + " (futureTolerance)");
        }
        return at;
    }

    /** @return the latest event time admitted at {@code now}, saturated at {@link #LATEST} */
    public Instant latestAdmitted(Instant now) {
        Instant bounded = now.isAfter(LATEST) ? LATEST : now;
        Instant latest = Duration.between(bounded, LATEST).compareTo(tolerance) <= 0 ? LATEST : bounded.plus(tolerance);
        return latest;
    }

    /**
     * @throws InvalidInputException if {@code at} is outside the years 1 to 9999
     */
    static void inRange(String field, Instant at) {
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new InvalidInputException(field, at, "be within the years 1 to 9999");
        }
    }
}
