package io.crisisrules.model;

import io.crisisrules.internal.Checks;

import java.time.Instant;

/**
 * A crisis the brand went through before (policies TYP-05 and RSP-17).
 *
 * @param type       what kind of crisis it was
 * @param occurredAt when it happened
 */
public record PastCrisis(CrisisType type, Instant occurredAt) {

    public PastCrisis {
        Checks.required("type", type);
        Checks.required("occurredAt", occurredAt);
    }
}
