package io.crisisrules.functions;

import io.crisisrules.model.MentionCount;
import io.crisisrules.settings.DetectionSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The statistical baseline behind the mention-spike signal (DET-14): "far above normal" measured
 * against the brand's own recent history, not a fixed number.
 *
 * <p>Listening products compare the last hour with the previous hours, cross-checked with the same
 * hour a day or a week earlier, or a day's average with the week's mean plus k standard deviations.
 * Means and standard deviations are dragged by the very outliers they should expose, and a single
 * comparison window either cries wolf every morning (daily cycle) or misses an evening surge. So the
 * baseline here is robust and seasonal:
 * <ul>
 *   <li><b>recent level</b>: the median of the intervals of the last {@code recentWindow};</li>
 *   <li><b>seasonal level</b>: the median of the same interval on each of the previous
 *       {@code seasonalDays} days (the daily cycle);</li>
 *   <li><b>baseline</b>: the higher of the two available levels, so neither a quiet night nor a busy
 *       morning makes ordinary traffic look like a spike;</li>
 *   <li><b>spread</b>: 1.4826 × the median absolute deviation of the sample the baseline came from
 *       (a standard deviation that one outlier cannot inflate), never less than √baseline, the
 *       Poisson noise of a count, so a flat quiet series does not turn every blip into a spike.</li>
 * </ul>
 * Medians ignore a single outlier in history. The seasonal level counts from the first previous
 * day on: in a brand's first days, yesterday's morning is a better guide to this morning than last
 * night is, and it can only raise the baseline (a missed spike rather than a false one). Without
 * enough history (fewer than 3 recent intervals and no previous day) there is no score: a new brand
 * gets no spike signal rather than a
 * false one. The minimum volume and the thresholds are decisions, made by rules from the settings.
 */
public final class MentionBaseline {
    private static final double MAD_TO_SIGMA = 1.4826;
    private static final int MINIMUM_RECENT_SAMPLE = 3;
    private static final int MINIMUM_SEASONAL_SAMPLE = 1;

    private final Duration recentWindow;
    private final int seasonalDays;

    /**
     * @param recentWindow how far back the recent level looks
     * @param seasonalDays how many previous days the seasonal level looks at
     */
    public MentionBaseline(Duration recentWindow, int seasonalDays) {
        this.recentWindow = recentWindow;
        this.seasonalDays = seasonalDays;
    }

    /**
     * @param settings the detection settings
     * @return the baseline their spike settings describe
     */
    public static MentionBaseline of(DetectionSettings settings) {
        return new MentionBaseline(settings.spikeRecentWindow(), settings.spikeSeasonalDays());
    }

    /** @return how far back any score looks, so a caller can keep just that much history */
    public Duration horizon() {
        Duration seasonal = Duration.ofDays(seasonalDays).plusHours(1);
        return seasonal.compareTo(recentWindow) > 0 ? seasonal : recentWindow;
    }

    /**
     * The form rules use with {@code from}: a list holding the score of the latest point, or empty.
     *
     * @param series mention counts at a regular interval
     * @return zero or one score
     */
    public List<SpikeScore> latest(Collection<MentionCount> series) {
        return scoreLatest(series).map(List::of).orElse(List.of());
    }

    /**
     * Scores the last point of a series against the points before it.
     *
     * @param series mention counts at a regular interval, any order; the latest is scored
     * @return the score, or empty when the series is too short to have a baseline
     */
    public Optional<SpikeScore> scoreLatest(Collection<MentionCount> series) {
        if (series.size() < 2) {
            return Optional.empty();
        }
        NavigableMap<Instant, Long> byTime = new TreeMap<>();
        series.forEach(count -> byTime.put(count.at(), count.mentions()));
        Duration interval = interval(byTime);
        var latest = byTime.lastEntry();
        return score(byTime.headMap(latest.getKey(), false), new MentionCount(latest.getKey(), latest.getValue()),
                interval);
    }

    /**
     * Scores one interval against the history before it.
     *
     * @param history  past counts by interval start (only those before {@code current} are used)
     * @param current  the interval to score
     * @param interval the series' interval
     * @return the score, or empty without enough history
     */
    public Optional<SpikeScore> score(NavigableMap<Instant, Long> history, MentionCount current, Duration interval) {
        Instant at = current.at();
        NavigableMap<Instant, Long> past = history.headMap(at, false);
        double[] recent = values(past.subMap(at.minus(recentWindow), true, at, false));
        List<Double> seasonalSample = new ArrayList<>();
        long tolerance = interval.toMillis() / 2;
        for (int day = 1; day <= seasonalDays; day++) {
            Instant sameTime = at.minus(Duration.ofDays(day));
            var floor = past.floorEntry(sameTime.plusMillis(tolerance));
            if (floor != null && Math.abs(Duration.between(floor.getKey(), sameTime).toMillis()) <= tolerance) {
                seasonalSample.add(floor.getValue().doubleValue());
            }
        }
        double[] seasonal = seasonalSample.stream().mapToDouble(Double::doubleValue).toArray();
        boolean recentUsable = recent.length >= MINIMUM_RECENT_SAMPLE;
        boolean seasonalUsable = seasonal.length >= MINIMUM_SEASONAL_SAMPLE;
        if (!recentUsable && !seasonalUsable) {
            return Optional.empty();
        }
        double recentMedian = recentUsable ? median(recent) : Double.NaN;
        double seasonalMedian = seasonalUsable ? median(seasonal) : Double.NaN;
        double[] sample;
        double baseline;
        if (seasonalUsable && (!recentUsable || seasonalMedian > recentMedian)) {
            sample = seasonal;
            baseline = seasonalMedian;
        } else {
            sample = recent;
            baseline = recentMedian;
        }
        double spread = Math.max(MAD_TO_SIGMA * medianAbsoluteDeviation(sample, baseline), Math.sqrt(Math.max(baseline, 1)));
        double mentions = current.mentions();
        double hours = interval.toMillis() / 3_600_000.0;
        return Optional.of(new SpikeScore(at, interval, current.mentions(), mentions / hours, baseline, spread,
                (mentions - baseline) / spread, mentions / Math.max(baseline, 1), recentMedian, seasonalMedian,
                recent.length + seasonal.length));
    }

    /**
     * @param series mention counts by the start of their interval
     * @return the most common gap between consecutive points, the series' interval
     */
    public static Duration interval(NavigableMap<Instant, Long> series) {
        if (series.size() < 2) {
            return Duration.ofHours(1);
        }
        long[] gaps = new long[series.size() - 1];
        Instant previous = null;
        int i = 0;
        for (Instant at : series.keySet()) {
            if (previous != null) {
                gaps[i++] = Duration.between(previous, at).toMillis();
            }
            previous = at;
        }
        Arrays.sort(gaps);
        return Duration.ofMillis(gaps[gaps.length / 2]);
    }

    private static double[] values(NavigableMap<Instant, Long> window) {
        double[] values = new double[16];
        int size = 0;
        for (Long value : window.values()) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
        return Arrays.copyOf(values, size);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static double medianAbsoluteDeviation(double[] values, double center) {
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - center);
        }
        return median(deviations);
    }
}
