package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.invariants.CompletenessInvariants;
import io.crisisrules.invariants.EscalationInvariants;
import io.crisisrules.invariants.MetamorphicInvariants;
import io.crisisrules.invariants.ModerationInvariants;
import io.crisisrules.invariants.PolicyInvariants;
import io.crisisrules.invariants.ResponseInvariants;
import io.crisisrules.invariants.Invariant;
import io.crisisrules.invariants.Violation;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.Incident;
import io.crisisrules.model.InputReceipt;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.RuleRef;
import io.crisisrules.model.HouseAction;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each invariant finds what it exists to find: a real assessment passes, and the same assessment
 * with the promise broken by hand yields a violation naming the policy IDs and the item.
 */
class PolicyInvariantsTest {
    private final CrisisEngine engine = Engines.defaults();

    private final Snapshot crisis = Fixtures.snapshot()
            .mentions(Fixtures.mentions(Channel.X, 5_000, 3_100, 8_000_000, 5_000_000, null, java.util.Map.of()))
            .claim(new Claim("claim1", "unsafe batch", Topic.SAFETY, "@anon", Claim.Status.UNVERIFIED, true))
            .comment(Fixtures.labelled("c1", CommentLabel.INSULTING))
            .comment(Fixtures.labelled("c2", CommentLabel.CONSTRUCTIVE_CRITICISM))
            .build();
    private final Assessment assessment = engine.evaluate(crisis);

    @Test
    void aRealAssessmentKeepsEveryPromise() {
        assertThat(assessment.incident()).isPresent();
        assertThat(PolicyInvariants.check(crisis, assessment, engine)).isEmpty();
        PolicyInvariants.requireNone(List.of());
    }

    @Test
    void aMissingDecisionAndAVisibleInsultAreFound() {
        Assessment broken = withModeration(List.of(new ModerationDecision("c1", ModerationAction.NO_ACTION, false, false,
                null, Explanation.NONE)));
        assertThat(names(PolicyInvariants.check(PolicyInvariants.readOnly(), crisis, broken, engine)))
                .contains("one-decision-per-comment", "abuse-never-left-visible", "nothing-lost");
        assertThat(PolicyInvariants.abuseNeverLeftVisible().check(crisis, broken, engine))
                .singleElement().satisfies(v -> {
                    assertThat(v.policyIds()).containsExactly("MOD-01", "MOD-08");
                    assertThat(v.explanation()).contains("comment c1", "abuse confidence 1.0", "NO_ACTION");
                });
    }

    @Test
    void aBlockOnAFirstOffenceIsFound() {
        List<ModerationDecision> decisions = new ArrayList<>(assessment.moderation());
        decisions.set(0, new ModerationDecision("c1", ModerationAction.BLOCK_AUTHOR, false, false, null,
                Explanation.NONE));
        assertThat(PolicyInvariants.noBlockOnFirstOffence().check(crisis, withModeration(decisions), engine))
                .singleElement().satisfies(v -> assertThat(v.explanation())
                        .contains("comment c1", "0 earlier offence(s)", "blockAfterOffences is 3"));
    }

    @Test
    void anUnexplainedOrRepeatedHouseLabelIsFound() {
        HouseAction legal = new HouseAction("acme.legal-queue", "Legal team", "zendesk:legal", "Legal reviews it.", "ACME-101");
        HouseAction tag = new HouseAction("acme.tag", "Support", "zendesk:tag", "Tagged.", "ACME-7");
        ModerationDecision original = assessment.moderation().get(0);
        Explanation byAcme101 = original.explanation().and(new Explanation(List.of(
                new RuleRef("ACME-101 Route defamation claims to the legal queue", List.of("ACME-101")))));
        List<ModerationDecision> decisions = new ArrayList<>(assessment.moderation());
        decisions.set(0, new ModerationDecision(original.commentId(), original.action(), original.provisional(),
                original.openCrmCase(), original.replyDue(), byAcme101, List.of(legal, legal, tag)));

        assertThat(PolicyInvariants.houseLabelsExplained().check(crisis, withModeration(decisions), engine))
                .extracting(v -> v.explanation()).satisfiesExactlyInAnyOrder(
                        text -> assertThat(text).contains("not each once in key order"),
                        text -> assertThat(text).contains("label acme.tag of policy ACME-7"));
        decisions.set(0, new ModerationDecision(original.commentId(), original.action(), original.provisional(),
                original.openCrmCase(), original.replyDue(), byAcme101, List.of(legal)));
        assertThat(PolicyInvariants.houseLabelsExplained().check(crisis, withModeration(decisions), engine)).isEmpty();
    }

