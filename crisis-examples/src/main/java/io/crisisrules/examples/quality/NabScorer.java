package io.crisisrules.examples.quality;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring of the Numenta Anomaly Benchmark (NAB), as {@code ../shared/tools/nab-score} computes
 * it, in Java so that measuring the detector needs no Python: for each labelled window, a scaled
 * sigmoid reward for the earliest detection inside it (1 at the window's start, 0 at its end) or
 * {@code -fnWeight} when nothing fell in it; for each detection outside a window, a penalty of
 * {@code fpWeight}, milder right after a window; detections in the first 15 % of a series (at most
 * 750 rows, the probationary period) ignored. The normalised score over a set of series is
 * {@code 100 × (raw − null) / (perfect − null)}, where null detects nothing and perfect hits every
 * window at its start. {@code NabScorerTest} checks it against the script on several detection sets.
 */
public final class NabScorer {

    private NabScorer() {
    }

    /**
     * A cost profile of NAB's {@code config/profiles.json}.
     *
     * @param name     its name, e.g. {@code standard}
     * @param tpWeight reward of a window detected at its start
     * @param fnWeight cost of a missed window
     * @param fpWeight cost of a detection far from any window
     */
    public record Profile(String name, double tpWeight, double fnWeight, double fpWeight) {
    }

    /**
     * A labelled window, both ends inclusive.
     *
     * @param start first timestamp
     * @param end   last timestamp
     */
    public record Window(LocalDateTime start, LocalDateTime end) {
    }

    /**
     * The score of one series.
     *
     * @param raw            rewards minus costs
     * @param windowsHit     windows with a detection inside
     * @param windows        windows scored
     * @param falsePositives detections outside windows, after the probationary period
     */
    public record FileScore(double raw, int windowsHit, int windows, int falsePositives) {
        /** @return the sum of two scores */
        public FileScore plus(FileScore other) {
            return new FileScore(raw + other.raw, windowsHit + other.windowsHit, windows + other.windows,
                    falsePositives + other.falsePositives);
        }

        /** @return the normalised score of this (possibly summed) score under {@code profile} */
        public double normalised(Profile profile) {
            double none = -profile.fnWeight() * windows;
            double perfect = profile.tpWeight() * windows;
            return perfect == none ? Double.NaN : 100 * (raw - none) / (perfect - none);
        }

        /** The score of nothing. */
        public static final FileScore ZERO = new FileScore(0, 0, 0, 0);
    }

    /** NAB's scaled sigmoid: about 1 far before 0, 0 at 0, -1 from 3 on. */
    static double scaledSigmoid(double x) {
        return x > 3.0 ? -1.0 : 2 / (1 + Math.exp(5 * x)) - 1.0;
    }

    /**
     * Scores the detections of one series.
     *
     * @param timestamps the series' timestamps, in order
     * @param flagged    which rows were detections (same length)
     * @param windows    the series' labelled windows
     * @param profile    the cost profile
     * @return the score
     */
    public static FileScore score(List<LocalDateTime> timestamps, boolean[] flagged, List<Window> windows,
                                  Profile profile) {
        int n = timestamps.size();
        if (flagged.length != n) {
            throw new IllegalArgumentException("one flag per row: " + flagged.length + " flags for " + n + " rows");
        }
        double probation = Math.min(Math.floor(0.15 * n), 0.15 * 5000);
        Map<LocalDateTime, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(timestamps.get(i), i);
        }
        double maxTp = scaledSigmoid(-1.0);
        List<Window> pending = new ArrayList<>(windows);
        pending.sort(Comparator.comparing(Window::start).thenComparing(Window::end));
        Map<LocalDateTime, Double> best = new LinkedHashMap<>();
        Set<LocalDateTime> opened = new java.util.HashSet<>();
        LocalDateTime currentStart = null;
        int currentEnd = -1;
        double currentWidth = 0;
        Integer previousRight = null;
        double previousWidth = 0;
        double fpSum = 0;
        int fp = 0;
        for (int i = 0; i < n; i++) {
            LocalDateTime t = timestamps.get(i);
            if (!pending.isEmpty() && pending.get(0).start().equals(t)) {
                Window window = pending.remove(0);
                Integer end = index.get(window.end());
                if (end == null) {
                    throw new IllegalArgumentException("window end " + window.end() + " is not a timestamp of the series");
                }
                currentStart = window.start();
                currentEnd = end;
                currentWidth = end - i + 1;
                if (opened.add(currentStart)) {
                    best.put(currentStart, null);
                }
            }
            double s;
            if (currentStart != null) {
                s = scaledSigmoid(-(currentEnd - i + 1) / currentWidth) * profile.tpWeight() / maxTp;
            } else if (previousRight == null) {
                s = -1.0 * profile.fpWeight();
            } else {
                s = scaledSigmoid(Math.abs(previousRight - i) / (previousWidth - 1)) * profile.fpWeight();
            }
            if (i >= probation && flagged[i]) {
                if (currentStart != null) {
                    Double b = best.get(currentStart);
                    best.put(currentStart, b == null ? s : Math.max(b, s));
                } else {
                    fpSum += s;
                    fp++;
                }
            }
            if (currentStart != null && i == currentEnd) {
                previousRight = i;
                previousWidth = currentWidth;
                currentStart = null;
            }
        }
        int tp = 0;
        double raw = 0;
        for (Double value : best.values()) {
            if (value != null) {
                tp++;
                raw += value;
            } else {
                raw -= profile.fnWeight();
            }
        }
        raw += fpSum;
        return new FileScore(raw, tp, best.size(), fp);
    }
}
