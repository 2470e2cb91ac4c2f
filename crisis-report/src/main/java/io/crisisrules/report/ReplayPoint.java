package io.crisisrules.report;

import io.crisisrules.InvalidInputException;

import java.time.Instant;

/**
 * One interval of a replayed mention series, with what the spike rule (DET-14) compared it with.
 * Before the baseline has enough history there is no score: {@code baseline}, {@code spread} and
 * {@code threshold} are then NaN and the chart leaves them out.
 *
 * @param at        start of the interval
 * @param mentions  mentions counted in it
 * @param baseline  the usual count for such an interval, or NaN without a score
 * @param spread    one usual deviation from it (the band is baseline ± spread), or NaN without a score
 * @param threshold the count from which the interval breaches the spike condition, or NaN without a score
 */
public record ReplayPoint(Instant at, long mentions, double baseline, double spread, double threshold) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param at        start of the interval
     * @param mentions  mentions counted in it, at least 0
     * @param baseline  the usual count for such an interval, or NaN without a score
     * @param spread    one usual deviation from it, at least 0, or NaN without a score
     * @param threshold the count from which the interval breaches the spike condition, or NaN without a score
     * @throws InvalidInputException when a count or a measure is negative or infinite, or only some
     *                               of the three measures are NaN
     */
    public ReplayPoint {
        if (at == null) {
            throw new InvalidInputException("at", null, "be given");
        }
        if (mentions < 0) {
            throw new InvalidInputException("mentions", mentions, "be >= 0");
        }
        boolean scored = !Double.isNaN(baseline);
        if (scored == Double.isNaN(spread) || scored == Double.isNaN(threshold)) {
            throw new InvalidInputException("baseline, spread, threshold", baseline + ", " + spread + ", " + threshold,
                    "be all numbers or all NaN");
        }
        for (double measure : new double[] {baseline, spread, threshold}) {
            if (scored && (measure < 0 || Double.isInfinite(measure))) {
                throw new InvalidInputException("baseline, spread, threshold",
                        baseline + ", " + spread + ", " + threshold, "be finite and >= 0");
            }
        }
    }

    /**
     * @param at       start of the interval
     * @param mentions mentions counted in it
     * @return a point the baseline had no score for
     */
    public static ReplayPoint unscored(Instant at, long mentions) {
        return new ReplayPoint(at, mentions, Double.NaN, Double.NaN, Double.NaN);
    }

    /** @return whether the baseline scored this interval */
    public boolean scored() {
        return !Double.isNaN(baseline);
    }
}
