package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.time.Instant;

/**
 * How many times the brand was mentioned in one interval of a regular series (every 5 minutes,
 * every hour…), as social listening counts them. A series of these is the history the mention-spike
 * baseline is computed from (DET-14).
 *
 * @param at       start of the interval
 * @param mentions mentions in the interval
 */
public record MentionCount(Instant at, long mentions) implements Comparable<MentionCount> {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param at start of the interval
     * @param mentions mentions in the interval
     */
    public MentionCount {
        Checks.required("at", at);
        Checks.nonNegative("mentions", mentions);
    }

    /** @return the start of the interval in milliseconds since the epoch (the event timestamp) */
    public long epochMillis() {
        return at.toEpochMilli();
    }

    @Override
    public int compareTo(MentionCount other) {
        return at.compareTo(other.at);
    }
}
