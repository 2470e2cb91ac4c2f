package io.crisisrules.functions;

import io.crisisrules.model.MentionCount;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.settings.PolicySettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.LongUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * The arithmetic of the mention-spike baseline (DET-14): robust, seasonal, its spread measured on the
 * brand's own deviations, floored for quiet brands, streamed in bounded memory.
 */
class MentionBaselineTest {
    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final MentionBaseline DEFAULT = MentionBaseline.of(PolicySettings.defaults().detection());

    /** Counts every {@code interval} for the {@code intervals} intervals before {@link #NOW}, oldest first. */
    private static List<MentionCount> before(Duration interval, int intervals, LongUnaryOperator countIntervalsBack) {
        List<MentionCount> counts = new ArrayList<>();
        for (long back = intervals; back >= 1; back--) {
            counts.add(new MentionCount(NOW.minus(interval.multipliedBy(back)), countIntervalsBack.applyAsLong(back)));
        }
        return counts;
    }

    private static List<MentionCount> hourly(int hours, LongUnaryOperator countHoursBack) {
        return before(HOUR, hours, countHoursBack);
    }

    /** Night (0:00-7:59 UTC) 10 mentions an hour, day 100. */
    private static long dailyCycle(long hoursBack) {
        return NOW.minus(HOUR.multipliedBy(hoursBack)).atZone(ZoneOffset.UTC).getHour() < 8 ? 10 : 100;
    }

    /** Streams the history, then scores {@code mentions} at {@link #NOW}. */
    private static SpikeScore score(MentionBaseline baseline, List<MentionCount> history, long mentions) {
        List<MentionCount> series = new ArrayList<>(history);
        series.add(new MentionCount(NOW, mentions));
        return baseline.scoreLatest(series).orElseThrow();
    }

    private static SpikeScore score(List<MentionCount> history, long mentions) {
        return score(DEFAULT, history, mentions);
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
        assertThat(thirdMorning.recentMedian()).isEqualTo(10);
        assertThat(thirdMorning.baseline()).isEqualTo(100);
        assertThat(thirdMorning.zScore()).isZero();
        assertThat(thirdMorning.ratio()).isEqualTo(1.0);
    }

    @Test
    void a_surge_at_night_stands_out_against_the_same_hour_on_previous_days() {
        MentionBaseline shortRecent = new MentionBaseline(Duration.ofHours(3), 7, Duration.ofHours(1), Duration.ofDays(7), 0.99);
        List<MentionCount> history = new ArrayList<>();
        Instant threeAm = Instant.parse("2026-03-10T03:00:00Z");
        for (MentionCount count : hourly(7 * 24, MentionBaselineTest::dailyCycle)) {
            if (count.at().isBefore(threeAm)) {
                history.add(count);
            }
        }
        history.add(new MentionCount(threeAm, 60));

        SpikeScore score = shortRecent.scoreLatest(history).orElseThrow();

        assertThat(score.baseline()).isEqualTo(10);
        assertThat(score.ratio()).isEqualTo(6.0);
        assertThat(score.zScore()).isGreaterThan(3);
    }

    @Test
    void one_outlier_in_history_moves_neither_the_baseline_nor_much_the_spread() {
        List<MentionCount> ordinary = hourly(48, back -> back % 2 == 0 ? 45 : 55);
        List<MentionCount> withOutlier = new ArrayList<>(ordinary);
        withOutlier.set(45, new MentionCount(withOutlier.get(45).at(), 5_000)); // three hours back, instead of a 55

        SpikeScore before = score(ordinary, 150);
        SpikeScore after = score(withOutlier, 150);

        assertThat(before.baseline()).isEqualTo(50);
        assertThat(after.baseline()).isEqualTo(before.baseline());
        assertThat(after.spread()).as("a standard deviation would be about 700").isCloseTo(before.spread(), withinPercentage(10));
        assertThat(after.zScore()).as("100 above a count whose Poisson noise is about 12").isGreaterThan(8);
        assertThat(before.zScore()).isGreaterThan(8);
    }

