package io.crisisrules.facts;

import io.crisisrules.model.AlertState;
import io.crisisrules.model.Severity;
import io.crisisrules.model.WarningSignal;

import java.time.Duration;
import java.time.Instant;

/**
 * The state of one streaming alert in a monitor's session: the memory the alert rules (DET-18…
 * DET-21) update with {@code modify}. Mutable on purpose; only rules and the monitor touch it.
 */
public final class AlertTrack {
    private final String alertKey;
    private AlertState state = AlertState.INACTIVE;
    private int breaches;
    private Instant lastObservedAt = Instant.MIN;
    private Instant clearSince;
    private Instant firingSince;
    private Severity level = Severity.MINOR;
    private WarningSignal signal;
    private Instant lastNotifiedAt;
    private Severity lastNotifiedLevel;
    private boolean firingNotified;

    /** @param alertKey the alert's key */
    public AlertTrack(String alertKey) {
        this.alertKey = alertKey;
    }

    /**
     * A track as it was when a monitor checkpoint was taken ({@code io.crisisrules.MonitorCheckpoint.Alert}).
     *
     * @param alertKey          the alert's key
     * @param state             its state
     * @param breaches          consecutive breaching readings while pending
     * @param lastObservedAt    start of the latest reading applied, or {@code null} before the first
     * @param clearSince        start of the current clear run while firing, or {@code null}
     * @param firingSince       when it last started firing, or {@code null}
     * @param level             its level
     * @param signal            the latest signal read, or {@code null}
     * @param lastNotifiedAt    when it was last notified, or {@code null}
     * @param lastNotifiedLevel the level last notified, or {@code null}
     * @param firingNotified    whether its current firing was notified (DET-21: a resolution is
     *                          notified only after a firing that was)
     */
    public AlertTrack(String alertKey, AlertState state, int breaches, Instant lastObservedAt, Instant clearSince,
                      Instant firingSince, Severity level, WarningSignal signal, Instant lastNotifiedAt,
                      Severity lastNotifiedLevel, boolean firingNotified) {
        this.alertKey = alertKey;
        this.state = state;
        this.breaches = breaches;
        this.lastObservedAt = lastObservedAt == null ? Instant.MIN : lastObservedAt;
        this.clearSince = clearSince;
        this.firingSince = firingSince;
        this.level = level;
        this.signal = signal;
        this.lastNotifiedAt = lastNotifiedAt;
        this.lastNotifiedLevel = lastNotifiedLevel;
        this.firingNotified = firingNotified;
    }

    /** @return the level last notified, or {@code null} when never notified */
    public Severity getLastNotifiedLevel() {
        return lastNotifiedLevel;
    }

    /** @return the alert's key */
    public String getAlertKey() {
        return alertKey;
    }

    /** @return its state */
    public AlertState getState() {
        return state;
    }

    /** @return consecutive breaching readings while pending */
    public int getBreaches() {
        return breaches;
    }

    /**
     * @return start of the latest reading applied, {@link Instant#MIN} before the first; rules apply a
     *         reading only if it starts after this, so none is counted twice
     */
    public Instant getLastObservedAt() {
        return lastObservedAt;
    }

    /** @return start of the first clear reading of the current clear run while firing, or {@code null} */
    public Instant getClearSince() {
        return clearSince;
    }

    /** @return when it last started firing, or {@code null} */
    public Instant getFiringSince() {
        return firingSince;
    }

    /** @return the current level */
    public Severity getLevel() {
        return level;
    }

    /** @return the level as a number, for comparisons in rules */
    public int getLevelRank() {
        return level.rank();
    }

    /** @return the latest signal read */
    public WarningSignal getSignal() {
        return signal;
    }

    /** @return when it was last notified, or {@code null} */
    public Instant getLastNotifiedAt() {
        return lastNotifiedAt;
    }

    /** @return the level last notified as a number, or -1 when never notified */
    public int getLastNotifiedLevelRank() {
        return lastNotifiedLevel == null ? -1 : lastNotifiedLevel.rank();
    }

    /**
     * @return whether the current or last firing was notified, at its start or at a level raise: its
     *         resolution is notified only then (DET-21)
     */
    public boolean isFiringNotified() {
        return firingNotified;
    }

    /**
     * A first breach: pending, one breach counted.
     *
     * @param reading the reading of this evaluation
     */
    public void startPending(AlertReading reading) {
        state = AlertState.PENDING;
        breaches = 1;
        clearSince = null;
        read(reading);
    }

    /**
     * Another consecutive breach while pending.
     *
     * @param reading the reading of this evaluation
     */
    public void countBreach(AlertReading reading) {
        breaches++;
        read(reading);
    }

    /**
     * The breach held long enough.
     *
     * @param reading the reading of this evaluation
     */
    public void fire(AlertReading reading) {
        state = AlertState.FIRING;
        firingNotified = false;
        firingSince = reading.at();
        clearSince = null;
        read(reading);
    }

    /**
     * A pending breach that did not hold.
     *
     * @param reading the reading of this evaluation
     */
    public void drop(AlertReading reading) {
        state = AlertState.INACTIVE;
        breaches = 0;
        lastObservedAt = reading.at();
    }

    /**
     * Still firing: a clear run, if any, is broken.
     *
     * @param reading the reading of this evaluation
     */
    public void keepFiring(AlertReading reading) {
        clearSince = null;
        lastObservedAt = reading.at();
        signal = reading.signal();
    }

    /**
     * A clear reading while firing: starts or continues the clear run.
     *
     * @param reading the reading of this evaluation
     */
    public void clearReading(AlertReading reading) {
        if (clearSince == null) {
            clearSince = reading.at();
        }
        lastObservedAt = reading.at();
    }

    /**
     * Raised to a higher level while firing.
     *
     * @param reading the reading of this evaluation
     */
    public void raise(AlertReading reading) {
        level = reading.level();
        signal = reading.signal();
    }

    /** Clear for the whole resolve window. */
    public void resolve() {
        state = AlertState.RESOLVED;
        breaches = 0;
        clearSince = null;
    }

    /**
     * Records a notification of a firing or a level raise, for the cool-down and the resolution.
     *
     * @param at    when
     * @param level at which level
     */
    public void notified(Instant at, Severity level) {
        lastNotifiedAt = at;
        lastNotifiedLevel = level;
        firingNotified = true;
    }

    private void read(AlertReading reading) {
        lastObservedAt = reading.at();
        level = reading.level();
        signal = reading.signal();
    }

    @Override
    public String toString() {
        return "AlertTrack[" + alertKey + " " + state + " " + level + "]";
    }
}
