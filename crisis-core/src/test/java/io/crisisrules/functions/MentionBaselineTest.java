package io.crisisrules.functions;

import io.crisisrules.model.MentionCount;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.settings.PolicySettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The arithmetic of the mention-spike baseline (DET-14): robust, seasonal, floored for quiet brands. */
class MentionBaselineTest {
    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final MentionBaseline DEFAULT = new MentionBaseline(Duration.ofHours(12), 7);

    /** Hourly counts for the {@code hours} hours before {@link #NOW}, from a count per hour back. */
    private static NavigableMap<Instant, Long> hourly(int hours, LongUnaryOperator countHoursBack) {
        NavigableMap<Instant, Long> history = new TreeMap<>();
        for (long back = 1; back <= hours; back++) {
            history.put(NOW.minus(HOUR.multipliedBy(back)), countHoursBack.applyAsLong(back));
        }
        return history;
    }

    /** Night (0:00-7:59 UTC) 10 mentions an hour, day 100. */
    private static long dailyCycle(long hoursBack) {
        int hourOfDay = NOW.minus(HOUR.multipliedBy(hoursBack)).atZone(java.time.ZoneOffset.UTC).getHour();
        return hourOfDay < 8 ? 10 : 100;
    }

    private static SpikeScore score(NavigableMap<Instant, Long> history, long mentions) {
        return DEFAULT.score(history, new MentionCount(NOW, mentions), HOUR).orElseThrow();
    }

    @Test
    void the_morning_rise_of_a_daily_cycle_is_not_a_spike_once_a_previous_day_shows_it() {
        SpikeScore firstMorning = score(hourly(9, MentionBaselineTest::dailyCycle), 100);
        SpikeScore secondMorning = score(hourly(24, MentionBaselineTest::dailyCycle), 100);
        SpikeScore thirdMorning = score(hourly(72, MentionBaselineTest::dailyCycle), 100);

        assertThat(firstMorning.seasonalMedian()).as("no previous day yet").isNaN();
        assertThat(firstMorning.baseline()).as("the quiet night is the only reference").isEqualTo(10);
        assertThat(firstMorning.zScore()).isGreaterThan(3);
        assertThat(secondMorning.seasonalMedian()).as("yesterday's morning").isEqualTo(100);
        assertThat(secondMorning.baseline()).isEqualTo(100);
        assertThat(secondMorning.zScore()).isZero();
        assertThat(thirdMorning.seasonalMedian()).isEqualTo(100);
        assertThat(thirdMorning.recentMedian()).isEqualTo(10);
        assertThat(thirdMorning.baseline()).isEqualTo(100);
        assertThat(thirdMorning.zScore()).isZero();
        assertThat(thirdMorning.ratio()).isEqualTo(1.0);
    }

    @Test
    void a_surge_at_night_stands_out_against_the_same_hour_on_previous_days() {
        MentionBaseline baseline = new MentionBaseline(Duration.ofHours(3), 7);
        NavigableMap<Instant, Long> history = hourly(7 * 24, MentionBaselineTest::dailyCycle);
        Instant threeAm = Instant.parse("2026-03-10T03:00:00Z");

        SpikeScore score = baseline.score(history, new MentionCount(threeAm, 60), HOUR).orElseThrow();

        assertThat(score.baseline()).isEqualTo(10);
        assertThat(score.ratio()).isEqualTo(6.0);
        assertThat(score.zScore()).isGreaterThan(3);
    }

    @Test
    void one_outlier_in_history_moves_neither_the_baseline_nor_the_spread() {
        NavigableMap<Instant, Long> ordinary = hourly(12, back -> back % 2 == 0 ? 45 : 55);
        NavigableMap<Instant, Long> withOutlier = new TreeMap<>(ordinary);
        withOutlier.put(NOW.minus(HOUR.multipliedBy(3)), 5_000L);

        SpikeScore before = score(ordinary, 150);
        SpikeScore after = score(withOutlier, 150);

        assertThat(before.baseline()).isEqualTo(50);
        assertThat(before.spread()).isCloseTo(1.4826 * 5, within(1e-9));
        assertThat(after.baseline()).isEqualTo(before.baseline());
        assertThat(after.spread()).isEqualTo(before.spread());
        assertThat(after.zScore()).isEqualTo(before.zScore());
    }

