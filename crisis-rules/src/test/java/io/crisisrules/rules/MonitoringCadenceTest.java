package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MonitoringPlan;
import io.crisisrules.model.Snapshot;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Fixtures.againstBaseline;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

/** PLAN-01: warning signals are checked daily, several times a day while a crisis is open. */
class MonitoringCadenceTest {
    private static final String DAILY = "PLAN-01 Warning signals are checked daily when no crisis is open";
    private static final String CRISIS = "PLAN-01 Warning signals are checked several times a day while a crisis is open";

    private final RecordingListener recorder = new RecordingListener();

    private static Snapshot calm() {
        return snapshot().metric(againstBaseline(Metric.ROI, "spring-sale", 0.95, 1.0)).build();
    }

    private static Snapshot inCrisis() {
        return snapshot().metric(againstBaseline(Metric.ROI, "spring-sale", 0.5, 1.0)).build();
    }

    private static CrisisEngine withSettings(String routine, String crisis) {
        return Engines.defaults().withSettings(Engines.defaults().settings()
                .with("response.routineMonitoring", routine).with("response.crisisMonitoring", crisis));
    }

    @Test
    void PLAN_01_without_an_open_crisis_signals_are_checked_daily() {
        Assessment assessment = Engines.recording(recorder).evaluate(calm());

        assertThat(assessment.incidents()).isEmpty();
        MonitoringPlan plan = assessment.monitoring();
        assertThat(plan.interval()).isEqualTo(Duration.ofHours(24));
        assertThat(plan.nextRunAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(plan.explanation().policyIds()).containsExactly("PLAN-01");
        assertThat(recorder.count(DAILY)).isEqualTo(1);
        assertThat(recorder.firedRuleStartingWith(CRISIS)).isFalse();
    }

    @Test
    void PLAN_01_while_a_crisis_is_open_signals_are_checked_every_two_hours() {
        Assessment assessment = Engines.recording(recorder).evaluate(inCrisis());

        assertThat(assessment.incident()).get().satisfies(incident -> assertThat(incident.isOpen()).isTrue());
        MonitoringPlan plan = assessment.monitoring();
        assertThat(plan.interval()).isEqualTo(Duration.ofHours(2));
        assertThat(plan.nextRunAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(plan.explanation().policyIds()).containsExactly("PLAN-01");
        assertThat(recorder.count(CRISIS)).isEqualTo(1);
        assertThat(recorder.firedRuleStartingWith(DAILY)).isFalse();
    }

    @Test
    void PLAN_01_both_cadences_are_settings() {
        CrisisEngine engine = withSettings("12h", "30m");

        assertThat(engine.evaluate(calm()).monitoring().interval()).isEqualTo(Duration.ofHours(12));
        assertThat(engine.evaluate(inCrisis()).monitoring().nextRunAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void PLAN_01_a_new_crisis_after_a_resolved_one_is_monitored_as_an_open_crisis() {
        Incident resolved = Engines.defaults().evaluate(inCrisis()).incident().orElseThrow();
        resolved = new Incident(resolved.id(), resolved.brandId(),
                resolved.detectedAt().minus(Duration.ofDays(3)), IncidentStatus.RESOLVED,
                resolved.failureType(), resolved.crisisType(), resolved.responsibility(), resolved.verification(),
                resolved.severity(), resolved.aggravatingFactors(), resolved.signalKeys(), null,
                resolved.explanation());

        Assessment quiet = Engines.defaults().evaluate(calm().toBuilder().previousIncident(resolved).build());
        Assessment again = Engines.defaults().evaluate(inCrisis().toBuilder().previousIncident(resolved).build());

        assertThat(quiet.monitoring().interval()).isEqualTo(Duration.ofHours(24));
        assertThat(again.monitoring().interval()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void PLAN_01_an_empty_snapshot_still_gets_the_daily_cadence() {
        assertThat(Engines.defaults().evaluate(snapshot().build()).monitoring().interval())
                .isEqualTo(Duration.ofHours(24));
    }
}