    @Test
    void anUndeclaredUnexplainedRepeatedOrPublicHousePlanActionIsFound() throws Exception {
        CrisisEngine house = CrisisEngine.builder().rulesDirectory(HouseActionsTest.houseActions())
                .clock(java.time.Clock.fixed(Engines.NOW, java.time.ZoneOffset.UTC))
                .offenceHistory(io.crisisrules.moderation.OffenceHistory.none()).build();
        Assessment real = house.evaluate(crisis);
        ResponseAction safety = real.actions(ActionKind.HOUSE_ACTION).get(0);
        assertThat(PolicyInvariants.housePlanActionsExplained().check(crisis, real, house)).isEmpty();

        ResponseAction unexplained = safety.withExplanation(Explanation.NONE);
        ResponseAction published = new ResponseAction(safety.incidentId(), safety.kind(), safety.subject(), safety.owner(),
                Channel.WEBSITE, safety.due(), List.of(), List.of(), safety.explanation(), safety.house());
        assertThat(PolicyInvariants.housePlanActionsExplained().check(crisis, withActions(List.of(safety, unexplained,
                published)), house)).extracting(v -> v.explanation()).satisfiesExactlyInAnyOrder(
                text -> assertThat(text).contains("of policy ACME-102 is explained only by []"),
                text -> assertThat(text).contains("more than once"),
                text -> assertThat(text).contains("more than once"),
                text -> assertThat(text).contains("published on WEBSITE"));
        // the default engine declares no house action: the same action is not one of its own
        assertThat(PolicyInvariants.housePlanActionsExplained().check(crisis, real, engine)).singleElement()
                .satisfies(v -> {
                    assertThat(v.policyIds()).containsExactly("RSP-10");
                    assertThat(v.explanation()).contains("HOUSE_ACTION/acme.safety-team", "not the one the rules declare");
                });
    }

    @Test
    void aMissingOrLateFirstResponseIsFound() {
        Incident incident = assessment.incident().orElseThrow();
        Invariant invariant = PolicyInvariants.firstResponseWithinDeadline();
        assertThat(invariant.check(crisis, withActions(List.of()), engine)).singleElement()
                .satisfies(v -> assertThat(v.explanation()).contains("no FIRST_RESPONSE"));
        ResponseAction late = action(incident, ActionKind.FIRST_RESPONSE, null)
                .withExplanation(Explanation.NONE);
        late = new ResponseAction(late.incidentId(), late.kind(), null, late.owner(), late.channel(),
                incident.detectedAt().plus(Duration.ofHours(5)), List.of(), List.of());
        assertThat(invariant.check(crisis, withActions(List.of(late)), engine)).singleElement()
                .satisfies(v -> assertThat(v.explanation()).contains("firstResponseWithin PT4H"));
    }

    @Test
    void anEscalationOfAnActionThePlanNoLongerHoldsIsFound() {
        Incident incident = assessment.incident().orElseThrow();
        Invariant invariant = PolicyInvariants.everyEscalationConcernsAPlannedAction();
        ResponseAction compensation = action(incident, ActionKind.OFFER_COMPENSATION, null);
        ResponseAction escalation = action(incident, ActionKind.ESCALATE_OVERDUE, compensation.key());
        assertThat(invariant.check(crisis, withActions(List.of(compensation, escalation)), engine)).isEmpty();
        assertThat(invariant.check(crisis, withActions(List.of(escalation)), engine)).singleElement()
                .satisfies(v -> {
                    assertThat(v.policyIds()).containsExactly("RSP-14");
                    assertThat(v.explanation()).contains("ESCALATE_OVERDUE/OFFER_COMPENSATION", "does not hold");
                });
    }

    @Test
    void everyFamilysInvariantsAreGatheredOnceAndTheFirstThirteenNeverEvaluate() {
        List<Invariant> families = List.of(ModerationInvariants.oneDecisionPerComment(),
                ModerationInvariants.abuseNeverLeftVisible(), ModerationInvariants.noBlockOnFirstOffence(),
                ModerationInvariants.houseLabelsExplained(), ResponseInvariants.firstResponseWithinDeadline(),
                ResponseInvariants.housePlanActionsExplained(), ResponseInvariants.noDenialMixedWithApology(),
                ResponseInvariants.noHumourInMajorCrisisOrHarm(PolicyInvariants.HUMOUR),
                ResponseInvariants.noSubstantiveAnswerToUnverifiedClaim(), ResponseInvariants.noCompensationWithoutLoss(),
                ResponseInvariants.noPreventableWithoutEvidenceOfFault(),
                EscalationInvariants.everyEscalationConcernsAPlannedAction(), CompletenessInvariants.nothingLost(),
                MetamorphicInvariants.severityMonotoneInReach(), MetamorphicInvariants.sameInputSameAssessment(),
                MetamorphicInvariants.inputOrderDoesNotMatter());
        assertThat(PolicyInvariants.all()).extracting(Invariant::name)
                .containsExactlyElementsOf(families.stream().map(Invariant::name).toList()).doesNotHaveDuplicates();
        assertThat(PolicyInvariants.readOnly()).extracting(Invariant::name)
                .hasSize(13)
                .doesNotContain("severity-monotone-in-reach", "same-input-same-assessment", "input-order-does-not-matter");
    }

