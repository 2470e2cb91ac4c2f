package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalChange;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.Fixtures;
import io.crisisrules.rules.support.MentionStreams;
import io.crisisrules.settings.PolicySettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static io.crisisrules.rules.support.MentionStreams.INTERVAL;
import static io.crisisrules.rules.support.MentionStreams.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alert semantics of the streaming monitor on a mention series with a daily cycle: persistence
 * (DET-18), hysteresis (DET-19) and cool-down (DET-21), with the default settings unless a test says
 * otherwise. Each test warms the monitor up with eight ordinary days, then starts at midnight.
 */
class StreamingAlertsTest {
    private static final long SPIKE = 600;
    private static final String SPIKE_ALERT = "MENTION_SPIKE/MENTIONS/all";

    private final MentionStreams.Recorder recorder = new MentionStreams.Recorder();
    private final Random noise = new Random(42);

    private MentionStreams.Feed feed;

    private CrisisMonitor warmedUp(CrisisEngine engine) {
        feed = MentionStreams.warmedUp(engine, recorder, noise);
        return feed.monitor();
    }

    private List<AlertState> states() {
        return recorder.signals.stream().map(SignalChange::to).toList();
    }

    @Test
    void DET_14_a_week_of_ordinary_daily_cycles_raises_no_alert_once_three_days_are_known() {
        CrisisMonitor monitor = Engines.defaults().monitor(Fixtures.brand()).listener(recorder).start();
        MentionStreams.warmUp(monitor, 3, noise);
        recorder.signals.clear();

        for (long i = 3 * 288; i < 10 * 288; i++) {
            monitor.mentionCount(new MentionCount(at(i), MentionStreams.ordinary(i, noise)));
        }

        assertThat(recorder.signals).extracting(SignalChange::to).doesNotContain(AlertState.FIRING);
        monitor.close();
    }

    @Test
    void DET_18_a_single_interval_above_the_threshold_stays_pending_and_is_dropped() {
        CrisisMonitor monitor = warmedUp(Engines.defaults());
        try (monitor) {
            feed.push(SPIKE);
            feed.pushOrdinary(3);

            assertThat(states()).containsExactly(AlertState.PENDING, AlertState.INACTIVE);
            assertThat(recorder.signals).noneMatch(SignalChange::notified);
            assertThat(recorder.signals.get(0).explanation().policyIds()).contains("DET-14", "DET-18");
            assertThat(recorder.incidents).isEmpty();
        }
    }

    @Test
    void DET_18_a_spike_that_holds_two_intervals_fires_on_the_second() {
        CrisisMonitor monitor = warmedUp(Engines.defaults());
        try (monitor) {
            feed.push(SPIKE, SPIKE);

            assertThat(states()).containsExactly(AlertState.PENDING, AlertState.FIRING);
            SignalChange firing = recorder.signals.get(1);
            assertThat(firing.at()).isEqualTo(at(feed.next() - 1));
            assertThat(firing.notified()).isTrue();
            assertThat(firing.signal().observed()).isEqualTo(SPIKE);
            assertThat(firing.explanation().policyIds()).contains("DET-14", "DET-18");
            assertThat(monitor.alertStates()).containsEntry(SPIKE_ALERT, AlertState.FIRING);
            assertThat(recorder.incidents).singleElement()
                    .satisfies(change -> assertThat(change.incident().signalKeys()).hasSize(1));
        }
    }

    @Test
    void DET_18_the_pending_duration_is_a_setting() {
        CrisisEngine engine = Engines.defaults().withSettings(
                PolicySettings.defaults().with("alerting.spikePendingIntervals", "3"));
        CrisisMonitor monitor = warmedUp(engine);
        try (monitor) {
            feed.push(SPIKE, SPIKE);
            assertThat(states()).containsExactly(AlertState.PENDING);

            feed.push(SPIKE);
            assertThat(states()).containsExactly(AlertState.PENDING, AlertState.FIRING);
        }
    }

    @Test
    void DET_19_a_firing_spike_resolves_only_after_the_resolve_window_of_clear_intervals() {
        CrisisMonitor monitor = warmedUp(Engines.defaults());
        try (monitor) {
            feed.push(SPIKE, SPIKE, SPIKE);
            long firstClear = feed.next();
            feed.pushOrdinary(5);
            assertThat(monitor.alertStates()).containsEntry(SPIKE_ALERT, AlertState.FIRING);

            feed.pushOrdinary(1);

            // six clear five-minute intervals cover the 30-minute resolve window
            assertThat(states()).containsExactly(AlertState.PENDING, AlertState.FIRING, AlertState.RESOLVED);
            SignalChange resolved = recorder.signals.get(2);
            assertThat(resolved.at()).isEqualTo(at(firstClear + 5));
            assertThat(resolved.notified()).isTrue();
            assertThat(resolved.explanation().policyIds()).contains("DET-19");
        }
    }

    @Test
    void DET_19_a_spike_that_keeps_coming_back_within_the_window_never_flaps() {
        CrisisMonitor monitor = warmedUp(Engines.defaults());
        try (monitor) {
            feed.push(SPIKE, SPIKE);
            for (int round = 0; round < 6; round++) {
                feed.pushOrdinary(4);
                feed.push(SPIKE);
            }

            assertThat(states()).containsExactly(AlertState.PENDING, AlertState.FIRING);
            assertThat(recorder.signals.stream().filter(SignalChange::notified)).hasSize(1);
        }
    }

