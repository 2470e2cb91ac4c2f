package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.functions.MentionBaseline;
import io.crisisrules.functions.SpikeScore;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Fixtures.LAST_HOUR;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * DET-14 in a batch evaluation: the snapshot's mention history, the latest interval scored against
 * the brand's own robust, seasonal baseline; thresholds from the settings.
 */
class MentionSpikeRulesTest {
    private static final String RULE = "DET-14 Mentions far above their usual level are a spike";

    private final RecordingListener recorder = new RecordingListener();

    /**
     * {@code pastIntervals} intervals before the latest one, which starts {@code interval} before
     * {@link Engines#NOW} and holds {@code latest} mentions.
     */
    private static List<MentionCount> series(Duration interval, int pastIntervals, LongUnaryOperator countBack,
                                             long latest) {
        Instant latestAt = NOW.minus(interval);
        List<MentionCount> counts = new ArrayList<>();
        for (long back = pastIntervals; back >= 1; back--) {
            counts.add(new MentionCount(latestAt.minus(interval.multipliedBy(back)), countBack.applyAsLong(back)));
        }
        counts.add(new MentionCount(latestAt, latest));
        return counts;
    }

    private static List<MentionCount> hourly(int pastHours, LongUnaryOperator countBack, long latest) {
        return series(Duration.ofHours(1), pastHours, countBack, latest);
    }

    /** Night (0:00-7:59 UTC) 10 mentions an hour, day 100; the latest hour is 8:00-9:00. */
    private static long dailyCycle(long hoursBeforeLatest) {
        Instant at = NOW.minus(Duration.ofHours(1 + hoursBeforeLatest));
        return at.atZone(ZoneOffset.UTC).getHour() < 8 ? 10 : 100;
    }

    private Assessment evaluate(CrisisEngine engine, List<MentionCount> history) {
        return engine.evaluate(snapshot().mentionHistory(history).build());
    }

    private Assessment evaluate(List<MentionCount> history) {
        return evaluate(Engines.recording(recorder), history);
    }

    private static CrisisEngine withSetting(String key, String value) {
        return Engines.defaults().withSettings(Engines.defaults().settings().with(key, value));
    }

    private static List<SignalKind> kinds(Assessment assessment) {
        return assessment.signals().stream().map(WarningSignal::kind).toList();
    }

