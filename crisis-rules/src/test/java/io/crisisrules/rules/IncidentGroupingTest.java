package io.crisisrules.rules;

import io.crisisrules.model.Assessment;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.CustomerActivity;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.VerificationStatus;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Fixtures.LAST_HOUR;
import static io.crisisrules.rules.support.Fixtures.LAST_WEEK;
import static io.crisisrules.rules.support.Fixtures.againstBaseline;
import static io.crisisrules.rules.support.Fixtures.againstForecast;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

/** Grouping warning signals into one incident (DET-17) and continuing the brand's open incident (DET-20). */
class IncidentGroupingTest {
    private static final String GROUP = "DET-17 Warning signals of one brand raise a single incident";
    private static final String CONTINUE = "DET-20 New evidence while the brand has an open incident is grouped under it";
    private static final Instant EARLIER = NOW.minus(Duration.ofHours(5));

    private final RecordingListener recorder = new RecordingListener();

    private static Incident previous(IncidentStatus status) {
        return new Incident("acme-20260310T040000Z", "acme", EARLIER, status, FailureType.CAMPAIGN, CrisisType.NONE,
                CrisisType.NONE.responsibility(), VerificationStatus.NOT_APPLICABLE, Severity.MINOR, List.of(),
                List.of("ROI_DROP/ROI/spring-sale/2026-03-03T09:00:00Z/2026-03-10T09:00:00Z"), null, Explanation.NONE);
    }

    private static WarningSignal monitorSpike() {
        return new WarningSignal(SignalKind.MENTION_SPIKE, "MENTIONS", "all", LAST_HOUR, 400, 50,
                WarningSignal.ReferenceKind.BASELINE, 7.0);
    }

    // ---- DET-17 ---------------------------------------------------------------------------------

