package io.crisisrules.model;

import io.crisisrules.checks.Checks;

/**
 * How far a streamed measure stood from its usual level when an alert changed: what a person tuning
 * the spike rule (DET-14, DET-19) needs beside the observed value and the baseline.
 *
 * @param baseline the usual level it was compared with
 * @param spread   one usual deviation from that level
 * @param zScore   (observed − baseline) / spread
 * @param ratio    observed / baseline
 */
public record Deviation(double baseline, double spread, double zScore, double ratio) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param baseline the usual level it was compared with
     * @param spread   one usual deviation from that level
     * @param zScore   (observed − baseline) / spread
     * @param ratio    observed / baseline
     */
    public Deviation {
        Checks.finite("baseline", baseline);
        Checks.nonNegative("spread", spread);
        Checks.finite("zScore", zScore);
        Checks.finite("ratio", ratio);
    }
}