    @Test
    void responseStancesAreJudgedByTheirKindsStance() {
        // no kind takes a stance yet (issue 4 adds them): every existing kind is neutral, so a plan of
        // them never mixes denial and apology nor answers an unverified claim
        for (ActionKind kind : ActionKind.values()) {
            Assessment plan = withActions(List.of(action(assessment.incident().orElseThrow(), kind, "claim1")));
            assertThat(PolicyInvariants.noSubstantiveAnswerToUnverifiedClaim().check(crisis, plan, engine))
                    .as(kind.name()).hasSize(kind.isSubstantive() ? 1 : 0);
        }
        assertThat(PolicyInvariants.HUMOUR.test(ActionKind.FIRST_RESPONSE)).isFalse();
        assertThat(Arrays.stream(ActionKind.values()).filter(PolicyInvariants.HUMOUR))
                .as("humour is recognised by the kind's tone, not its name").containsExactly(ActionKind.HUMOUR);
        // a humour predicate recognising FIRST_RESPONSE shows the invariant fires in a harmful crisis
        Invariant noHumour = PolicyInvariants.noHumourInMajorCrisisOrHarm(kind -> kind == ActionKind.FIRST_RESPONSE);
        assertThat(noHumour.check(crisis, assessment, engine)).isNotEmpty()
                .allSatisfy(v -> assertThat(v.explanation()).containsAnyOf("major", "harmed"));
    }

    @Test
    void aChangedReceiptAndDifferentReEvaluationAreFound() {
        Assessment broken = new Assessment(assessment.brandId(), assessment.evaluatedAt(), assessment.signals(),
                assessment.incidents(), assessment.actions(), assessment.moderation(), assessment.monitoring(),
                new InputReceipt(0, 0, 0, 0, 2, 0, 0, 0, 0), assessment.deadlines(), assessment.readinessGaps());
        assertThat(names(PolicyInvariants.nothingLost().check(crisis, broken, engine))).containsExactly("nothing-lost");
        assertThat(PolicyInvariants.sameInputSameAssessment().check(crisis, broken, engine)).singleElement()
                .satisfies(v -> assertThat(v.explanation()).startsWith("received differ"));
    }

    @Test
    void aReEvaluationWithOtherDeadlinesIsFound() {
        assertThat(assessment.deadlines()).isNotEmpty();
        Assessment withoutDeadlines = new Assessment(assessment.brandId(), assessment.evaluatedAt(),
                assessment.signals(), assessment.incidents(), assessment.actions(), assessment.moderation(),
                assessment.monitoring(), assessment.received(), List.of(), assessment.readinessGaps());

        assertThat(PolicyInvariants.sameInputSameAssessment().check(crisis, withoutDeadlines, engine)).singleElement()
                .satisfies(v -> assertThat(v.explanation()).startsWith("deadlines differ"));
    }

    @Test
    void reorderingKeepsEveryItem() {
        Snapshot reversed = PolicyInvariants.reordered(crisis, null);
        assertThat(reversed.comments()).extracting(Comment::id).containsExactly("c2", "c1");
        assertThat(InputReceipt.of(reversed)).isEqualTo(InputReceipt.of(crisis));
    }

    @Test
    void requireNoneListsEveryViolation() {
        Violation one = new Violation("x", List.of("MOD-01"), "comment c1 stays visible");
        assertThatThrownBy(() -> PolicyInvariants.requireNone(List.of(one, one)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 policy violation(s)").hasMessageContaining("x [MOD-01]: comment c1");
    }

    private Assessment withModeration(List<ModerationDecision> moderation) {
        return new Assessment(assessment.brandId(), assessment.evaluatedAt(), assessment.signals(),
                assessment.incidents(), assessment.actions(), moderation, assessment.monitoring(), assessment.received());
    }

    private Assessment withActions(List<ResponseAction> actions) {
        return new Assessment(assessment.brandId(), assessment.evaluatedAt(), assessment.signals(),
                assessment.incidents(), actions, assessment.moderation(), assessment.monitoring(), assessment.received());
    }

    private static ResponseAction action(Incident incident, ActionKind kind, String subject) {
        if (kind == ActionKind.HOUSE_ACTION) { // a house plan action carries its declaration
            HouseAction house = new HouseAction("acme.safety-team", "Safety team", "slack:#safety", "Check it.", "ACME-102");
            return new ResponseAction(incident.id(), kind, house.key(), io.crisisrules.model.OwnerRole.MANAGEMENT,
                    Channel.INTERNAL, incident.detectedAt().plus(Duration.ofHours(1)), List.of(), List.of(),
                    Explanation.NONE, house);
        }
        return new ResponseAction(incident.id(), kind, subject, io.crisisrules.model.OwnerRole.SPOKESPERSON,
                Channel.X, incident.detectedAt().plus(Duration.ofHours(1)), List.of(), List.of());
    }

    private static List<String> names(List<Violation> violations) {
        return violations.stream().map(Violation::invariant).distinct().toList();
    }

}
