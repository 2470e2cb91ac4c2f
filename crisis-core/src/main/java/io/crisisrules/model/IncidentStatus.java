package io.crisisrules.model;

import java.util.Set;

/**
 * Where an incident stands in its lifecycle: detected → acknowledged → responding → resolved →
 * closed. A resolved incident that flares up again goes back to responding. Move an incident with
 * {@link Incident#transitionTo(IncidentStatus, java.time.Instant)}.
 */
public enum IncidentStatus {
    /** Detected by the engine, nobody has taken it on yet. */
    DETECTED,
    /** Taken on by the crisis team. */
    ACKNOWLEDGED,
    /** The response plan is being carried out. */
    RESPONDING,
    /** Over for now; it goes back to responding if it flares up again. */
    RESOLVED,
    /** Closed for good; closing produces the post-crisis plan. */
    CLOSED;

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

    /**
     * @param target the status to move to
     * @return whether an incident in this status may move to {@code target}
     */
    public boolean canMoveTo(IncidentStatus target) {
        return next().contains(target);
    }
}