    @Test
    void DET_17_signals_of_different_kinds_and_handed_in_ones_make_one_incident_listing_them_all() {
        Assessment assessment = Engines.recording(recorder).evaluate(snapshot()
                .metric(againstBaseline(Metric.ROI, "spring-sale", 0.5, 1.0))
                .metric(againstForecast(Metric.MAIN_RESULT, "spring-sale", 500, 1_000))
                .metric(againstBaseline(Metric.CHURN_RATE, "subscribers", 0.04, 0.02))
                .signal(monitorSpike())
                .build());

        assertThat(assessment.signals()).hasSize(4);
        assertThat(assessment.incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.signalKeys()).containsExactlyInAnyOrderElementsOf(
                    assessment.signals().stream().map(WarningSignal::key).toList());
            assertThat(incident.id()).isEqualTo("acme-20260310T090000Z");
            assertThat(incident.detectedAt()).isEqualTo(NOW);
            assertThat(incident.status()).isEqualTo(IncidentStatus.DETECTED);
            assertThat(incident.explanation().policyIds()).contains("DET-17");
        });
        assertThat(recorder.count(GROUP)).isEqualTo(1);
    }

    @Test
    void DET_17_no_signal_means_no_incident_and_a_silent_customer_alone_opens_none() {
        Assessment nothing = Engines.recording(recorder).evaluate(snapshot()
                .metric(againstBaseline(Metric.ROI, "spring-sale", 0.9, 1.0)).build());
        Assessment silentOnly = Engines.recording(recorder).evaluate(snapshot()
                .customer(new CustomerActivity("cust-1", Duration.ofDays(7), NOW.minus(Duration.ofDays(30))))
                .build());

        assertThat(nothing.incidents()).isEmpty();
        assertThat(silentOnly.signals()).extracting(WarningSignal::kind).containsExactly(SignalKind.CUSTOMER_SILENT);
        assertThat(silentOnly.incidents()).isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-17")).isFalse();
    }

    @Test
    void DET_17_a_silent_customer_joins_an_incident_other_signals_opened() {
        Assessment assessment = Engines.defaults().evaluate(snapshot()
                .customer(new CustomerActivity("cust-1", Duration.ofDays(7), NOW.minus(Duration.ofDays(30))))
                .metric(againstBaseline(Metric.CHURN_RATE, "subscribers", 0.04, 0.02))
                .build());

        assertThat(assessment.incident()).get().satisfies(incident ->
                assertThat(incident.signalKeys()).hasSize(2).anyMatch(key -> key.startsWith("CUSTOMER_SILENT/")));
    }

    @Test
    void DET_17_a_handed_in_signal_detected_again_by_the_rules_is_listed_once() {
        WarningSignal spike = monitorSpike();
        List<MentionCount> history = new ArrayList<>();
        for (int back = 12; back >= 1; back--) {
            history.add(new MentionCount(LAST_HOUR.start().minus(Duration.ofHours(back)), 50));
        }
        history.add(new MentionCount(LAST_HOUR.start(), 400));

        Assessment assessment = Engines.recording(recorder).evaluate(snapshot()
                .signal(spike).mentionHistory(history).build());

        assertThat(recorder.firedRuleStartingWith("DET-14")).as("the rule detects the same spike").isTrue();
        assertThat(assessment.signals()).singleElement().isEqualTo(spike);
        assertThat(assessment.incident()).get().satisfies(incident ->
                assertThat(incident.signalKeys()).containsExactly(spike.key()));
    }

    @Test
    void DET_17_one_metric_over_a_week_and_over_its_first_day_gives_two_signals_with_two_keys() {
        Assessment assessment = Engines.defaults().evaluate(snapshot()
                .metric(againstBaseline(Metric.ROI, "spring-sale", 0.5, 1.0))
                .metric(new MetricObservation(Metric.ROI, "spring-sale",
                        ObservationPeriod.of(LAST_WEEK.start(), Duration.ofDays(1)), 0.4, 1.0, null))
                .build());

        assertThat(assessment.signals()).hasSize(2).extracting(WarningSignal::key).doesNotHaveDuplicates();
        assertThat(assessment.incident()).get().satisfies(incident ->
                assertThat(incident.signalKeys()).hasSize(2));
    }

    // ---- DET-20 ---------------------------------------------------------------------------------

    @Test
    void DET_20_new_signals_while_the_brand_has_an_open_incident_continue_it() {
        Incident previous = previous(IncidentStatus.RESPONDING);

        Assessment assessment = Engines.recording(recorder).evaluate(snapshot()
                .metric(againstBaseline(Metric.CHURN_RATE, "subscribers", 0.04, 0.02))
                .previousIncident(previous)
                .build());

        assertThat(assessment.incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.id()).isEqualTo(previous.id());
            assertThat(incident.detectedAt()).isEqualTo(EARLIER);
            assertThat(incident.status()).isEqualTo(IncidentStatus.RESPONDING);
            assertThat(incident.signalKeys()).singleElement().asString().startsWith("CHURN_RISE/");
            assertThat(incident.explanation().policyIds()).contains("DET-20", "DET-17");
        });
        assertThat(recorder.count(CONTINUE)).isEqualTo(1);
    }

    @Test
    void DET_20_an_open_incident_continues_even_when_this_evaluation_brings_no_new_signal() {
        Assessment assessment = Engines.recording(recorder).evaluate(snapshot()
                .previousIncident(previous(IncidentStatus.ACKNOWLEDGED))
                .build());

        assertThat(assessment.incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.id()).isEqualTo("acme-20260310T040000Z");
            assertThat(incident.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
            assertThat(incident.explanation().policyIds()).contains("DET-20").doesNotContain("DET-17");
        });
        assertThat(recorder.firedRuleStartingWith("DET-17")).isFalse();
    }

    @Test
    void DET_20_a_closed_or_resolved_incident_is_not_continued() {
        Assessment afterClosed = Engines.recording(recorder).evaluate(snapshot()
                .metric(againstBaseline(Metric.CHURN_RATE, "subscribers", 0.04, 0.02))
                .previousIncident(previous(IncidentStatus.CLOSED))
                .build());
        Assessment afterResolved = Engines.recording(recorder).evaluate(snapshot()
                .metric(againstBaseline(Metric.CHURN_RATE, "subscribers", 0.04, 0.02))
                .previousIncident(previous(IncidentStatus.RESOLVED))
                .build());
        Assessment quietAfterResolved = Engines.recording(recorder).evaluate(snapshot()
                .previousIncident(previous(IncidentStatus.RESOLVED))
                .build());

        for (Assessment assessment : List.of(afterClosed, afterResolved)) {
            assertThat(assessment.incidents()).singleElement().satisfies(incident -> {
                assertThat(incident.id()).isEqualTo("acme-20260310T090000Z");
                assertThat(incident.detectedAt()).isEqualTo(NOW);
                assertThat(incident.status()).isEqualTo(IncidentStatus.DETECTED);
                assertThat(incident.isOpen()).isTrue();
            });
        }
        // without new evidence the resolved incident is reported as it stands, for its follow-up plan
        assertThat(quietAfterResolved.incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.id()).isEqualTo("acme-20260310T040000Z");
            assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
        });
        assertThat(recorder.firedRuleStartingWith("DET-20")).isFalse();
    }

    @Test
    void DET_20_signals_detected_elsewhere_join_the_open_incident_once_each() {
        WarningSignal spike = monitorSpike();

        Assessment assessment = Engines.defaults().evaluate(snapshot()
                .signal(spike)
                .metric(againstBaseline(Metric.CHURN_RATE, "subscribers", 0.04, 0.02))
                .previousIncident(previous(IncidentStatus.DETECTED))
                .build());

        assertThat(assessment.incident()).get().satisfies(incident -> {
            assertThat(incident.id()).isEqualTo("acme-20260310T040000Z");
            assertThat(incident.signalKeys()).doesNotHaveDuplicates().contains(spike.key()).hasSize(2);
        });
        assertThat(spike.window()).isEqualTo(ObservationPeriod.of(NOW.minus(Duration.ofHours(1)), Duration.ofHours(1)));
    }
}
