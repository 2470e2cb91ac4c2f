package io.crisisrules.rules;

import io.crisisrules.CrisisMonitor;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.Channel;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.Mention;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalChange;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.MentionStreams;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import static io.crisisrules.rules.support.MentionStreams.at;
import static org.assertj.core.api.Assertions.assertThat;

/** How the streaming monitor groups alerts into one incident and inhibits lesser ones (DET-17, DET-20). */
class StreamingIncidentTest {
    private static final long SPIKE = 600;
    private static final String UNSUBSCRIBE_ALERT = "UNSUBSCRIBE_RISE/UNSUBSCRIBE_RATE/newsletter";

    private final MentionStreams.Recorder recorder = new MentionStreams.Recorder();
    private final Random noise = new Random(7);
    private MentionStreams.Feed feed;

    private CrisisMonitor warmedUp() {
        feed = MentionStreams.warmedUp(Engines.defaults(), recorder, noise);
        return feed.monitor();
    }

    private static MetricObservation unsubscribeRateUntil(Instant end, double rate) {
        return new MetricObservation(Metric.UNSUBSCRIBE_RATE, "newsletter",
                ObservationPeriod.of(end.minus(Duration.ofDays(7)), Duration.ofDays(7)), rate, 0.010, null);
    }

    @Test
    void DET_20_a_signal_firing_while_the_incident_is_open_joins_it() {
        try (CrisisMonitor monitor = warmedUp()) {
            feed.push(SPIKE, SPIKE);
            String id = monitor.incident().orElseThrow().id();

            monitor.metric(unsubscribeRateUntil(at(feed.next()), 0.015));

            assertThat(monitor.alertStates()).containsEntry(UNSUBSCRIBE_ALERT, AlertState.FIRING);
            assertThat(recorder.incidents).extracting(IncidentChange::kind)
                    .containsExactly(IncidentChange.Kind.OPENED, IncidentChange.Kind.UPDATED);
            IncidentChange updated = recorder.incidents.get(1);
            assertThat(updated.incident().id()).isEqualTo(id);
            assertThat(updated.incident().signalKeys()).hasSize(2)
                    .anyMatch(key -> key.startsWith("MENTION_SPIKE"))
                    .anyMatch(key -> key.startsWith("UNSUBSCRIBE_RISE"));
        }
    }

    @Test
    void DET_20_a_lesser_alert_under_an_open_major_incident_is_attached_not_raised() {
        try (CrisisMonitor monitor = warmedUp()) {
            for (int i = 0; i < 5; i++) {
                monitor.mention(new Mention(at(feed.next()).plusSeconds(i), Channel.X, true, 1_000_000, null));
            }
            feed.push(SPIKE, SPIKE);
            assertThat(monitor.incident().orElseThrow().severity()).isEqualTo(Severity.MAJOR);

            monitor.metric(unsubscribeRateUntil(at(feed.next()), 0.015));

            SignalChange attached = recorder.signals.stream()
                    .filter(change -> change.alertKey().equals(UNSUBSCRIBE_ALERT) && change.isFiring())
                    .findFirst().orElseThrow();
            assertThat(attached.level()).isEqualTo(Severity.MINOR);
            assertThat(attached.notified()).isFalse();
            assertThat(attached.suppressedBy()).contains("attached to open major incident");
            assertThat(attached.explanation().policyIds()).contains("DET-20");
            assertThat(monitor.incident().orElseThrow().signalKeys())
                    .anyMatch(key -> key.startsWith("UNSUBSCRIBE_RISE"));
        }
    }

    @Test
    void DET_20_after_the_grouping_window_without_firing_the_incident_goes_quiet_and_a_new_one_opens() {
        try (CrisisMonitor monitor = warmedUp()) {
            feed.push(SPIKE, SPIKE);
            String first = monitor.incident().orElseThrow().id();
            feed.pushOrdinary(Duration.ofHours(7).dividedBy(MentionStreams.INTERVAL));
            assertThat(monitor.incident()).isEmpty();

            feed.push(SPIKE, SPIKE);

            assertThat(recorder.incidents).extracting(IncidentChange::kind).containsExactly(
                    IncidentChange.Kind.OPENED, IncidentChange.Kind.QUIET, IncidentChange.Kind.OPENED);
            assertThat(recorder.incidents.get(1).incident().id()).isEqualTo(first);
            assertThat(monitor.incident().orElseThrow().id()).isNotEqualTo(first);
        }
    }

    @Test
    void DET_17_the_incident_takes_its_severity_from_the_last_hour_of_single_mentions() {
        try (CrisisMonitor monitor = warmedUp()) {
            feed.push(SPIKE, SPIKE);
            assertThat(monitor.incident().orElseThrow().severity()).isEqualTo(Severity.MINOR);

            for (int i = 0; i < 3; i++) {
                monitor.mention(new Mention(at(feed.next()).plusSeconds(i), Channel.FACEBOOK, true, 2_000_000, null));
            }
            feed.push(SPIKE);

            assertThat(monitor.lastHour().orElseThrow().negativeReach()).isEqualTo(6_000_000);
            assertThat(monitor.incident().orElseThrow().severity()).isEqualTo(Severity.MAJOR);
            assertThat(recorder.incidents.get(recorder.incidents.size() - 1).kind())
                    .isEqualTo(IncidentChange.Kind.UPDATED);
        }
    }

    @Test
    void DET_19_a_kpi_alert_resolves_after_clean_observations_spanning_the_resolve_window() {
        try (CrisisMonitor monitor = warmedUp()) {
            Instant t = at(feed.next());
            monitor.metric(unsubscribeRateUntil(t, 0.015));
            assertThat(monitor.alertStates()).containsEntry(UNSUBSCRIBE_ALERT, AlertState.FIRING);

            monitor.metric(unsubscribeRateUntil(t.plus(Duration.ofMinutes(10)), 0.010));
            assertThat(monitor.alertStates()).containsEntry(UNSUBSCRIBE_ALERT, AlertState.FIRING);

            monitor.metric(unsubscribeRateUntil(t.plus(Duration.ofMinutes(40)), 0.010));
            assertThat(monitor.alertStates()).containsEntry(UNSUBSCRIBE_ALERT, AlertState.RESOLVED);
            assertThat(recorder.signals).filteredOn(change -> change.alertKey().equals(UNSUBSCRIBE_ALERT))
                    .extracting(SignalChange::to)
                    .containsExactly(AlertState.PENDING, AlertState.FIRING, AlertState.RESOLVED);
        }
    }

    @Test
    void a_complaint_pushed_twice_is_rejected_naming_its_id() {
        try (CrisisMonitor monitor = warmedUp()) {
            io.crisisrules.model.Complaint complaint = new io.crisisrules.model.Complaint("c-1", "cust-9",
                    io.crisisrules.model.ComplaintChannel.PHONE, io.crisisrules.model.ComplaintStatus.OPEN, at(feed.next()),
                    io.crisisrules.model.Topic.DELIVERY);
            monitor.complaint(complaint);

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> monitor.complaint(complaint))
                    .isInstanceOf(io.crisisrules.InvalidInputException.class)
                    .hasMessageContaining("c-1");
        }
    }
}
