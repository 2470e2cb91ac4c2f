package io.crisisrules.model;

import java.util.Set;

/**
 * Where a streaming warning signal stands, as alerting systems define it (DET-18, DET-19): inactive
 * → pending → firing → resolved. A pending breach that does not hold goes back to inactive; a
 * resolved alert that breaches again is pending again. A firing alert whose level rises moves from
 * firing to firing, notified again (DET-21). {@link #next()} is the transition table a monitor
 * checks every change against.
 */
public enum AlertState {
    /** Not breaching, or a pending breach that did not hold. */
    INACTIVE,
    /** Breaching, but not for long enough yet to fire (DET-18). */
    PENDING,
    /** Breaching for long enough: a warning signal. */
    FIRING,
    /** Was firing; the measure has stayed below the resolve threshold for the resolve window (DET-19). */
    RESOLVED;

    /** @return the states an alert in this state may change to; firing to firing is a level raise */
    public Set<AlertState> next() {
        return switch (this) {
            case INACTIVE -> Set.of(PENDING);
            case PENDING -> Set.of(FIRING, INACTIVE);
            case FIRING -> Set.of(FIRING, RESOLVED);
            case RESOLVED -> Set.of(PENDING);
        };
    }

    /**
     * @param target the state to change to
     * @return whether an alert in this state may change to {@code target}
     */
    public boolean canMoveTo(AlertState target) {
        return next().contains(target);
    }
}
