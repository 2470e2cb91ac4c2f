package io.crisisrules.examples;

import io.crisisrules.CrisisEngine;
import io.crisisrules.json.Scenario;
import io.crisisrules.json.ScenarioFormat;
import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.ReadinessGap;
import io.crisisrules.model.ResponseAction;
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
    void unverified_animal_testing_claim_is_a_moderate_unverified_rumour() {
        Assessment assessment = evaluate("cosmetics-animal-testing-claim.json");
        Incident incident = assessment.incident().orElseThrow();

        assertThat(incident.verification()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(incident.crisisType()).isEqualTo(CrisisType.BAD_BUZZ);
        // 51,000 people an hour and one critical influencer with fewer followers than TYP-05 asks:
        // moderate, so no crisis team nor executive statement yet
        assertThat(incident.severity()).isEqualTo(Severity.MODERATE);
        assertThat(incident.cluster()).isEqualTo(CrisisType.Responsibility.VICTIM);
        assertThat(assessment.signals()).extracting(WarningSignal::kind).contains(SignalKind.SENTIMENT_SHIFT);
        assertThat(assessment.actions(ActionKind.FIRST_RESPONSE)).singleElement().satisfies(first -> {
            assertThat(first.channel()).isEqualTo(Channel.INSTAGRAM);
            assertThat(first.due()).isEqualTo(incident.detectedAt().plus(Duration.ofHours(4)));
        });
        assertThat(assessment.decisionFor("ig-1004").orElseThrow().action()).isEqualTo(ModerationAction.DELETE_AND_REPORT);
        assertThat(assessment.moderation()).hasSize(6);
        assertThat(kinds(assessment)).containsExactly(ActionKind.VALIDATE_CLAIM,
                ActionKind.INSTRUCTING_INFORMATION, ActionKind.ADJUSTING_INFORMATION, ActionKind.HOLDING_REPLY,
                ActionKind.FIRST_RESPONSE, ActionKind.LEGAL_REVIEW, ActionKind.INTERNAL_AUDIT,
                ActionKind.EXTERNAL_ANALYSIS, ActionKind.CONTACT_INFLUENCER,
                ActionKind.COMMUNICATION_PLAN, ActionKind.EXECUTE_COMMUNICATION, ActionKind.FOLLOW_UP_REVIEW);
        assertThat(assessment.actions()).noneMatch(action -> action.kind().isSubstantive());
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
        assertThat(kinds(assessment)).containsExactly(ActionKind.FIRST_RESPONSE, ActionKind.INTERNAL_AUDIT,
                ActionKind.EXTERNAL_ANALYSIS, ActionKind.CAMPAIGN_RECOVERY, ActionKind.COMMUNICATION_PLAN,
                ActionKind.EXECUTE_COMMUNICATION, ActionKind.FOLLOW_UP_REVIEW);
        assertThat(assessment.actions()).noneMatch(action -> action.kind().isSubstantive());
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
        assertThat(incident.responsibility()).isEqualTo(CrisisType.Responsibility.PREVENTABLE);
        assertThat(kinds(assessment)).containsExactly(ActionKind.CONVENE_CRISIS_TEAM, ActionKind.RESOLVE_COMPLAINTS,
                ActionKind.INSTRUCTING_INFORMATION, ActionKind.ADJUSTING_INFORMATION, ActionKind.FIRST_RESPONSE,
                ActionKind.INVESTIGATE, ActionKind.INTERNAL_AUDIT, ActionKind.EXTERNAL_ANALYSIS,
                ActionKind.EXECUTIVE_STATEMENT, ActionKind.APOLOGISE, ActionKind.CORRECTIVE_MEASURES,
                ActionKind.OFFER_COMPENSATION, ActionKind.EXPLAIN_CIRCUMSTANCES, ActionKind.IMPROVE_QUALITY,
                ActionKind.COMMUNICATION_PLAN, ActionKind.EXECUTE_COMMUNICATION, ActionKind.FOLLOW_UP_REVIEW);
        assertThat(assessment.actions(ActionKind.RESOLVE_COMPLAINTS).get(0).due())
                .isEqualTo(incident.detectedAt().plus(Duration.ofHours(4)));
    }

    @Test
    void three_hours_in_a_late_approval_of_the_first_response_is_escalated_and_done_actions_are_not_repeated() {
        Assessment assessment = evaluate("delivery-failure-approval-late.json");
        Incident incident = assessment.incident().orElseThrow();

        assertThat(incident.id()).isEqualTo("colis-express-shop-20261120T180000Z");
        assertThat(incident.status()).isEqualTo(IncidentStatus.RESPONDING);
        assertThat(assessment.actions().get(0).kind()).isEqualTo(ActionKind.ESCALATE_APPROVAL);
        assertThat(assessment.actions().get(0).subject()).isEqualTo("FIRST_RESPONSE");
        assertThat(assessment.actions(ActionKind.HOLDING_REPLY).get(0).due())
                .isEqualTo(incident.detectedAt().plus(Duration.ofHours(4)));
        assertThat(kinds(assessment)).doesNotContain(ActionKind.CONVENE_CRISIS_TEAM, ActionKind.INSTRUCTING_INFORMATION)
                .contains(ActionKind.FIRST_RESPONSE);
        assertThat(assessment.deadlineOf("INSTRUCTING_INFORMATION").orElseThrow().sla())
                .isEqualTo(ActionDeadline.Sla.FULFILLED);
        assertThat(assessment.breached()).isEmpty();
    }

    @Test
    void closing_the_delivery_crisis_produces_the_post_crisis_plan_and_the_readiness_audit_its_gaps() {
        Assessment assessment = evaluate("delivery-failure-closed.json");

        assertThat(assessment.incident().orElseThrow().status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(kinds(assessment)).containsExactly(ActionKind.POST_CRISIS_REVIEW, ActionKind.AMBASSADOR_PROGRAMME,
                ActionKind.REPUTATION_REPAIR, ActionKind.UPDATE_CHARTER_AND_TRAINING, ActionKind.TRUST_REBUILDING);
        assertThat(assessment.actions(ActionKind.TRUST_REBUILDING).get(0).due())
                .isEqualTo(java.time.Instant.parse("2026-12-04T09:00:00Z").plus(Duration.ofDays(270)));
        assertThat(assessment.readinessGaps()).extracting(ReadinessGap::kind).containsExactly(
                ReadinessGap.Kind.MONITORING, ReadinessGap.Kind.CRISIS_TEAM, ReadinessGap.Kind.INTERNAL_PROTOCOL,
                ReadinessGap.Kind.SOCIAL_MEDIA_STRATEGY, ReadinessGap.Kind.CRM_CAPTURE, ReadinessGap.Kind.ROI_INDICATORS);
    }

    private static java.util.List<ActionKind> kinds(Assessment assessment) {
        return assessment.actions().stream().map(ResponseAction::kind).toList();
    }
}
