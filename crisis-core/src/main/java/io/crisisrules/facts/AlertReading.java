package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Deviation;
import io.crisisrules.model.Severity;
import io.crisisrules.model.WarningSignal;

import java.time.Duration;
import java.time.Instant;

/**
 * One reading of a streaming alert's condition, for one interval or observation: the monitor's
 * rules turn readings into alert state changes (DET-18, DET-19).
 *
 * @param alertKey the alert it belongs to: kind, metric and scope, without the window
 * @param at       start of the interval read
 * @param length   length of the interval (zero for a point observation)
 * @param reading  what the reading says
 * @param level    how strong the breach is (meaningful when breaching)
 * @param signal   the signal the reading describes
 * @param deviation how far the measure stood from its usual level, or {@code null} when the signal
 *                  has no such score (KPI signals)
 */
public record AlertReading(String alertKey, Instant at, Duration length, Reading reading, Severity level,
                           WarningSignal signal, Deviation deviation) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param alertKey the alert it belongs to: kind, metric and scope, without the window
     * @param at start of the interval read
     * @param length length of the interval (zero for a point observation)
     * @param reading what the reading says
     * @param level how strong the breach is (meaningful when breaching)
     * @param signal the signal the reading describes
     * @param deviation how far the measure stood from its usual level, or {@code null} for KPI readings
     */
    public AlertReading {
        Checks.text("alertKey", alertKey);
        Checks.required("at", at);
        Checks.required("length", length);
        Checks.required("reading", reading);
        Checks.required("level", level);
        Checks.required("signal", signal);
    }

    /**
     * @param signal the signal read
     * @param length the interval length
     * @param reading what it says
     * @param level how strong
     * @return the reading of {@code signal}'s alert
     */
    public static AlertReading of(WarningSignal signal, Duration length, Reading reading, Severity level) {
        return new AlertReading(alertKeyOf(signal), signal.window().start(), length, reading, level, signal, null);
    }

    /**
     * @param score   a streamed interval's spike score
     * @param reading what it says
     * @param level   how strong
     * @return the reading of the mention-spike alert, with its deviation
     */
    public static AlertReading of(io.crisisrules.functions.SpikeScore score, Reading reading, Severity level) {
        WarningSignal signal = score.signal();
        return new AlertReading(alertKeyOf(signal), signal.window().start(), score.interval(), reading, level, signal,
                score.deviation());
    }

    /**
     * @param signal the signal the reading describes
     * @return the alert key of a signal: the same alert across intervals
     */
    public static String alertKeyOf(WarningSignal signal) {
        return signal.kind() + "/" + signal.metric() + "/" + signal.scope();
    }

    /** @return the end of the interval read */
    public Instant end() {
        return at.plus(length);
    }

    /** @return whether it is a mention-spike reading */
    public boolean isMentionSpike() {
        return signal.kind() == io.crisisrules.model.SignalKind.MENTION_SPIKE;
    }

    /** @return the level as a number, for comparisons in rules */
    public int levelRank() {
        return level.rank();
    }

    /** What a reading says about the alert's condition. */
    public enum Reading {
        /** The firing condition holds. */
        BREACHING,
        /** Below the firing threshold but not below the resolve threshold: no change either way. */
        HOLDING,
        /** Below the resolve threshold. */
        CLEAR
    }
}
