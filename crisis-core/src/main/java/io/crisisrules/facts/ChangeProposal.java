package io.crisisrules.facts;

import io.crisisrules.model.AlertState;
import io.crisisrules.model.Deviation;
import io.crisisrules.model.Severity;
import io.crisisrules.model.WarningSignal;

import java.time.Instant;

/**
 * A state change of a streaming alert, inserted by the rule that made it, which the cool-down and
 * inhibition rules (DET-20, DET-21) may mark as not to be notified. Mutable on purpose.
 */
public final class ChangeProposal {
    private final String alertKey;
    private final AlertState from;
    private final AlertState to;
    private final Instant at;
    private final Severity level;
    private final WarningSignal signal;
    private final Deviation deviation;
    private String suppressedBy;
    private String suppressingRule;

    private ChangeProposal(String alertKey, AlertState from, AlertState to, Instant at, Severity level,
                           WarningSignal signal, Deviation deviation) {
        this.alertKey = alertKey;
        this.from = from;
        this.to = to;
        this.at = at;
        this.level = level;
        this.signal = signal;
        this.deviation = deviation;
    }

    /**
     * @param track   the alert before the change
     * @param to      the state after
     * @param reading the reading that caused it
     * @return the proposal
     */
    public static ChangeProposal of(AlertTrack track, AlertState to, AlertReading reading) {
        return new ChangeProposal(track.getAlertKey(), track.getState(), to, reading.at(), reading.level(),
                reading.signal(), reading.deviation());
    }

    /**
     * @param track   the firing alert before it resolves
     * @param reading the clear reading that completes its resolve window
     * @return the resolution, at the level the alert had while firing
     */
    public static ChangeProposal resolved(AlertTrack track, AlertReading reading) {
        return new ChangeProposal(track.getAlertKey(), track.getState(), AlertState.RESOLVED, reading.at(),
                track.getLevel(), reading.signal(), reading.deviation());
    }

    /** @return the alert's key */
    public String getAlertKey() {
        return alertKey;
    }

    /** @return the state before */
    public AlertState getFrom() {
        return from;
    }

    /** @return the state after */
    public AlertState getTo() {
        return to;
    }

    /** @return when */
    public Instant getAt() {
        return at;
    }

    /** @return the level */
    public Severity getLevel() {
        return level;
    }

    /** @return the level as a number, for comparisons in rules */
    public int getLevelRank() {
        return level.rank();
    }

    /** @return the signal behind it */
    public WarningSignal getSignal() {
        return signal;
    }

    /** @return how far the measure stood from its usual level, or {@code null} */
    public Deviation getDeviation() {
        return deviation;
    }

    /** @return why it is not notified, or {@code null} */
    public String getSuppressedBy() {
        return suppressedBy;
    }

    /** @return the name of the rule that suppressed it, or {@code null} */
    public String getSuppressingRule() {
        return suppressingRule;
    }

    /**
     * Marks it as not to be notified.
     *
     * @param rule   the suppressing rule's name
     * @param reason why, for people
     */
    public void suppress(String rule, String reason) {
        this.suppressingRule = rule;
        this.suppressedBy = reason;
    }
}