    @Test
    void bursts_that_come_back_every_day_at_any_time_are_part_of_the_usual_deviations() {
        // 5-minute counts around 100 and, on a chatty brand, two half-hour bursts of +150 a day at random times
        int week = (int) Duration.ofDays(7).dividedBy(FIVE_MINUTES);
        long[] chatty = new long[week + 1];
        java.util.Random random = new java.util.Random(11);
        for (int burst = 0; burst < 14; burst++) {
            int start = 1 + random.nextInt(week - 6);
            for (int i = start; i < start + 6; i++) {
                chatty[i] = 150;
            }
        }
        SpikeScore usual = score(before(FIVE_MINUTES, week, back -> 100 + (back % 3) * 5 + chatty[(int) back]), 250);
        SpikeScore firstTime = score(before(FIVE_MINUTES, week, back -> 100 + (back % 3) * 5), 250);

        assertThat(usual.extremeDeviation()).as("a week's 1-in-100 deviation is such a burst").isGreaterThan(100);
        assertThat(usual.zScore()).isLessThan(2.5);
        assertThat(firstTime.zScore()).as("the same burst on a brand that never has one").isGreaterThan(9);
        assertThat(firstTime.spread()).as("floored at the Poisson noise of the count").isCloseTo(Math.sqrt(250), within(1e-9));
    }

    @Test
    void one_crisis_does_not_make_the_next_one_days_later_look_ordinary() {
        // 5-minute counts around 100; four days back, a three-hour crisis at +900 across midnight
        int week = (int) Duration.ofDays(7).dividedBy(FIVE_MINUTES);
        java.util.Random random = new java.util.Random(5);
        long[] noise = new long[week + 1];
        for (int i = 0; i <= week; i++) {
            noise[i] = Math.round(random.nextGaussian() * 10);
        }
        long crisisStart = 4 * 288 + 8 * 12; // 4 days 8 hours back: 23:00 to 02:00 UTC with NOW at 08:00
        List<MentionCount> history = before(FIVE_MINUTES, week, back -> 100 + noise[(int) back]
                + (back <= crisisStart && back > crisisStart - 36 ? 900 : 0));
        MentionBaseline pooled = new MentionBaseline(Duration.ofHours(12), 7, HOUR, Duration.ofDays(7), 0.99, 0, Duration.ZERO);

        SpikeScore second = score(history, 300);
        SpikeScore secondPooled = score(pooled, history, 300);

        assertThat(secondPooled.extremeDeviation()).as("36 intervals of crisis are 1 %% of a week: they set the pooled extreme")
                .isGreaterThan(800);
        assertThat(secondPooled.zScore()).as("pooled, the next crisis (+200) looks ordinary").isLessThan(1);
        assertThat(second.extremeDeviation()).as("the crisis and the 24 hours around it left out").isLessThan(40);
        SpikeScore third = score(append(history, 300), 300);
        assertThat(third.zScore()).as("still when the crisis under way is larger than the last one").isGreaterThan(2.5 * 2);
        assertThat(second.zScore()).isGreaterThan(2.5 * 2);
        assertThat(new MentionBaseline(Duration.ofHours(12), 7, HOUR, Duration.ofDays(7), 0.99).scoreLatest(append(history, 300)))
                .as("the five-argument constructor leaves out the same").get()
                .satisfies(score -> assertThat(score.zScore()).isEqualTo(second.zScore()));
        assertThatThrownBy(() -> new MentionBaseline(HOUR, 7, HOUR, Duration.ofDays(7), 0.99, 2, Duration.ofHours(-1)))
                .hasMessageContaining("burstLength");
        assertThatThrownBy(() -> new MentionBaseline(HOUR, 7, HOUR, Duration.ofDays(7), 0.99, -1, HOUR))
                .hasMessageContaining("burstsLeftOut");
    }

    @Test
    void a_time_that_is_busy_once_a_week_is_compared_with_the_same_time_last_week() {
        // 8 days of hourly counts at 100; on the same weekday last week, 07:00-09:00 ran at 200
        Instant lastWeek = NOW.minus(Duration.ofDays(7));
        LongUnaryOperator weekly = back -> {
            Instant at = NOW.minus(HOUR.multipliedBy(back));
            return Math.abs(Duration.between(lastWeek, at).toMinutes()) <= 60 ? 200 : 100;
        };
        SpikeScore busyAsUsual = score(hourly(8 * 24, weekly), 200);
        SpikeScore firstTime = score(hourly(8 * 24, back -> 100), 200);

        assertThat(busyAsUsual.seasonalMedian()).as("six of seven days say 100").isEqualTo(100);
        assertThat(busyAsUsual.weeklyMedian()).isEqualTo(200);
        assertThat(busyAsUsual.baseline()).isEqualTo(200);
        assertThat(busyAsUsual.ratio()).isEqualTo(1.0);
        assertThat(firstTime.weeklyMedian()).isEqualTo(100);
        assertThat(firstTime.ratio()).isEqualTo(2.0);
    }

