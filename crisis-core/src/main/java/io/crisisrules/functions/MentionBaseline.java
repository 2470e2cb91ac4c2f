// Why over 300 lines: the DET-14 baseline is one streaming state (recent, seasonal and weekly levels, spread, bursts left
// out) updated in one pass per interval; its parts read each other's windows, and the Javadoc states
// the statistics a rule author tunes.
package io.crisisrules.functions;

import io.crisisrules.model.MentionCount;
import io.crisisrules.settings.DetectionSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The statistical baseline behind the mention-spike signal (DET-14): "far above normal" measured
 * against the brand's own history, not a fixed number, in a stream and in bounded memory.
 *
 * <p>For each interval, in time order, a {@link Tracker} says how far its count stands above what
 * was usual for it:
 * <ul>
 *   <li><b>baseline</b>: the higher of the <i>recent level</i> (median of the last
 *       {@code recentWindow}) and the <i>seasonal level</i> (median of the counts around the same
 *       time, {@code seasonalWindow} wide, on each of the previous {@code seasonalDays} days) and,
 *       once a week is known, the <i>weekly level</i> (median of the counts around the same time seven
 *       days before: a weekend twice as busy as the week is compared with the last weekend), never
 *       under one mention per interval. Medians ignore
 *       a past outlier; the higher of the two means neither a quiet night nor a busy morning makes
 *       ordinary traffic look like a spike (the daily cycle), and a level that has moved (a campaign
 *       that doubled the brand's audience) becomes the recent level within half the recent window;</li>
 *   <li><b>spread</b>: one "usual deviation" of the interval from its baseline, from the brand's own
 *       deviations over the last {@code spreadWindow}: the larger of the interquartile deviation
 *       (half-width of the middle of the distribution, as a standard deviation) and the <i>usual
 *       extreme</i> divided by the normal quantile of {@code spreadQuantile} (2.33 for 0.99). The usual
 *       extreme is the deviation reached once in {@code 1 / (1 − spreadQuantile)} intervals, leaving
 *       out the {@code burstsLeftOut} largest bursts of the window ({@code burstLength} around each
 *       peak), so a crisis of a few hours does not make the next crisis, days later, look ordinary. Mention counts are bursty: a brand with a lunchtime
 *       burst, a weekly newsletter or a busier weekend has large deviations every day or week, and
 *       those are part of its usual extremes, so they do not fire; a standard deviation or a MAD
 *       would call each of them a spike. The spread is never less than the Poisson noise of a count,
 *       √baseline, or √count when the count is higher (the noise of the rate the count suggests),
 *       so a handful of mentions on a quiet brand stays noise.</li>
 *   <li><b>score</b>: {@code z = (count − baseline) / spread}, {@code ratio = count / baseline} and the
 *       count per hour, which the rules compare with the settings.</li>
 * </ul>
 * Without history (fewer than 3 recent intervals and no previous day) there is no score: a new brand
 * gets no spike signal rather than a false one. The interval of the series is the median of its last
 * gaps, so a stray row a minute off does not change it. Memory: the values of the last
 * {@code seasonalDays} days (or {@code recentWindow}, if longer) and the deviations of the last
 * {@code spreadWindow}, whatever the length of the stream.
 */
public final class MentionBaseline {
    private static final int MINIMUM_RECENT_SAMPLE = 3;
    private static final int MINIMUM_DEVIATIONS = 3;
    private static final int GAPS_KEPT = 99;
    /** Normal quantile of 0.75: the interquartile deviation as a standard deviation. */
    private static final double QUARTILE_Z = 0.6744897501960817;

    private final Duration recentWindow;
    private final int seasonalDays;
    private final Duration seasonalWindow;
    private final Duration spreadWindow;
    private final double spreadQuantile;
    private final double spreadQuantileZ;
    private final int burstsLeftOut;
    private final long burstLength;

    /**
     * @param recentWindow   how far back the recent level looks
     * @param seasonalDays   how many previous days the seasonal level looks at
     * @param seasonalWindow how much of each previous day, centred on the same time, the seasonal
     *                       level pools (at least the interval itself)
     * @param spreadWindow   how far back the usual deviations are measured
     * @param spreadQuantile the share of ordinary deviations the spread accounts for, in (0.5, 1)
     * @see #MentionBaseline(Duration, int, Duration, Duration, double, int, Duration) the same, leaving
     *      out the bursts the default settings leave out ({@code detection.spikeSpreadBurstsLeftOut},
     *      {@code detection.spikeSpreadBurstLength})
     */
    public MentionBaseline(Duration recentWindow, int seasonalDays, Duration seasonalWindow, Duration spreadWindow,
                           double spreadQuantile) {
        this(recentWindow, seasonalDays, seasonalWindow, spreadWindow, spreadQuantile,
                io.crisisrules.settings.PolicySettings.defaults().detection().spikeSpreadBurstsLeftOut(),
                io.crisisrules.settings.PolicySettings.defaults().detection().spikeSpreadBurstLength());
    }

    /**
     * @param recentWindow   how far back the recent level looks
     * @param seasonalDays   how many previous days the seasonal level looks at
     * @param seasonalWindow how much of each previous day, centred on the same time, the seasonal
     *                       level pools (at least the interval itself)
     * @param spreadWindow   how far back the usual deviations are measured
     * @param spreadQuantile the share of ordinary deviations the spread accounts for, in (0.5, 1)
     * @param burstsLeftOut  how many of the largest bursts of the spread window the usual extreme leaves
     *                       out, at least 0
     * @param burstLength    how long a burst left out is, centred on its peak
     */
    public MentionBaseline(Duration recentWindow, int seasonalDays, Duration seasonalWindow, Duration spreadWindow,
                           double spreadQuantile, int burstsLeftOut, Duration burstLength) {
        if (!(spreadQuantile > 0.5 && spreadQuantile < 1)) {
            throw new IllegalArgumentException("spreadQuantile must be within (0.5, 1), but was " + spreadQuantile);
        }
        if (burstsLeftOut < 0) {
            throw new IllegalArgumentException("burstsLeftOut must be at least 0, but was " + burstsLeftOut);
        }
        if (burstLength.isNegative()) {
            throw new IllegalArgumentException("burstLength must not be negative, but was " + burstLength);
        }
        this.burstsLeftOut = burstsLeftOut;
        this.burstLength = burstLength.toMillis();
        this.recentWindow = recentWindow;
        this.seasonalDays = seasonalDays;
        this.seasonalWindow = seasonalWindow;
        this.spreadWindow = spreadWindow;
        this.spreadQuantile = spreadQuantile;
        this.spreadQuantileZ = NormalQuantile.of(spreadQuantile);
    }

    /**
     * @param settings the detection settings
     * @return the baseline their spike settings describe
     */
    public static MentionBaseline of(DetectionSettings settings) {
        return new MentionBaseline(settings.spikeRecentWindow(), settings.spikeSeasonalDays(),
                settings.spikeSeasonalWindow(), settings.spikeSpreadWindow(), settings.spikeSpreadQuantile(),
                settings.spikeSpreadBurstsLeftOut(), settings.spikeSpreadBurstLength());
    }

    /** @return a new, empty stream of scores */
    public Tracker tracker() {
        return new Tracker();
    }

    /**
     * A stream of scores that continues one taken earlier with {@link Tracker#state()}.
     *
     * @param state what a tracker knew
     * @return a tracker that scores the next counts as the one {@code state} was taken of would
     */
    public Tracker tracker(State state) {
        io.crisisrules.checks.Checks.required("state", state);
        Tracker tracker = new Tracker();
        tracker.restore(state);
        return tracker;
    }

    /**
     * One value a tracker holds: epoch milliseconds and the value (a count, a deviation, a gap).
     *
     * @param at    when, in epoch milliseconds
     * @param value the value
     */
    public record Point(long at, double value) {
    }

    /**
     * What a {@link Tracker} knows, to continue it elsewhere (a monitor checkpoint): the samples it
     * scores from, exactly, so that a restored tracker scores the next counts as the original would.
     * Bounded by the baseline's windows, whatever the stream's length.
     *
     * @param history    the counts kept for the same-time references, oldest first
     * @param recent     the counts of the recent window
     * @param deviations the deviations from the baseline the spread is measured on
     * @param gaps       the last gaps between counts, which give the interval
     * @param last       the start of the latest count pushed, or {@code null} before the first
     */
    public record State(List<Point> history, List<Point> recent, List<Point> deviations, List<Point> gaps,
                        Instant last) {
        /**
         * Copies the lists.
         *
         * @param history    the counts kept for the same-time references, oldest first
         * @param recent     the counts of the recent window
         * @param deviations the deviations from the baseline the spread is measured on
         * @param gaps       the last gaps between counts, which give the interval
         * @param last       the start of the latest count pushed, or {@code null} before the first
         */
        public State {
            history = io.crisisrules.checks.Checks.list("history", history);
            recent = io.crisisrules.checks.Checks.list("recent", recent);
            deviations = io.crisisrules.checks.Checks.list("deviations", deviations);
            gaps = io.crisisrules.checks.Checks.list("gaps", gaps);
        }
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
     * Scores the last point of a series after streaming the points before it, as a monitor would.
     *
     * @param series mention counts at a regular interval, any order; the latest is scored
     * @return the score, or empty when the series is too short to have a baseline
     */
    public Optional<SpikeScore> scoreLatest(Collection<MentionCount> series) {
        List<MentionCount> ordered = new ArrayList<>(series);
        ordered.sort(Comparator.naturalOrder());
        Tracker tracker = tracker();
        Optional<SpikeScore> last = Optional.empty();
        Instant previous = null;
        for (MentionCount count : ordered) {
            if (previous == null || count.at().isAfter(previous)) {
                last = tracker.push(count);
                previous = count.at();
            }
        }
        return last;
    }

    /**
     * One brand's stream of mention counts and what the baseline knows of it. Push counts in time
     * order; each push scores the count against what came before, then learns it. Not thread-safe.
     */
    public final class Tracker {
        private final SlidingSample history = new SlidingSample(false);
        private final SlidingSample recent = new SlidingSample(true);
        private final SlidingSample deviations = new SlidingSample(true);
        private final SlidingSample gaps = new SlidingSample(true);
        private double[] sameTime = new double[64];
        private double[] lastWeek = new double[64];
        private long last = Long.MIN_VALUE;

        private Tracker() {
        }

        /**
         * Scores {@code count} against the history before it, then adds it to the history.
         *
         * @param count the next interval, after the previous one
         * @return its score, or empty without enough history
         * @throws IllegalArgumentException if it does not come after the previous count
         */
        public Optional<SpikeScore> push(MentionCount count) {
            long at = count.at().toEpochMilli();
            if (last != Long.MIN_VALUE && at <= last) {
                throw new IllegalArgumentException("counts must come in time order, but " + count.at()
                        + " is not after " + Instant.ofEpochMilli(last));
            }
            if (last != Long.MIN_VALUE) {
                gaps.add(at, at - last);
                gaps.keepLast(GAPS_KEPT);
            }
            last = at;
            recent.dropBefore(at - recentWindow.toMillis());
            Optional<SpikeScore> score = gaps.size() == 0 ? Optional.empty() : score(at, count.mentions());
            score.ifPresent(s -> {
                deviations.add(at, count.mentions() - s.baseline());
            });
            recent.add(at, count.mentions());
            history.add(at, count.mentions());
            long seasonalSpan = Duration.ofDays(seasonalDays).plus(seasonalWindow).plusHours(1).toMillis();
            history.dropBefore(at - Math.max(seasonalSpan, recentWindow.toMillis()));
            return score;
        }

        /** @return the start of the latest count pushed, if any */
        public Optional<Instant> latest() {
            return last == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last));
        }

        /** @return what this tracker knows, as a value that {@link MentionBaseline#tracker(State)} continues */
        public State state() {
            return new State(history.points(), recent.points(), deviations.points(), gaps.points(),
                    latest().orElse(null));
        }

        private void restore(State state) {
            history.addAll(state.history());
            recent.addAll(state.recent());
            deviations.addAll(state.deviations());
            gaps.addAll(state.gaps());
            last = state.last() == null ? Long.MIN_VALUE : state.last().toEpochMilli();
        }

        /** @return the series' interval: the median of its last gaps, or empty before the second count */
        public Optional<Duration> interval() {
            return gaps.size() == 0 ? Optional.empty() : Optional.of(Duration.ofMillis((long) gaps.quantile(0.5)));
        }

        /** @return how many values and deviations the tracker holds: bounded by its windows */
        public int retained() {
            return history.size() + recent.size() + deviations.size() + gaps.size();
        }

        private Optional<SpikeScore> score(long at, long mentions) {
            long interval = (long) gaps.quantile(0.5);
            long halfWidth = Math.max(interval / 2, seasonalWindow.toMillis() / 2);
            int days = 0;
            int[] pooled = {0};
            for (int day = 1; day <= seasonalDays; day++) {
                long sameTimeThatDay = at - Duration.ofDays(day).toMillis();
                int before = pooled[0];
                sameTime = history.collect(sameTimeThatDay - halfWidth, sameTimeThatDay + halfWidth, sameTime, pooled);
                days += pooled[0] > before ? 1 : 0;
            }
            int[] week = {0};
            if (seasonalDays >= 7) {
                long weekAgo = at - Duration.ofDays(7).toMillis();
                lastWeek = history.collect(weekAgo - halfWidth, weekAgo + halfWidth, lastWeek, week);
            }
            boolean recentUsable = recent.size() >= MINIMUM_RECENT_SAMPLE;
            if (!recentUsable && days == 0) {
                return Optional.empty();
            }
            double recentMedian = recentUsable ? recent.median() : Double.NaN;
            double seasonalMedian = days == 0 ? Double.NaN : median(sameTime, pooled[0]);
            double baseline = Math.max(1, Math.max(recentUsable ? recentMedian : 0, days == 0 ? 0 : seasonalMedian));
            double weeklyMedian = week[0] == 0 ? Double.NaN : median(lastWeek, week[0]);
            if (!Double.isNaN(weeklyMedian)) {
                baseline = Math.max(baseline, weeklyMedian);
            }
            deviations.dropBefore(at - spreadWindow.toMillis());
            double extreme = Double.NaN;
            double spread = Math.sqrt(Math.max(baseline, mentions));
            if (deviations.size() >= MINIMUM_DEVIATIONS) {
                double middle = deviations.median();
                extreme = usualExtreme();
                double quartile = (deviations.quantile(0.75) - middle) / QUARTILE_Z;
                spread = Math.max(spread, Math.max(quartile, (extreme - middle) / spreadQuantileZ));
            }
            Duration length = Duration.ofMillis(interval);
            double hours = interval / 3_600_000.0;
            return Optional.of(new SpikeScore(Instant.ofEpochMilli(at), length, mentions, mentions / hours, baseline,
                    spread, (mentions - baseline) / spread, mentions / baseline, recentMedian, seasonalMedian, weeklyMedian, extreme,
                    recent.size() + days));
        }

        /**
         * The deviation the brand reaches once in {@code 1 / (1 − spreadQuantile)} intervals, its
         * {@code burstsLeftOut} largest bursts of the spread window ({@code burstLength} around each
         * peak) left out. Pooling every deviation let one crisis of a few hours (1 % of a week of
         * 5-minute intervals) set the extreme, and the next crisis, days later, looked ordinary; one
         * burst left out is not enough, as the crisis under way becomes the largest as soon as it is
         * bigger than the last one. Bursts that recur are still learned.
         */
        private double usualExtreme() {
            double extreme = deviations.quantileWithoutBursts(spreadQuantile, burstsLeftOut, burstLength / 2);
            return Double.isNaN(extreme) ? deviations.quantile(spreadQuantile) : extreme;
        }
    }

    private static double median(double[] values, int n) {
        double[] sorted = java.util.Arrays.copyOf(values, n);
        java.util.Arrays.sort(sorted);
        int middle = n / 2;
        return n % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The inverse of the standard normal distribution function (P. J. Acklam's approximation, |error| < 1.2e-9). */
    static final class NormalQuantile {
        private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                6.680131188771972e+01, -1.328068155288572e+01};
        private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                3.754408661907416e+00};
        private static final double LOW = 0.02425;

        private NormalQuantile() {
        }

        static double of(double p) {
            if (p < LOW) {
                double q = Math.sqrt(-2 * Math.log(p));
                return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                        / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
            }
            if (p > 1 - LOW) {
                return -of(1 - p);
            }
            double q = p - 0.5;
            double r = q * q;
            return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                    / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
        }
    }
}
