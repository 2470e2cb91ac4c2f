package io.crisisrules.model;

import java.util.Set;

/**
 * Where an incident stands in its lifecycle: detected → acknowledged → responding → resolved →
 * closed. A resolved incident that flares up again goes back to responding. Move an incident with
 * {@link Incident#transitionTo(IncidentStatus, java.time.Instant)}.
 */
public enum IncidentStatus {
    DETECTED, ACKNOWLEDGED, RESPONDING, RESOLVED, CLOSED;

    /** @return the statuses an incident in this status may move to */
    public Set<IncidentStatus> next() {
        return switch (this) {
            case DETECTED -> Set.of(ACKNOWLEDGED);
            case ACKNOWLEDGED -> Set.of(RESPONDING);
            case RESPONDING -> Set.of(RESOLVED);
            case RESOLVED -> Set.of(CLOSED, RESPONDING);
            case CLOSED -> Set.of();
        };
    }

    /** @return whether an incident in this status may move to {@code target} */
    public boolean canMoveTo(IncidentStatus target) {
        return next().contains(target);
    }
}
