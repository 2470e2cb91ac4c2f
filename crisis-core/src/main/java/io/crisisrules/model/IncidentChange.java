package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.time.Instant;

/**
 * A change of the incident a {@link io.crisisrules.CrisisMonitor} follows for its brand.
 *
 * @param kind     what happened
 * @param at       the event time
 * @param incident the incident after the change (for {@link Kind#QUIET}, as it last stood)
 * @param previous the incident before the change, or {@code null} when it opened
 */
public record IncidentChange(Kind kind, Instant at, Incident incident, Incident previous) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param kind what happened
     * @param at the event time
     * @param incident the incident after the change (for {@link Kind#QUIET}, as it last stood)
     * @param previous the incident before the change, or {@code null} when it opened
     */
    public IncidentChange {
        Checks.required("kind", kind);
        Checks.required("at", at);
        Checks.required("incident", incident);
    }

    /** What happened to the incident. */
    public enum Kind {
        /** Firing signals opened a new incident (DET-17). */
        OPENED,
        /** Its type, severity, verification or grouped signals changed (DET-20, TYP-07). */
        UPDATED,
        /**
         * No signal has fired for the grouping window: the monitor stops grouping into it, and the
         * next firing signal opens a new incident. Resolving and closing stay the host's decisions.
         */
        QUIET
    }
}
