package io.crisisrules.examples;

import io.crisisrules.CrisisEngine;
import io.crisisrules.examples.json.Scenario;
import io.crisisrules.examples.json.ScenarioFormat;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Incident;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.VerificationStatus;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.settings.PolicySettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** What a seasoned crisis manager expects from each example scenario drawn from the seed articles. */
class ExampleScenariosTest {
    private static final ScenarioFormat FORMAT = new ScenarioFormat();
    private static final CrisisEngine ENGINE = CrisisEngine.builder().build();

    static Assessment evaluate(String file) {
        Scenario scenario = FORMAT.read(Path.of("scenarios", file));
        return ENGINE.withSettings(PolicySettings.defaults().with(scenario.settings()))
                .withClock(Clock.fixed(scenario.now(), ZoneOffset.UTC))
                .evaluate(scenario.snapshot());
    }

    @Test
    void unverified_animal_testing_claim_is_a_major_unverified_rumour() {
        Assessment assessment = evaluate("cosmetics-animal-testing-claim.json");
        Incident incident = assessment.incident().orElseThrow();

        assertThat(incident.verification()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(incident.crisisType()).isEqualTo(CrisisType.BAD_BUZZ);
        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
        assertThat(assessment.signals()).extracting(WarningSignal::kind).contains(SignalKind.SENTIMENT_SHIFT);
        assertThat(assessment.actions(ActionKind.FIRST_RESPONSE)).singleElement().satisfies(first -> {
            assertThat(first.channel()).isEqualTo(Channel.INSTAGRAM);
            assertThat(first.due()).isEqualTo(incident.detectedAt().plus(Duration.ofHours(4)));
        });
        assertThat(assessment.decisionFor("ig-1004").orElseThrow().action()).isEqualTo(ModerationAction.DELETE_AND_REPORT);
        assertThat(assessment.moderation()).hasSize(6);
    }

    @Test
    void sliding_campaign_kpis_are_a_minor_campaign_failure_without_reputation_crisis() {
        Assessment assessment = evaluate("campaign-kpi-slide.json");
        Incident incident = assessment.incident().orElseThrow();

        assertThat(assessment.signals()).extracting(WarningSignal::kind).contains(SignalKind.UNSUBSCRIBE_RISE);
        assertThat(incident.failureType()).isEqualTo(FailureType.CAMPAIGN);
        assertThat(incident.crisisType()).isEqualTo(CrisisType.NONE);
        assertThat(incident.severity()).isEqualTo(Severity.MINOR);
        assertThat(assessment.actions(ActionKind.FIRST_RESPONSE).get(0).channel()).isEqualTo(Channel.INTERNAL);
    }

    @Test
    void delivery_failure_is_a_major_operational_product_service_criticism_answered_on_x() {
        Assessment assessment = evaluate("delivery-failure-bad-buzz.json");
        Incident incident = assessment.incident().orElseThrow();

        assertThat(incident.failureType()).isEqualTo(FailureType.OPERATIONAL);
        assertThat(incident.crisisType()).isEqualTo(CrisisType.PRODUCT_SERVICE_CRITICISM);
        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
        assertThat(assessment.actions(ActionKind.FIRST_RESPONSE).get(0).channel()).isEqualTo(Channel.X);
        assertThat(assessment.decisionFor("x-903").orElseThrow().action()).isEqualTo(ModerationAction.DELETE_AND_REPORT);
        assertThat(assessment.moderation()).hasSize(assessment.received().comments());
    }
}