    @Test
    void DET_14_mentions_four_times_their_usual_hour_raise_a_spike_with_its_numbers() {
        Assessment assessment = evaluate(hourly(12, back -> back % 2 == 0 ? 45 : 55, 200));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.kind()).isEqualTo(SignalKind.MENTION_SPIKE);
            assertThat(signal.metric()).isEqualTo("MENTIONS");
            assertThat(signal.scope()).isEqualTo("all");
            assertThat(signal.window()).isEqualTo(LAST_HOUR);
            assertThat(signal.observed()).isEqualTo(200);
            assertThat(signal.reference()).isEqualTo(50);
            assertThat(signal.referenceKind()).isEqualTo(WarningSignal.ReferenceKind.BASELINE);
            assertThat(signal.relativeChange()).isCloseTo(3.0, within(1e-9));
            assertThat(signal.explanation().policyIds()).containsExactly("DET-14");
        });
        assertThat(recorder.count(RULE)).isEqualTo(1);
        assertThat(assessment.incident()).get().satisfies(incident ->
                assertThat(incident.signalKeys()).containsExactly(assessment.signals().get(0).key()));
    }

    @Test
    void DET_14_mentions_just_under_twice_the_baseline_are_no_spike_and_the_ratio_is_a_setting() {
        assertThat(evaluate(hourly(12, back -> back % 2 == 0 ? 45 : 55, 99)).signals())
                .as("ratio 1.98, although 6.7 deviations above").isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-14")).isFalse();
        assertThat(evaluate(hourly(12, back -> back % 2 == 0 ? 45 : 55, 100)).signals()).hasSize(1);

        assertThat(evaluate(withSetting("detection.spikeMinimumRatio", "1.5"),
                hourly(12, back -> back % 2 == 0 ? 45 : 55, 99)).signals()).hasSize(1);
    }

    @Test
    void DET_14_mentions_just_under_the_threshold_of_usual_deviations_are_no_spike_and_the_threshold_is_a_setting() {
        // a week of 80, 80, 50, 20, 20 in turn, out of step with the day: the spread comes from the
        // series' own deviations from its baseline, which recur (no burst of them is left out)
        LongUnaryOperator noisy = back -> back % 5 < 2 ? 80 : back % 5 == 2 ? 50 : 20;
        SpikeScore probe = MentionBaseline.of(Engines.defaults().settings().detection())
                .scoreLatest(hourly(168, noisy, 0)).orElseThrow();
        long atThreshold = (long) Math.ceil(probe.baseline() + 2.5 * probe.spread());

        assertThat(probe.baseline()).isEqualTo(50);
        assertThat(probe.spread()).as("more than the Poisson noise of 50").isGreaterThan(Math.sqrt(50) * 2);
        assertThat(evaluate(hourly(168, noisy, atThreshold - 1)).signals()).as("z just under 2.5").isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-14")).isFalse();
        assertThat(evaluate(hourly(168, noisy, atThreshold)).signals()).hasSize(1);

        assertThat(evaluate(withSetting("detection.spikeThreshold", "2.0"), hourly(168, noisy, atThreshold - 1)).signals())
                .hasSize(1);
        assertThat(evaluate(withSetting("detection.spikeThreshold", "3.0"), hourly(168, noisy, atThreshold)).signals())
                .isEmpty();
    }

    @Test
    void DET_14_a_quiet_brand_needs_a_minimum_volume_per_hour_and_the_minimum_is_a_setting() {
        List<MentionCount> quiet = hourly(12, back -> 5, 25);

        assertThat(evaluate(quiet).signals()).as("5 times the usual, but 25 an hour").isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-14")).isFalse();
        assertThat(evaluate(withSetting("detection.spikeMinimumPerHour", "20"), quiet).signals()).hasSize(1);
    }

    @Test
    void DET_14_the_minimum_volume_is_per_hour_whatever_the_interval() {
        List<MentionCount> fiveMinutes = series(Duration.ofMinutes(5), 24, back -> 2, 12);

        assertThat(evaluate(fiveMinutes).signals()).as("12 in five minutes is 144 an hour")
                .singleElement().satisfies(signal -> {
                    assertThat(signal.window()).isEqualTo(ObservationPeriod.of(NOW.minus(Duration.ofMinutes(5)),
                            Duration.ofMinutes(5)));
                    assertThat(signal.observed()).isEqualTo(12);
                    assertThat(signal.reference()).isEqualTo(2);
                });
    }

    @Test
    void DET_14_the_morning_rise_of_a_daily_cycle_is_no_spike_once_a_few_days_show_it() {
        Assessment week = evaluate(hourly(7 * 24, MentionSpikeRulesTest::dailyCycle, 100));
        Assessment firstMorning = evaluate(Engines.defaults(), hourly(9, MentionSpikeRulesTest::dailyCycle, 100));
        Assessment secondMorning = evaluate(Engines.defaults(), hourly(24, MentionSpikeRulesTest::dailyCycle, 100));
        Assessment weekWithoutSeasons = evaluate(withSetting("detection.spikeSeasonalDays", "0"),
                hourly(7 * 24, MentionSpikeRulesTest::dailyCycle, 100));

        assertThat(kinds(week)).doesNotContain(SignalKind.MENTION_SPIKE);
        assertThat(recorder.firedRuleStartingWith("DET-14")).isFalse();
        assertThat(kinds(firstMorning)).as("without a previous day, the night is the reference")
                .containsExactly(SignalKind.MENTION_SPIKE);
        assertThat(kinds(secondMorning)).as("yesterday's morning is the reference")
                .doesNotContain(SignalKind.MENTION_SPIKE);
        assertThat(kinds(weekWithoutSeasons))
                .as("without the seasonal level the night is the baseline, but the week's deviations show the rise every morning")
                .doesNotContain(SignalKind.MENTION_SPIKE);
    }

    @Test
    void DET_14_a_real_surge_on_top_of_the_daily_cycle_is_a_spike() {
        assertThat(kinds(evaluate(hourly(7 * 24, MentionSpikeRulesTest::dailyCycle, 400))))
                .containsExactly(SignalKind.MENTION_SPIKE);
    }

    @Test
    void DET_14_too_short_a_history_or_none_raises_nothing_and_no_error() {
        assertThat(evaluate(hourly(2, back -> 1, 5_000)).signals()).isEmpty();
        assertThat(evaluate(hourly(0, back -> 1, 5_000)).signals()).isEmpty();
        assertThat(evaluate(List.of()).signals()).isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-14")).isFalse();
    }

    @Test
    void DET_14_one_past_outlier_does_not_hide_a_later_spike() {
        assertThat(kinds(evaluate(hourly(12, back -> back == 4 ? 5_000 : back % 2 == 0 ? 45 : 55, 200))))
                .containsExactly(SignalKind.MENTION_SPIKE);
    }
}