    @Test
    void DET_19_the_resolve_window_is_a_setting() {
        CrisisEngine engine = Engines.defaults().withSettings(
                PolicySettings.defaults().with("alerting.resolveAfter", "10m"));
        CrisisMonitor monitor = warmedUp(engine);
        try (monitor) {
            feed.push(SPIKE, SPIKE);
            feed.pushOrdinary(2);

            assertThat(states()).containsExactly(AlertState.PENDING, AlertState.FIRING, AlertState.RESOLVED);
        }
    }

    @Test
    void DET_21_a_spike_that_fires_again_within_the_cool_down_is_not_notified_again() {
        CrisisMonitor monitor = warmedUp(Engines.defaults());
        try (monitor) {
            feed.push(SPIKE, SPIKE);
            feed.pushOrdinary(6);
            feed.push(SPIKE, SPIKE);

            assertThat(states()).containsExactly(AlertState.PENDING, AlertState.FIRING, AlertState.RESOLVED,
                    AlertState.PENDING, AlertState.FIRING);
            SignalChange again = recorder.signals.get(4);
            assertThat(again.notified()).isFalse();
            assertThat(again.suppressedBy()).contains("cool-down");
            assertThat(again.explanation().policyIds()).contains("DET-21");
            assertThat(monitor.alertStates()).containsEntry(SPIKE_ALERT, AlertState.FIRING);
        }
    }

    @Test
    void DET_21_the_resolution_of_a_firing_nobody_heard_of_is_not_notified() {
        CrisisMonitor monitor = warmedUp(Engines.defaults());
        try (monitor) {
            feed.push(SPIKE, SPIKE);
            feed.pushOrdinary(6);
            feed.push(SPIKE, SPIKE);
            feed.pushOrdinary(6);

            assertThat(states()).containsExactly(AlertState.PENDING, AlertState.FIRING, AlertState.RESOLVED,
                    AlertState.PENDING, AlertState.FIRING, AlertState.RESOLVED);
            assertThat(recorder.signals.get(2).notified()).as("its firing was notified").isTrue();
            assertThat(recorder.signals.get(4).notified()).as("within the cool-down").isFalse();
            SignalChange second = recorder.signals.get(5);
            assertThat(second.notified()).isFalse();
            assertThat(second.suppressedBy()).isEqualTo("its firing was not notified");
            assertThat(second.explanation().rules()).extracting(io.crisisrules.model.RuleRef::name)
                    .contains("DET-21 A resolution nobody heard fire is not notified");
        }
    }

    @Test
    void DET_19_a_resolution_reports_the_level_the_alert_had_and_the_deviation_of_its_interval() {
        CrisisMonitor monitor = warmedUp(Engines.defaults());
        try (monitor) {
            feed.push(2_000, 2_000);
            feed.pushOrdinary(6);

            assertThat(states()).containsExactly(AlertState.PENDING, AlertState.FIRING, AlertState.RESOLVED);
            SignalChange fired = recorder.signals.get(1);
            SignalChange resolved = recorder.signals.get(2);
            assertThat(fired.level()).isEqualTo(Severity.MAJOR);
            assertThat(resolved.level()).isEqualTo(Severity.MAJOR);
            assertThat(fired.deviation().zScore()).isGreaterThan(2.5);
            assertThat(fired.deviation().ratio()).isGreaterThan(8);
            assertThat(fired.deviation().baseline()).isEqualTo(fired.signal().reference());
            assertThat(resolved.deviation().zScore()).isLessThan(1.5);
        }
    }

    @Test
    void DET_21_after_the_cool_down_a_new_firing_is_notified() {
        CrisisMonitor monitor = warmedUp(Engines.defaults());
        try (monitor) {
            feed.push(SPIKE, SPIKE);
            feed.pushOrdinary((int) (java.time.Duration.ofHours(1).dividedBy(INTERVAL)));
            feed.push(SPIKE, SPIKE);

            List<SignalChange> firings = recorder.signals.stream().filter(SignalChange::isFiring).toList();
            assertThat(firings).hasSize(2).allMatch(SignalChange::notified);
        }
    }

    @Test
    void DET_21_a_firing_spike_whose_level_rises_is_notified_again_within_the_cool_down() {
        CrisisMonitor monitor = warmedUp(Engines.defaults());
        try (monitor) {
            feed.push(150, 150);
            feed.push(2_000);

            assertThat(states()).containsExactly(AlertState.PENDING, AlertState.FIRING, AlertState.FIRING);
            SignalChange first = recorder.signals.get(1);
            SignalChange raised = recorder.signals.get(2);
            assertThat(first.level()).isLessThan(Severity.MAJOR);
            assertThat(raised.level()).isEqualTo(Severity.MAJOR);
            assertThat(raised.from()).isEqualTo(AlertState.FIRING);
            assertThat(raised.isLevelRaise()).isTrue();
            assertThat(raised.isFiringStart()).isFalse();
            assertThat(first.isFiringStart()).isTrue();
            assertThat(raised.notified()).isTrue();
            assertThat(raised.explanation().policyIds()).contains("DET-21");
        }
    }

    @Test
    void intervals_must_arrive_in_time_order() {
        CrisisMonitor monitor = warmedUp(Engines.defaults());
        try (monitor) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> monitor.mentionCount(new MentionCount(at(feed.next() - 2), 10)))
                    .isInstanceOf(io.crisisrules.InvalidInputException.class)
                    .hasMessageContaining("mentionCount.at");
        }
    }
}
