package io.crisisrules.rules;

import io.crisisrules.CrisisMonitor;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.SignalChange;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.Fixtures;
import io.crisisrules.rules.support.MentionStreams;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Properties of the streaming monitor over random mention series: replays are deterministic, and
 * alert state changes follow DET-18, DET-19 and DET-21 whatever the series.
 */
class StreamingProperties {
    /** Each try replays thousands of intervals twice, so this property runs a tenth of the usual tries. */
    private static final int TRIES = Math.max(5, Integer.getInteger("crisis.tries", 100) / 10);

    /** A random series: a daily cycle scaled to a level, noise, and a few bursts of random height and length. */
    record Series(long seed, int level, int days, int bursts) {
        List<MentionCount> counts() {
            Random random = new Random(seed);
            int intervals = (int) Duration.ofDays(days).dividedBy(MentionStreams.INTERVAL);
            long[] values = new long[intervals];
            for (int i = 0; i < intervals; i++) {
                values[i] = MentionStreams.ordinary(i, random) * level / 50;
            }
            for (int b = 0; b < bursts; b++) {
                int start = random.nextInt(intervals);
                int length = 1 + random.nextInt(12);
                long height = level * (2L + random.nextInt(20));
                for (int i = start; i < Math.min(intervals, start + length); i++) {
                    values[i] += height;
                }
            }
            List<MentionCount> counts = new ArrayList<>(intervals);
            for (int i = 0; i < intervals; i++) {
                counts.add(new MentionCount(MentionStreams.at(i), values[i]));
            }
            return counts;
        }
    }

    private static Gen<Series> series() {
        return longs().all().zip(integers().between(1, 400), integers().between(4, 7), integers().between(0, 8),
                (seed, level, days, bursts) -> new Series(seed, level, days, bursts));
    }

    private static List<SignalChange> replay(Series series) {
        MentionStreams.Recorder recorder = new MentionStreams.Recorder();
        try (CrisisMonitor monitor = Engines.defaults().monitor(Fixtures.brand()).listener(recorder).start()) {
            series.counts().forEach(monitor::mentionCount);
        }
        return recorder.signals;
    }

    @Test
    void a_replay_of_the_same_series_reports_the_same_changes() {
        qt().withExamples(TRIES).forAll(series())
                .checkAssert(series -> assertThat(replay(series)).isEqualTo(replay(series)));
    }

    @Test
    void alert_states_change_only_along_the_alerting_state_machine() {
        Duration cooldown = Engines.defaults().settings().alerting().cooldown();
        int[] firings = {0};
        qt().withExamples(TRIES).forAll(series()).checkAssert(series -> {
            Map<String, AlertState> state = new HashMap<>();
            Map<String, SignalChange> lastNotifiedFiring = new HashMap<>();
            for (SignalChange change : replay(series)) {
                AlertState before = state.getOrDefault(change.alertKey(), AlertState.INACTIVE);
                assertThat(change.from()).as("from of %s", change).isEqualTo(before);
                switch (change.to()) {
                    case PENDING -> assertThat(before).isIn(AlertState.INACTIVE, AlertState.RESOLVED);
                    case FIRING -> assertThat(before).as("DET-18: fires only from pending, or rises while firing")
                            .isIn(AlertState.PENDING, AlertState.FIRING);
                    case RESOLVED -> assertThat(before).as("DET-19").isEqualTo(AlertState.FIRING);
                    case INACTIVE -> assertThat(before).isEqualTo(AlertState.PENDING);
                }
                if (change.isFiring() && change.notified()) {
                    firings[0]++;
                    SignalChange previous = lastNotifiedFiring.get(change.alertKey());
                    if (previous != null && change.at().isBefore(previous.at().plus(cooldown))) {
                        assertThat(change.level()).as("DET-21: within the cool-down only a higher level")
                                .isGreaterThan(previous.level());
                    }
                    lastNotifiedFiring.put(change.alertKey(), change);
                }
                state.put(change.alertKey(), change.to());
            }
        });
        assertThat(firings[0]).as("notified firings across all tries").isPositive();
    }
}
