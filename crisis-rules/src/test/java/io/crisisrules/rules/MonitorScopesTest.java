package io.crisisrules.rules;

import io.crisisrules.CrisisMonitor;
import io.crisisrules.InvalidInputException;
import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.Topic;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.model.WarningSignal.ReferenceKind;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.Fixtures;
import io.crisisrules.rules.support.MentionStreams;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * KPI and complaint scopes expire from a monitor as single mentions do (issue 19): by event time
 * and by count, and a restored monitor forgets exactly what the uninterrupted one does.
 */
class MonitorScopesTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final int SCOPES = 20_000;

    private static MetricObservation churn(String scope, Instant end, double rate) {
        return new MetricObservation(Metric.CHURN_RATE, scope, ObservationPeriod.of(end.minus(Duration.ofDays(1)),
                Duration.ofDays(1)), rate, 0.02, null);
    }

    /** A checkpoint of a monitor that holds {@code scopes} KPI points and as many alerts at rest. */
    private static MonitorCheckpoint holding(int scopes) {
        MonitorCheckpoint empty;
        try (CrisisMonitor monitor = Engines.defaults().monitor(Fixtures.brand()).start()) {
            monitor.advanceTo(START);
            empty = monitor.checkpoint();
        }
        List<MetricObservation> points = new ArrayList<>();
        List<MonitorCheckpoint.Alert> alerts = new ArrayList<>();
        for (int i = 0; i < scopes; i++) {
            MetricObservation point = churn("product-" + i, START, 0.02);
            points.add(point);
            WarningSignal signal = new WarningSignal(SignalKind.CHURN_RISE, point.metric().name(), point.scope(),
                    point.period(), 0.04, 0.02, ReferenceKind.BASELINE, 1.0);
            alerts.add(new MonitorCheckpoint.Alert(SignalKind.CHURN_RISE + "/" + point.metric() + "/" + point.scope(),
                    i % 2 == 0 ? AlertState.RESOLVED : AlertState.INACTIVE, 0, START.minus(Duration.ofHours(1)),
                    null, null, Severity.MINOR, signal, null, null, false));
        }
        return new MonitorCheckpoint(empty.version(), empty.brandId(), empty.mentionInterval(), empty.now(), alerts,
                empty.recentFirings(), empty.lastFiringAt(), empty.incident(), empty.baseline(), empty.countsPushed(),
                empty.openInterval(), empty.mentions(), points, empty.complaints(), empty.evidenceChanged(),
                empty.lastHourHadMentions());
    }

    @Test
    void twenty_thousand_kpi_scopes_at_rest_are_forgotten_once_the_retention_has_passed() {
        MonitorCheckpoint full = holding(SCOPES);
        try (CrisisMonitor monitor = Engines.defaults().monitor(Fixtures.brand()).restore(full)
                .scopes(Duration.ofDays(7), 50_000).start()) {
            monitor.advanceTo(START.plus(Duration.ofDays(6)));
            assertThat(monitor.checkpoint().metrics()).as("within the retention: kept").hasSize(SCOPES);
            assertThat(monitor.alertStates()).hasSize(SCOPES);
            long factsBefore = monitor.liveFacts();

            monitor.advanceTo(START.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(1)));
            MonitorCheckpoint after = monitor.checkpoint();
            assertThat(after.metrics()).isEmpty();
            assertThat(after.alerts()).isEmpty();
            assertThat(monitor.liveFacts()).isLessThan(factsBefore - SCOPES + 100);

            // a KPI push now sees only itself
            monitor.metric(churn("product-new", START.plus(Duration.ofDays(8)), 0.02));
            assertThat(monitor.checkpoint().metrics()).extracting(MetricObservation::scope).containsExactly("product-new");
        }
    }

    @Test
    void past_the_bound_the_points_whose_period_ended_first_are_forgotten_and_complaints_too() {
        try (CrisisMonitor monitor = Engines.defaults().monitor(Fixtures.brand()).scopes(Duration.ofDays(7), 50)
                .start()) {
            for (int i = 0; i < 200; i++) {
                monitor.metric(churn("product-" + i, START.plus(Duration.ofMinutes(i)), 0.02));
            }
            for (int i = 0; i < 80; i++) {
                monitor.complaint(new Complaint("k" + i, "u" + i, ComplaintChannel.EMAIL, ComplaintStatus.OPEN,
                        START.plus(Duration.ofMinutes(200 + i)), Topic.DELIVERY));
            }
            MonitorCheckpoint checkpoint = monitor.checkpoint();
            assertThat(checkpoint.metrics()).hasSize(50).extracting(MetricObservation::scope)
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(150, 200)
                            .mapToObj(i -> "product-" + i).toList());
            assertThat(checkpoint.complaints()).hasSize(50).extracting(Complaint::id).startsWith("k30").endsWith("k79");
        }
    }

    @Test
    void a_firing_kpi_alert_is_never_forgotten_and_resolves_as_before() {
        try (CrisisMonitor monitor = Engines.defaults().monitor(Fixtures.brand()).scopes(Duration.ofHours(1), 10)
                .start()) {
            monitor.metric(churn("subscribers", START, 0.08));
            String key = SignalKind.CHURN_RISE + "/" + Metric.CHURN_RATE + "/subscribers";
            assertThat(monitor.alertStates()).containsEntry(key, AlertState.FIRING);

            monitor.advanceTo(START.plus(Duration.ofDays(3)));
            assertThat(monitor.alertStates()).as("firing: kept past the retention").containsEntry(key, AlertState.FIRING);
            // the point expired: the next KPI push reads the alert as clear, and it resolves
            monitor.metric(churn("other", START.plus(Duration.ofDays(3)), 0.02));
            monitor.metric(churn("other", START.plus(Duration.ofDays(3)).plus(Duration.ofHours(1)), 0.02));
            assertThat(monitor.alertStates()).containsEntry(key, AlertState.RESOLVED);
        }
    }

    @Test
    void a_monitor_restored_midway_forgets_exactly_what_the_uninterrupted_one_forgets() {
        MentionStreams.Recorder straight = new MentionStreams.Recorder();
        MentionStreams.Recorder resumed = new MentionStreams.Recorder();
        MonitorCheckpoint end;
        try (CrisisMonitor monitor = Engines.defaults().monitor(Fixtures.brand()).listener(straight)
                .scopes(Duration.ofDays(2), 30).start()) {
            for (int step = 0; step < 120; step++) {
                push(monitor, step);
            }
            end = monitor.checkpoint();
        }
        MonitorCheckpoint middle;
        try (CrisisMonitor monitor = Engines.defaults().monitor(Fixtures.brand()).listener(resumed)
                .scopes(Duration.ofDays(2), 30).start()) {
            for (int step = 0; step < 60; step++) {
                push(monitor, step);
            }
            middle = monitor.checkpoint();
        }
        try (CrisisMonitor monitor = Engines.defaults().monitor(Fixtures.brand()).listener(resumed)
                .scopes(Duration.ofDays(2), 30).restore(middle).start()) {
            for (int step = 60; step < 120; step++) {
                push(monitor, step);
            }
            assertThat(monitor.checkpoint()).isEqualTo(end);
        }
        assertThat(resumed.signals).isEqualTo(straight.signals);
        assertThat(straight.signals).anyMatch(change -> change.to() == AlertState.FIRING);
        assertThat(end.metrics().size()).isLessThanOrEqualTo(30);
    }

    /** Step {@code step} of a stream over five days: KPI points of ever new scopes, some breaching. */
    private static void push(CrisisMonitor monitor, int step) {
        Instant at = START.plus(Duration.ofHours(step));
        monitor.metric(churn("product-" + step % 45, at, step % 7 == 0 ? 0.08 : 0.02));
        if (step % 5 == 0) {
            monitor.complaint(new Complaint("k" + step, "u" + step, ComplaintChannel.EMAIL, ComplaintStatus.OPEN, at,
                    Topic.DELIVERY));
        }
    }

    @Test
    void bounds_out_of_range_are_refused_naming_the_value() {
        CrisisMonitor.Builder builder = Engines.defaults().monitor(Fixtures.brand());
        assertThatThrownBy(() -> builder.scopes(Duration.ofMinutes(5), 10)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("scopes.retention").hasMessageContaining("PT5M");
        assertThatThrownBy(() -> builder.scopes(Duration.ofDays(1), 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("scopes.maxScopes").hasMessageContaining("0");
    }
}
