package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.time.Instant;

/**
 * A streaming warning signal moving from one {@link AlertState} to another, or a firing signal
 * whose level rises, as reported by a {@link io.crisisrules.CrisisMonitor}.
 *
 * <p>Every change is reported; {@link #notified()} says whether it should reach people. A change is
 * not notified when it repeats a notification within the cool-down (DET-21), when it is attached
 * to an open major incident instead of being raised anew (DET-20), or when it resolves an alert
 * whose firing nobody was told of (DET-21); {@link #suppressedBy()} then names the reason. A firing
 * alert whose level rises is reported from FIRING to FIRING ({@link #isLevelRaise()}); for a
 * resolution, {@link #level()} is the level the alert had while firing.
 *
 * @param alertKey     what identifies the alert across intervals: kind, metric and scope
 * @param from         the state before
 * @param to           the state after
 * @param at           the event time of the change
 * @param level        how strong the breach is
 * @param signal       the latest reading behind it (observed value, reference, window)
 * @param notified     whether the change should be notified
 * @param suppressedBy why it is not notified, or {@code null}
 * @param explanation  the rules that made the change and, when suppressed, the rule that suppressed it
 * @param deviation    for a mention spike, how far the interval stood from its usual level (baseline,
 *                     spread, z-score, ratio); {@code null} for other signals
 */
public record SignalChange(String alertKey, AlertState from, AlertState to, Instant at, Severity level,
                           WarningSignal signal, boolean notified, String suppressedBy, Explanation explanation,
                           Deviation deviation) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param alertKey what identifies the alert across intervals: kind, metric and scope
     * @param from the state before
     * @param to the state after
     * @param at the event time of the change
     * @param level how strong the breach is
     * @param signal the latest reading behind it (observed value, reference, window)
     * @param notified whether the change should be notified
     * @param suppressedBy why it is not notified, or {@code null}
     * @param explanation the rules that made the change and, when suppressed, the rule that suppressed it
     * @param deviation how far the measure stood from its usual level at the change, or {@code null}
     */
    public SignalChange {
        Checks.text("alertKey", alertKey);
        Checks.required("from", from);
        Checks.required("to", to);
        Checks.required("at", at);
        Checks.required("level", level);
        Checks.required("signal", signal);
        Checks.required("explanation", explanation);
        if (notified && suppressedBy != null) {
            throw new io.crisisrules.InvalidInputException("suppressedBy", suppressedBy,
                    "a notified change has no suppression reason");
        }
    }

    /** @return whether the alert fires at or after this change */
    public boolean isFiring() {
        return to == AlertState.FIRING;
    }

    /** @return whether the alert starts firing with this change (not a level raise) */
    public boolean isFiringStart() {
        return to == AlertState.FIRING && from != AlertState.FIRING;
    }

    /** @return whether a firing alert's level rises with this change */
    public boolean isLevelRaise() {
        return to == AlertState.FIRING && from == AlertState.FIRING;
    }
}
