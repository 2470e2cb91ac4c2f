package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.time.Instant;

/**
 * One mention of the brand as the host's listening tool reports it, pushed to a
 * {@link io.crisisrules.CrisisMonitor} as it arrives.
 *
 * @param at       when it was published
 * @param channel  where
 * @param negative whether the listening tool rates it negative
 * @param reach    how many people it reached (audience or impressions, as the tool measures it)
 * @param topic    what it is about, or {@code null} when the tool does not say
 */
public record Mention(Instant at, Channel channel, boolean negative, long reach, Topic topic) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param at when it was published
     * @param channel where
     * @param negative whether the listening tool rates it negative
     * @param reach how many people it reached (audience or impressions, as the tool measures it)
     * @param topic what it is about, or {@code null} when the tool does not say
     */
    public Mention {
        Checks.required("at", at);
        Checks.required("channel", channel);
        Checks.nonNegative("reach", reach);
    }

    /** @return the publication time in milliseconds since the epoch, the event timestamp in the monitor */
    public long epochMillis() {
        return at.toEpochMilli();
    }
}
