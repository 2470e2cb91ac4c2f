package io.crisisrules.model;

/**
 * Where a streaming warning signal stands, as alerting systems define it (DET-18, DET-19).
 */
public enum AlertState {
    /** Not breaching, or a pending breach that did not hold. */
    INACTIVE,
    /** Breaching, but not for long enough yet to fire (DET-18). */
    PENDING,
    /** Breaching for long enough: a warning signal. */
    FIRING,
    /** Was firing; the measure has stayed below the resolve threshold for the resolve window (DET-19). */
    RESOLVED
}
