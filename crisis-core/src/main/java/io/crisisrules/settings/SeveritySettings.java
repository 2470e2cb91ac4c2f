package io.crisisrules.settings;

import java.time.Duration;

/**
 * Thresholds of the severity rules (TYP-04, TYP-05, TYP-07). Keys are {@code severity.<component>}.
 *
 * @param majorNegativeReachPerHour TYP-04 people reached per hour by negative content for a major crisis
 * @param majorTotalReach           TYP-04 total reach that, with a negative majority, makes a major crisis
 * @param majorNegativeShare        TYP-04 negative share that goes with the total reach
 * @param moderateFraction          TYP-04 fraction of the major thresholds that makes a moderate crisis
 * @param recurrenceWindow          TYP-05 how far back a crisis of the same type aggravates a new one
 * @param downgradeAfter            TYP-07 how long an improvement must hold before severity goes down
 */
public record SeveritySettings(
        @Setting(policy = "TYP-04", description = "People reached per hour by negative content for a major crisis (seed 001: ~1,500 within an hour).",
                defaultValue = "1500", min = "1")
        double majorNegativeReachPerHour,
        @Setting(policy = "TYP-04", description = "Total reach that, with a negative share at or above majorNegativeShare, makes a major crisis.",
                defaultValue = "100000", min = "1")
        long majorTotalReach,
        @Setting(policy = "TYP-04", description = "Negative share of mentions that goes with majorTotalReach.",
                defaultValue = "0.50", min = "0.01", max = "1")
        double majorNegativeShare,
        @Setting(policy = "TYP-04", description = "Fraction of the major thresholds at which a crisis is moderate.",
                defaultValue = "0.10", min = "0.01", max = "0.99")
        double moderateFraction,
        @Setting(policy = {"TYP-05", "RSP-17"}, description = "How far back a crisis of the same type aggravates a new one and raises the responsibility attributed to the brand.",
                defaultValue = "365d", min = "1d", max = "3650d")
        Duration recurrenceWindow,
        @Setting(policy = "TYP-07", description = "How long lower evidence must hold before an incident's severity goes down (no flapping).",
                defaultValue = "2h", min = "0s", max = "7d")
        Duration downgradeAfter) {
}
