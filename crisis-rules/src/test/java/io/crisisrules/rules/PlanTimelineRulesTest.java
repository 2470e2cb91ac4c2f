package io.crisisrules.rules;

import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.invariants.PolicyInvariants;
import io.crisisrules.model.Claim;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.Metric;
import io.crisisrules.model.PublicStatement;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.model.TypeOverride;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Fixtures.againstBaseline;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static io.crisisrules.rules.support.Plans.claim;
import static io.crisisrules.rules.support.Plans.complaint;
import static io.crisisrules.rules.support.Plans.evaluateAt;
import static io.crisisrules.rules.support.Plans.kinds;
import static io.crisisrules.rules.support.Plans.minorBuzz;
import static io.crisisrules.rules.support.Plans.only;
import static org.assertj.core.api.Assertions.assertThat;

/** The dated timeline (PLAN-02…PLAN-06) and deadline tracking with escalation (RSP-14). */
class PlanTimelineRulesTest {
    private final RecordingListener recorder = new RecordingListener();

    private static Snapshot.Builder crisis() {
        return snapshot().mentions(minorBuzz(Map.of(Topic.DELIVERY, 40L)));
    }

    /** The incident of a first evaluation at NOW, for the host to hand back later. */
    private static Incident detected() {
        return Engines.defaults().evaluate(crisis().build()).incident().orElseThrow();
    }

    @Test
    void PLAN_02_PLAN_03_audit_and_external_analysis_start_at_once_in_parallel() {
        Assessment assessment = Engines.recording(recorder).evaluate(crisis().build());

        ResponseAction audit = only(assessment, ActionKind.INTERNAL_AUDIT);
        ResponseAction analysis = only(assessment, ActionKind.EXTERNAL_ANALYSIS);
        assertThat(audit.due()).isEqualTo(NOW.plus(Duration.ofHours(24))).isEqualTo(analysis.due());
        assertThat(audit.channel()).isEqualTo(Channel.INTERNAL);
        assertThat(audit.explanation().policyIds()).containsExactly("PLAN-02");
        assertThat(analysis.explanation().policyIds()).containsExactly("PLAN-03");
        assertThat(recorder.firedRuleStartingWith("PLAN-03")).isTrue();
    }

    @Test
    void PLAN_04_PLAN_05_the_communication_is_planned_after_the_audit_and_executed_when_ready() {
        Assessment assessment = Engines.defaults().evaluate(crisis().build());

        Instant planned = NOW.plus(Duration.ofHours(24 + 48));
        assertThat(only(assessment, ActionKind.COMMUNICATION_PLAN).due()).isEqualTo(planned);
        assertThat(only(assessment, ActionKind.COMMUNICATION_PLAN).explanation().policyIds()).containsExactly("PLAN-04");
        ResponseAction execution = only(assessment, ActionKind.EXECUTE_COMMUNICATION);
        assertThat(execution.due()).isEqualTo(planned);
        assertThat(execution.channel()).isEqualTo(Channel.X);
        assertThat(execution.explanation().policyIds()).contains("PLAN-05");
        assertThat(kinds(assessment).indexOf(ActionKind.COMMUNICATION_PLAN))
                .isLessThan(kinds(assessment).indexOf(ActionKind.EXECUTE_COMMUNICATION));
    }

    @Test
    void PLAN_04_the_planning_window_is_a_setting() {
        Assessment assessment = Engines.defaults()
                .withSettings(Engines.defaults().settings().with("response.planningWithin", "24h"))
                .evaluate(crisis().build());

        assertThat(only(assessment, ActionKind.COMMUNICATION_PLAN).due()).isEqualTo(NOW.plus(Duration.ofHours(48)));
    }