    @Test
    void a_quiet_flat_series_has_its_spread_floored_at_the_poisson_noise_of_baseline_or_count() {
        SpikeScore level = score(hourly(12, back -> 4), 4);
        SpikeScore score = score(hourly(12, back -> 4), 16);

        assertThat(level.spread()).as("no deviation; Poisson noise of 4 is 2").isEqualTo(2.0);
        assertThat(score.baseline()).isEqualTo(4);
        assertThat(score.spread()).as("the noise of the rate 16 suggests").isEqualTo(4.0);
        assertThat(score.zScore()).isEqualTo(3.0);
        assertThat(score.ratio()).isEqualTo(4.0);
    }

    @Test
    void a_silent_brand_has_a_baseline_of_one_mention_not_zero() {
        SpikeScore score = score(hourly(12, back -> 0), 9);

        assertThat(score.recentMedian()).isZero();
        assertThat(score.baseline()).as("below one mention per interval the usual level is indistinguishable from one").isEqualTo(1);
        assertThat(score.spread()).as("√9: seven mentions on a silent brand are not six deviations out").isEqualTo(3.0);
        assertThat(score.zScore()).isCloseTo(8 / 3.0, within(1e-9));
        assertThat(score.ratio()).isEqualTo(9.0);
    }

    @Test
    void without_three_recent_points_or_a_previous_day_there_is_no_score() {
        List<MentionCount> two = hourly(2, back -> 50);
        List<MentionCount> three = hourly(3, back -> 50);
        List<MentionCount> yesterdayOnly = List.of(new MentionCount(NOW.minus(Duration.ofDays(1)), 80),
                new MentionCount(NOW.minus(Duration.ofHours(20)), 80));

        assertThat(DEFAULT.latest(append(two, 500))).isEmpty();
        assertThat(score(three, 500)).satisfies(score -> {
            assertThat(score.historyPoints()).isEqualTo(3);
            assertThat(score.seasonalMedian()).isNaN();
            assertThat(score.baseline()).isEqualTo(50);
        });
        assertThat(DEFAULT.scoreLatest(append(yesterdayOnly, 500))).get().satisfies(score -> {
            assertThat(score.recentMedian()).isNaN();
            assertThat(score.baseline()).isEqualTo(80);
        });
        assertThat(DEFAULT.latest(List.of(new MentionCount(NOW, 5)))).isEmpty();
        assertThat(DEFAULT.latest(List.of())).isEmpty();
    }

    private static List<MentionCount> append(List<MentionCount> history, long mentions) {
        List<MentionCount> series = new ArrayList<>(history);
        series.add(new MentionCount(NOW, mentions));
        return series;
    }

    @Test
    void the_recent_window_and_the_seasonal_days_bound_what_counts() {
        List<MentionCount> history = new ArrayList<>(hourly(15, back -> back > 12 ? 5_000 : 50));
        for (int day = 10; day >= 8; day--) {
            history.add(0, new MentionCount(NOW.minus(Duration.ofDays(day)), 5_000));
        }

        SpikeScore score = score(history, 50);

        assertThat(score.historyPoints()).as("12 recent hours, no seasonal day within 7").isEqualTo(12);
        assertThat(score.baseline()).isEqualTo(50);
    }

    @Test
    void memory_is_bounded_by_the_windows_not_by_the_length_of_the_stream() {
        MentionBaseline.Tracker week = DEFAULT.tracker();
        MentionBaseline.Tracker month = DEFAULT.tracker();
        int perDay = (int) Duration.ofDays(1).dividedBy(FIVE_MINUTES);
        for (int i = 0; i < 30 * perDay; i++) {
            MentionCount count = new MentionCount(NOW.plus(FIVE_MINUTES.multipliedBy(i)), 20 + i % 7);
            if (i < 8 * perDay) {
                week.push(count);
            }
            month.push(count);
        }

        assertThat(month.retained()).isEqualTo(week.retained()).isLessThan(3 * 7 * perDay);
    }