    @Test
    void a_quiet_flat_series_has_its_spread_floored_at_the_square_root_of_its_baseline() {
        SpikeScore score = score(hourly(12, back -> 4), 10);

        assertThat(score.baseline()).isEqualTo(4);
        assertThat(score.spread()).as("MAD is 0; Poisson noise of 4 is 2").isEqualTo(2.0);
        assertThat(score.zScore()).isEqualTo(3.0);
        assertThat(score.ratio()).isEqualTo(2.5);
    }

    @Test
    void a_silent_brand_divides_by_one_not_by_zero() {
        SpikeScore score = score(hourly(12, back -> 0), 7);

        assertThat(score.baseline()).isZero();
        assertThat(score.spread()).isEqualTo(1.0);
        assertThat(score.zScore()).isEqualTo(7.0);
        assertThat(score.ratio()).isEqualTo(7.0);
    }

    @Test
    void without_three_recent_points_or_a_previous_day_there_is_no_score() {
        NavigableMap<Instant, Long> history = new TreeMap<>();
        history.put(NOW.minus(HOUR), 50L);
        history.put(NOW.minus(HOUR.multipliedBy(2)), 50L);

        assertThat(DEFAULT.score(history, new MentionCount(NOW, 500), HOUR)).isEmpty();

        NavigableMap<Instant, Long> threeRecent = new TreeMap<>(history);
        threeRecent.put(NOW.minus(HOUR.multipliedBy(3)), 50L);
        NavigableMap<Instant, Long> onePreviousDay = new TreeMap<>();
        onePreviousDay.put(NOW.minus(Duration.ofDays(1)), 80L);

        assertThat(DEFAULT.score(threeRecent, new MentionCount(NOW, 500), HOUR)).get()
                .satisfies(score -> {
                    assertThat(score.historyPoints()).isEqualTo(3);
                    assertThat(score.seasonalMedian()).isNaN();
                    assertThat(score.baseline()).isEqualTo(50);
                });
        assertThat(DEFAULT.score(onePreviousDay, new MentionCount(NOW, 500), HOUR)).get()
                .satisfies(score -> {
                    assertThat(score.recentMedian()).isNaN();
                    assertThat(score.baseline()).isEqualTo(80);
                });
    }

    @Test
    void the_recent_window_and_the_seasonal_days_bound_what_counts() {
        NavigableMap<Instant, Long> history = hourly(12, back -> 50);
        history.put(NOW.minus(Duration.ofHours(13)), 5_000L);
        history.put(NOW.minus(Duration.ofHours(14)), 5_000L);
        history.put(NOW.minus(Duration.ofHours(15)), 5_000L);
        for (int day = 8; day <= 10; day++) {
            history.put(NOW.minus(Duration.ofDays(day)), 5_000L);
        }

        SpikeScore score = score(history, 50);

        assertThat(score.historyPoints()).as("12 recent hours, no seasonal day within 7").isEqualTo(12);
        assertThat(score.baseline()).isEqualTo(50);
    }

    @Test
    void only_points_before_the_scored_one_count() {
        NavigableMap<Instant, Long> history = hourly(12, back -> 50);
        history.put(NOW, 1_000L);
        history.put(NOW.plus(HOUR), 1_000L);

        assertThat(score(history, 50).baseline()).isEqualTo(50);
    }

    @Test
    void score_latest_scores_the_last_point_whatever_the_order_and_measures_per_hour() {
        List<MentionCount> series = new ArrayList<>();
        Duration fiveMinutes = Duration.ofMinutes(5);
        for (int i = 1; i <= 24; i++) {
            series.add(new MentionCount(NOW.minus(fiveMinutes.multipliedBy(i)), 10));
        }
        series.add(new MentionCount(NOW, 40));
        Collections.shuffle(series, new java.util.Random(7));

        SpikeScore score = DEFAULT.scoreLatest(series).orElseThrow();

        assertThat(score.at()).isEqualTo(NOW);
        assertThat(score.interval()).isEqualTo(fiveMinutes);
        assertThat(score.mentions()).isEqualTo(40);
        assertThat(score.perHour()).isEqualTo(480.0);
        assertThat(score.baseline()).isEqualTo(10);
        assertThat(DEFAULT.latest(series)).containsExactly(score);
        assertThat(DEFAULT.latest(series.subList(0, 1))).isEmpty();
    }