    @Test
    void PLAN_01_signals_are_checked_several_times_a_day_while_a_crisis_is_open_and_daily_otherwise() {
        Assessment open = Engines.recording(recorder).evaluate(crisis().build());
        assertThat(open.monitoring().interval()).isEqualTo(Duration.ofHours(2));
        assertThat(open.monitoring().nextRunAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(open.monitoring().explanation().policyIds()).containsExactly("PLAN-01");

        Assessment quiet = Engines.defaults().evaluate(snapshot().build());
        assertThat(quiet.monitoring().interval()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void PLAN_06_results_are_reviewed_weekly_counted_from_detection() {
        Incident incident = detected();
        assertThat(only(Engines.defaults().evaluate(crisis().build()), ActionKind.FOLLOW_UP_REVIEW).due())
                .isEqualTo(NOW.plus(Duration.ofDays(7)));

        Assessment tenDaysLater = evaluateAt(NOW.plus(Duration.ofDays(10)),
                crisis().previousIncident(incident).build());
        assertThat(only(tenDaysLater, ActionKind.FOLLOW_UP_REVIEW).due()).isEqualTo(NOW.plus(Duration.ofDays(14)));
    }

    @Test
    void PLAN_02_to_PLAN_06_the_timeline_is_planned_for_a_marketing_failure_too() {
        Assessment assessment = Engines.defaults().evaluate(snapshot()
                .metric(againstBaseline(Metric.UNSUBSCRIBE_RATE, "newsletter", 0.01, 0.004)).build());

        assertThat(kinds(assessment)).contains(ActionKind.INTERNAL_AUDIT, ActionKind.EXTERNAL_ANALYSIS,
                ActionKind.COMMUNICATION_PLAN, ActionKind.EXECUTE_COMMUNICATION, ActionKind.FOLLOW_UP_REVIEW);
    }

    @Test
    void RSP_14_a_deadline_is_active_until_due() {
        Assessment assessment = Engines.defaults().evaluate(crisis().build());

        assertThat(assessment.deadlineOf("FIRST_RESPONSE").orElseThrow().sla()).isEqualTo(ActionDeadline.Sla.ACTIVE);
        assertThat(assessment.breached()).isEmpty();
        assertThat(assessment.deadlines()).hasSameSizeAs(assessment.actions());
    }

    @Test
    void RSP_14_a_first_response_not_published_in_time_is_breached_and_escalated() {
        Incident incident = detected();
        Instant later = NOW.plus(Duration.ofHours(5));

        Assessment assessment = Engines.recording(recorder).withClock(Clock.fixed(later, ZoneOffset.UTC))
                .evaluate(crisis().previousIncident(incident).build());

        assertThat(assessment.deadlineOf("FIRST_RESPONSE").orElseThrow().sla()).isEqualTo(ActionDeadline.Sla.BREACHED);
        ResponseAction escalation = assessment.actions(ActionKind.ESCALATE_OVERDUE).stream()
                .filter(a -> "FIRST_RESPONSE".equals(a.subject())).findFirst().orElseThrow();
        assertThat(escalation.due()).isEqualTo(later);
        assertThat(escalation.owner()).isEqualTo(io.crisisrules.model.OwnerRole.MANAGEMENT);
        assertThat(escalation.explanation().policyIds()).containsExactly("RSP-14");
        assertThat(assessment.actions(ActionKind.FIRST_RESPONSE)).hasSize(1);
    }

    @Test
    void RSP_14_a_published_response_is_not_suggested_again_and_its_deadline_is_fulfilled() {
        Incident incident = detected();
        Snapshot snapshot = crisis().previousIncident(incident)
                .progress(new ActionProgress(incident.id(), "FIRST_RESPONSE", ActionProgress.State.PUBLISHED,
                        NOW.plus(Duration.ofHours(2))))
                .progress(new ActionProgress(incident.id(), "INSTRUCTING_INFORMATION", ActionProgress.State.COMPLETED,
                        NOW.plus(Duration.ofHours(6))))
                .build();

        Assessment assessment = evaluateAt(NOW.plus(Duration.ofHours(8)), snapshot);

        assertThat(kinds(assessment)).doesNotContain(ActionKind.FIRST_RESPONSE, ActionKind.INSTRUCTING_INFORMATION);
        assertThat(assessment.deadlineOf("FIRST_RESPONSE").orElseThrow())
                .satisfies(d -> assertThat(d.sla()).isEqualTo(ActionDeadline.Sla.FULFILLED))
                .satisfies(d -> assertThat(d.doneAt()).isEqualTo(NOW.plus(Duration.ofHours(2))));
        assertThat(assessment.deadlineOf("INSTRUCTING_INFORMATION").orElseThrow().sla())
                .isEqualTo(ActionDeadline.Sla.FULFILLED_LATE);
        assertThat(assessment.actions(ActionKind.ESCALATE_OVERDUE)).extracting(ResponseAction::subject)
                .doesNotContain("FIRST_RESPONSE", "INSTRUCTING_INFORMATION")
                .contains("ADJUSTING_INFORMATION");
    }

    @Test
    void RSP_14_an_action_the_brand_already_did_in_public_is_not_escalated() {
        Incident incident = detected();
        // a holding statement an hour after detection is the first response (RSP-01), given in time
        Snapshot snapshot = crisis().previousIncident(incident)
                .statement(new PublicStatement(NOW.plus(Duration.ofHours(1)), PublicStatement.Stance.HOLDING, null, null))
                .build();

        Assessment assessment = evaluateAt(NOW.plus(Duration.ofHours(8)), snapshot);

        assertThat(assessment.deadlineOf("FIRST_RESPONSE").orElseThrow().sla()).isEqualTo(ActionDeadline.Sla.FULFILLED);
        assertThat(assessment.actions()).filteredOn(action -> action.kind().isEscalation())
                .extracting(ResponseAction::subject).isNotEmpty().doesNotContain("FIRST_RESPONSE");
        assertThat(PolicyInvariants.everyEscalationConcernsAPlannedAction().check(snapshot, assessment,
                Engines.defaults())).isEmpty();
    }

    @Test
    void RSP_14_an_action_RSP_18_withdrew_is_not_escalated() {
        // customers lost a service (a complaint), so compensation is proposed; the main claim is shown
        // false, so RSP-18 withdraws it; three days on, what remains of the plan is overdue
        Snapshot first = snapshot()
                .typeOverride(new TypeOverride(null, CrisisType.PRODUCT_SERVICE_CRITICISM))
                .claim(claim("c1", Claim.Status.REFUTED, true))
                .complaint(complaint("k1", Topic.PRODUCT_QUALITY, ComplaintStatus.OPEN))
                .build();
        Incident incident = Engines.defaults().evaluate(first).incident().orElseThrow();
        Snapshot later = snapshot()
                .typeOverride(new TypeOverride(null, CrisisType.PRODUCT_SERVICE_CRITICISM))
                .claim(claim("c1", Claim.Status.REFUTED, true))
                .complaint(complaint("k1", Topic.PRODUCT_QUALITY, ComplaintStatus.OPEN))
                .previousIncident(incident)
                .build();

        RecordingListener fired = new RecordingListener();
        Assessment assessment = Engines.defaults().withListener(fired)
                .withClock(Clock.fixed(NOW.plus(Duration.ofDays(3)), ZoneOffset.UTC)).evaluate(later);

        assertThat(fired.firedRuleStartingWith("RSP-03 A product or service criticism in which customers lost")).isTrue();
        assertThat(fired.firedRuleStartingWith("RSP-18 A plan that shows the main claims are false")).isTrue();
        assertThat(kinds(assessment)).contains(ActionKind.PRESENT_EVIDENCE, ActionKind.ESCALATE_OVERDUE)
                .doesNotContain(ActionKind.OFFER_COMPENSATION);
        assertThat(assessment.actions(ActionKind.ESCALATE_OVERDUE)).extracting(ResponseAction::subject)
                .contains("PRESENT_EVIDENCE/c1").doesNotContain("OFFER_COMPENSATION");
        assertThat(PolicyInvariants.everyEscalationConcernsAPlannedAction().check(later, assessment,
                Engines.defaults())).isEmpty();
    }

    @Test
    void RSP_14_an_approval_that_would_miss_the_deadline_is_escalated_with_a_holding_reply_approved_by_the_crisis_team() {
        Incident incident = detected();
        Instant requested = NOW.plus(Duration.ofHours(3));
        Snapshot snapshot = crisis().previousIncident(incident)
                .progress(new ActionProgress(incident.id(), "FIRST_RESPONSE", ActionProgress.State.APPROVAL_PENDING,
                        requested))
                .build();

        Assessment assessment = Engines.recording(recorder).withClock(Clock.fixed(requested, ZoneOffset.UTC))
                .evaluate(snapshot);

        ResponseAction escalation = only(assessment, ActionKind.ESCALATE_APPROVAL);
        assertThat(escalation.subject()).isEqualTo("FIRST_RESPONSE");
        assertThat(escalation.due()).isEqualTo(requested);
        ResponseAction holding = only(assessment, ActionKind.HOLDING_REPLY);
        assertThat(holding.due()).isEqualTo(NOW.plus(Duration.ofHours(4)));
        assertThat(holding.channel()).isEqualTo(Channel.X);
        assertThat(holding.dos()).contains(Guideline.CRISIS_TEAM_APPROVES_HOLDING_REPLY);
        assertThat(recorder.firedRuleStartingWith("RSP-14 When approval of a public message is late")).isTrue();
    }

    @Test
    void RSP_14_an_approval_in_good_time_is_not_escalated() {
        Incident incident = detected();
        Instant requested = NOW.plus(Duration.ofMinutes(30));
        Snapshot snapshot = crisis().previousIncident(incident)
                .progress(new ActionProgress(incident.id(), "FIRST_RESPONSE", ActionProgress.State.APPROVAL_PENDING,
                        requested))
                .build();

        Assessment assessment = evaluateAt(requested, snapshot);

        assertThat(kinds(assessment)).doesNotContain(ActionKind.ESCALATE_APPROVAL, ActionKind.HOLDING_REPLY);
    }

    @Test
    void RSP_14_the_usual_approval_delay_is_a_setting() {
        Incident incident = detected();
        Instant requested = NOW.plus(Duration.ofMinutes(30));
        Snapshot snapshot = crisis().previousIncident(incident)
                .progress(new ActionProgress(incident.id(), "FIRST_RESPONSE", ActionProgress.State.APPROVAL_PENDING,
                        requested))
                .build();

        Assessment assessment = Engines.defaults()
                .withSettings(Engines.defaults().settings().with("response.approvalDelay", "4h"))
                .withClock(Clock.fixed(requested, ZoneOffset.UTC)).evaluate(snapshot);

        assertThat(kinds(assessment)).contains(ActionKind.ESCALATE_APPROVAL);
    }

    @Test
    void TYP_03_an_unverified_claim_gets_a_validation_task_and_a_holding_reply_only() {
        Assessment assessment = Engines.defaults().evaluate(snapshot()
                .claim(claim("c1", Claim.Status.UNVERIFIED, true)).build());

        assertThat(only(assessment, ActionKind.VALIDATE_CLAIM).subject()).isEqualTo("c1");
        assertThat(only(assessment, ActionKind.HOLDING_REPLY).donts()).contains(Guideline.TAKE_POSITION_BEFORE_VALIDATION);
        assertThat(assessment.actions()).noneMatch(action -> action.kind().isSubstantive());
        assertThat(assessment.actions().stream().filter(a -> a.channel().isPublic()))
                .allSatisfy(a -> assertThat(a.donts()).contains(Guideline.TAKE_POSITION_BEFORE_VALIDATION));
    }

    @Test
    void progress_must_name_the_previous_incident() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> snapshot()
                        .progress(new ActionProgress("other", "FIRST_RESPONSE", ActionProgress.State.PUBLISHED, NOW))
                        .build())
                .isInstanceOf(io.crisisrules.InvalidInputException.class)
                .hasMessageContaining("progress[0].incidentId must be the previous incident's id")
                .hasMessageContaining("\"other\"");
    }

    @Test
    void a_resolved_incident_gets_no_new_first_response() {
        Incident resolved = detected().transitionTo(IncidentStatus.ACKNOWLEDGED, NOW.plus(Duration.ofHours(1)))
                .transitionTo(IncidentStatus.RESPONDING, NOW.plus(Duration.ofHours(2)))
                .transitionTo(IncidentStatus.RESOLVED, NOW.plus(Duration.ofDays(3)));

        Assessment assessment = evaluateAt(NOW.plus(Duration.ofDays(3)), snapshot().previousIncident(resolved).build());

        assertThat(assessment.incident().orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(kinds(assessment)).doesNotContain(ActionKind.FIRST_RESPONSE, ActionKind.INTERNAL_AUDIT)
                .contains(ActionKind.FOLLOW_UP_REVIEW);
    }
}
