package io.crisisrules.rules;

import io.crisisrules.CrisisMonitor;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Mention;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.Fixtures;
import io.crisisrules.rules.support.MentionStreams;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A month of single mentions: working memory holds one hour of them, however long the monitor runs. */
class StreamingMemoryTest {
    private static final int DAYS = 30;
    /** Settings, alert tracks, the incident: what the monitor holds besides the hour of mentions. */
    private static final int FIXED_FACTS = 12;

    @Test
    void live_facts_stay_bounded_by_one_hour_of_mentions_over_a_month() {
        Random random = new Random(11);
        MentionStreams.Recorder recorder = new MentionStreams.Recorder();
        ArrayDeque<Instant> lastHour = new ArrayDeque<>();
        long maxFacts = 0;
        long pushed = 0;
        try (CrisisMonitor monitor = Engines.defaults().monitor(Fixtures.brand()).listener(recorder)
                .mentionInterval(MentionStreams.INTERVAL).start()) {
            long intervals = Duration.ofDays(DAYS).dividedBy(MentionStreams.INTERVAL);
            for (long i = 0; i < intervals; i++) {
                // a burst every five days, so alerts and incidents come and go during the month
                boolean burst = i % (5 * 288) >= 100 && i % (5 * 288) < 106;
                long count = burst ? 400 : MentionStreams.ordinary(i, random);
                Instant start = MentionStreams.at(i);
                for (long m = 0; m < count; m++) {
                    Instant at = start.plusMillis(m * MentionStreams.INTERVAL.toMillis() / count);
                    monitor.mention(new Mention(at, Channel.X, random.nextInt(4) == 0, 1 + random.nextInt(50), null));
                    lastHour.addLast(at);
                    pushed++;
                }
                while (!lastHour.isEmpty() && !lastHour.peekFirst().isAfter(start.minus(Duration.ofHours(1)))) {
                    lastHour.removeFirst();
                }
                long facts = monitor.liveFacts();
                assertThat(facts).as("facts at %s", start).isLessThanOrEqualTo(lastHour.size() + FIXED_FACTS);
                maxFacts = Math.max(maxFacts, facts);
            }
            assertThat(pushed).isGreaterThan(100 * maxFacts);
            assertThat(recorder.signals).anyMatch(change -> change.to() == AlertState.FIRING);
            assertThat(recorder.signals).anyMatch(change -> change.to() == AlertState.RESOLVED);
        }
    }
}