    @Test
    void score_latest_scores_the_last_point_whatever_the_order_and_measures_per_hour() {
        List<MentionCount> series = new ArrayList<>(before(FIVE_MINUTES, 24, back -> 10));
        series.add(new MentionCount(NOW, 40));
        Collections.shuffle(series, new java.util.Random(7));

        SpikeScore score = DEFAULT.scoreLatest(series).orElseThrow();

        assertThat(score.at()).isEqualTo(NOW);
        assertThat(score.interval()).isEqualTo(FIVE_MINUTES);
        assertThat(score.mentions()).isEqualTo(40);
        assertThat(score.perHour()).isEqualTo(480.0);
        assertThat(score.baseline()).isEqualTo(10);
        assertThat(DEFAULT.latest(series)).containsExactly(score);
    }

    @Test
    void the_signal_of_a_score_carries_its_numbers() {
        WarningSignal signal = score(hourly(12, back -> 50), 200).signal();

        assertThat(signal.kind()).isEqualTo(SignalKind.MENTION_SPIKE);
        assertThat(signal.metric()).isEqualTo("MENTIONS");
        assertThat(signal.window().start()).isEqualTo(NOW);
        assertThat(signal.window().end()).isEqualTo(NOW.plus(HOUR));
        assertThat(signal.observed()).isEqualTo(200);
        assertThat(signal.reference()).isEqualTo(50);
        assertThat(signal.relativeChange()).isEqualTo(3.0);
    }

    @Test
    void the_interval_is_the_median_gap_so_a_stray_row_or_a_missing_one_does_not_change_it() {
        MentionBaseline.Tracker tracker = DEFAULT.tracker();
        assertThat(tracker.interval()).isEmpty();
        for (int i = 0; i < 40; i++) {
            if (i != 7) {
                tracker.push(new MentionCount(NOW.plus(FIVE_MINUTES.multipliedBy(i)), 10));
            }
        }
        tracker.push(new MentionCount(NOW.plus(FIVE_MINUTES.multipliedBy(40)).plusSeconds(60), 10));
        tracker.push(new MentionCount(NOW.plus(FIVE_MINUTES.multipliedBy(41)), 10));

        assertThat(tracker.interval()).contains(FIVE_MINUTES);
        assertThatThrownBy(() -> tracker.push(new MentionCount(NOW, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time order");
    }

    @Test
    void a_seasonal_point_a_little_off_the_grid_still_counts_within_half_an_interval() {
        List<MentionCount> near = new ArrayList<>();
        List<MentionCount> tooFar = new ArrayList<>();
        for (int day = 3; day >= 1; day--) {
            near.add(new MentionCount(NOW.minus(Duration.ofDays(day)).plus(Duration.ofMinutes(29)), 80));
            tooFar.add(new MentionCount(NOW.minus(Duration.ofDays(day)).plus(Duration.ofMinutes(31)), 80));
        }
        // the series' interval is one hour: the last six hours set it
        for (int back = 6; back >= 1; back--) {
            near.add(new MentionCount(NOW.minus(HOUR.multipliedBy(back)), 80));
            tooFar.add(new MentionCount(NOW.minus(HOUR.multipliedBy(back)), 80));
        }

        assertThat(score(near, 80).seasonalMedian()).isEqualTo(80);
        assertThat(DEFAULT.scoreLatest(append(tooFar, 80))).get()
                .satisfies(score -> assertThat(score.seasonalMedian()).isNaN());
    }

    @Test
    void the_spread_quantile_is_read_as_a_normal_quantile() {
        assertThat(MentionBaseline.NormalQuantile.of(0.99)).isCloseTo(2.326348, within(1e-6));
        assertThat(MentionBaseline.NormalQuantile.of(0.9)).isCloseTo(1.281552, within(1e-6));
        assertThat(MentionBaseline.NormalQuantile.of(0.5)).isCloseTo(0.0, within(1e-9));
        assertThat(MentionBaseline.NormalQuantile.of(0.9999)).isCloseTo(3.719016, within(1e-6));
        assertThatThrownBy(() -> new MentionBaseline(HOUR, 7, HOUR, Duration.ofDays(7), 1.0))
                .hasMessageContaining("spreadQuantile");
    }
}
