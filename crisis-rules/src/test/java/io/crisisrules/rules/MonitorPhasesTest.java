package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.FiredRule;
import io.crisisrules.RuleListener;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.MentionStreams;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.crisisrules.rules.support.MentionStreams.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A monitor runs only the phases it needs (issue 17): detection for its KPI points and complaints,
 * classification to group what fired into an incident, its own monitoring phase for alert states;
 * never the plan (decision) or moderation, which a batch evaluation would resolve to throw away.
 */
class MonitorPhasesTest {

    @Test
    void kpi_points_and_firing_alerts_run_detection_classification_and_monitoring_only() {
        List<FiredRule> fired = new CopyOnWriteArrayList<>();
        RuleListener recording = fired::add;
        CrisisEngine engine = Engines.defaults().withListener(recording);
        MentionStreams.Recorder recorder = new MentionStreams.Recorder();
        MentionStreams.Feed feed = MentionStreams.warmedUp(engine, recorder, new Random(7));
        try (CrisisMonitor monitor = feed.monitor()) {
            feed.push(600, 600);
            Instant end = at(feed.next());
            monitor.metric(new MetricObservation(Metric.UNSUBSCRIBE_RATE, "newsletter",
                    ObservationPeriod.of(end.minus(Duration.ofDays(7)), Duration.ofDays(7)), 0.015, 0.010, null));

            assertThat(monitor.incident()).as("the firings were grouped into an incident").isPresent();
        }

        assertThat(fired).extracting(FiredRule::phase).contains("detection", "classification", "monitoring")
                .doesNotContain("decision", "escalation", "moderation");
    }
}
