package io.crisisrules.functions;

import io.crisisrules.model.Severity;

/** Arithmetic behind an alert's level; the thresholds come from the settings, in rules. */
public final class AlertLevels {

    private AlertLevels() {
    }

    /**
     * @param ratio    the measure as a multiple of its baseline
     * @param moderate the multiple from which the level is moderate
     * @param major    the multiple from which the level is major
     * @return the level
     */
    public static Severity ofRatio(double ratio, double moderate, double major) {
        if (ratio >= major) {
            return Severity.MAJOR;
        }
        return ratio >= moderate ? Severity.MODERATE : Severity.MINOR;
    }
}
