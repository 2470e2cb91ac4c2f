package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.time.Instant;

/**
 * A crisis the brand went through before (policies TYP-05 and RSP-17).
 *
 * @param type       what kind of crisis it was
 * @param occurredAt when it happened
 */
public record PastCrisis(CrisisType type, Instant occurredAt) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param type what kind of crisis it was
     * @param occurredAt when it happened
     */
    public PastCrisis {
        Checks.required("type", type);
        Checks.required("occurredAt", occurredAt);
    }

    /**
     * @param now    the evaluation time
     * @param window how far back counts
     * @return whether the crisis happened within {@code window} before {@code now}
     */
    public boolean within(java.time.Instant now, java.time.Duration window) {
        return !occurredAt.isAfter(now) && occurredAt.isAfter(now.minus(window));
    }
}