    @Test
    void the_signal_of_a_score_carries_its_numbers() {
        SpikeScore score = score(hourly(12, back -> 50), 200);

        WarningSignal signal = score.signal();

        assertThat(signal.kind()).isEqualTo(SignalKind.MENTION_SPIKE);
        assertThat(signal.metric()).isEqualTo("MENTIONS");
        assertThat(signal.window().start()).isEqualTo(NOW);
        assertThat(signal.window().end()).isEqualTo(NOW.plus(HOUR));
        assertThat(signal.observed()).isEqualTo(200);
        assertThat(signal.reference()).isEqualTo(50);
        assertThat(signal.relativeChange()).isEqualTo(3.0);
    }

    @Test
    void the_interval_is_the_most_common_gap_and_survives_a_missing_point() {
        NavigableMap<Instant, Long> series = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            if (i != 7) {
                series.put(NOW.plus(Duration.ofMinutes(5L * i)), 1L);
            }
        }
        NavigableMap<Instant, Long> two = new TreeMap<>();
        two.put(NOW, 1L);
        two.put(NOW.plus(Duration.ofMinutes(15)), 1L);

        assertThat(MentionBaseline.interval(series)).isEqualTo(Duration.ofMinutes(5));
        assertThat(MentionBaseline.interval(two)).isEqualTo(Duration.ofMinutes(15));
        assertThat(MentionBaseline.interval(new TreeMap<>(java.util.Map.of(NOW, 1L)))).isEqualTo(HOUR);
    }

    @Test
    void the_horizon_is_the_longer_of_the_recent_window_and_the_seasonal_days() {
        assertThat(DEFAULT.horizon()).isEqualTo(Duration.ofDays(7).plusHours(1));
        assertThat(new MentionBaseline(Duration.ofDays(14), 7).horizon()).isEqualTo(Duration.ofDays(14));
        assertThat(new MentionBaseline(Duration.ofHours(12), 0).horizon()).isEqualTo(Duration.ofHours(12));
        assertThat(MentionBaseline.of(PolicySettings.defaults().detection()).horizon())
                .isEqualTo(DEFAULT.horizon());
    }

    @Test
    void a_history_of_exactly_the_horizon_scores_as_the_full_history_does() {
        NavigableMap<Instant, Long> full = hourly(30 * 24, MentionBaselineTest::dailyCycle);
        NavigableMap<Instant, Long> trimmed = new TreeMap<>(full.tailMap(NOW.minus(DEFAULT.horizon()), true));

        assertThat(score(trimmed, 300)).isEqualTo(score(full, 300));
    }

    @Test
    void a_seasonal_point_a_little_off_the_grid_still_counts_within_half_an_interval() {
        NavigableMap<Instant, Long> history = new TreeMap<>();
        for (int day = 1; day <= 3; day++) {
            history.put(NOW.minus(Duration.ofDays(day)).plus(Duration.ofMinutes(29)), 80L);
        }
        Optional<SpikeScore> score = DEFAULT.score(history, new MentionCount(NOW, 80), HOUR);
        history.put(NOW.minus(Duration.ofDays(4)).plus(Duration.ofMinutes(31)), 80L);
        NavigableMap<Instant, Long> tooFar = new TreeMap<>();
        for (int day = 1; day <= 3; day++) {
            tooFar.put(NOW.minus(Duration.ofDays(day)).plus(Duration.ofMinutes(31)), 80L);
        }

        assertThat(score).get().satisfies(s -> assertThat(s.seasonalMedian()).isEqualTo(80));
        assertThat(DEFAULT.score(history, new MentionCount(NOW, 80), HOUR).orElseThrow().historyPoints())
                .isEqualTo(3);
        assertThat(DEFAULT.score(tooFar, new MentionCount(NOW, 80), HOUR)).isEmpty();
    }
}
