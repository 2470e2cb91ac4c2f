package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.invariants.PolicyInvariants;
import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.HouseAction;
import io.crisisrules.model.Incident;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Topic;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * House actions over generated snapshots (issue 18, item 3): with the house rules of
 * {@code src/test/resources/house-actions} overlaid, every policy invariant still holds, every
 * decision keeps the action the default rules alone choose (a label never decides, MOD-06), the
 * label is on exactly the comments its rule matches, and the plan is the default rules' plus the
 * house plan action exactly when its rule matches, due as declared, plus its RSP-14 escalations
 * exactly when RSP-14 says: overdue and not done, or an approval pending that would come too late
 * (progress on the house action is added to the generated snapshots).
 */
class HouseActionProperties {
    private static final int TRIES = Integer.getInteger("crisis.tries", 100);
    private static final Clock CLOCK = Clock.fixed(Generators.DEFAULT_NOW, ZoneOffset.UTC);
    private static final CrisisEngine DEFAULTS = CrisisEngine.builder().clock(CLOCK)
            .offenceHistory(OffenceHistory.none()).build();
    private static final CrisisEngine HOUSE = CrisisEngine.builder().clock(CLOCK)
            .rulesDirectory(HouseActionsTest.houseActions()).offenceHistory(OffenceHistory.none()).build();
    private static final String HOUSE_KEY = "HOUSE_ACTION/acme.safety-team";
    /** Continuing an incident with a safety claim: the house plan action is asked, so its progress counts. */
    private static final Gen<Snapshot> ASKING = Generators.snapshots().crisisBiased().previousIncidents(100)
            .map(snapshot -> snapshot.toBuilder().claim(new Claim("claim-safety", "unsafe batch", Topic.SAFETY,
                    "daily-news", Claim.Status.UNVERIFIED, true)).build());
    private static final Gen<Case> CASES = Generators.snapshots()
            .mix(Generators.snapshots().crisisBiased(), 60)
            .mix(ASKING, 40)
            .zip(Generate.range(1, 3), Generate.range(0, 100),
                    (snapshot, state, when) -> new Case(snapshot, withHouseProgress(snapshot, state, when)));

    /**
     * @param plain a generated snapshot, as the default rules evaluate it
     * @param house the same with progress on the house action, if any: the default rules refuse its key
     */
    private record Case(Snapshot plain, Snapshot house) {
    }

    /**
     * @param state 1: nothing recorded on the house action; 2: completed; 3: approval pending
     * @param when  when, in percent of the time from the previous incident's detection to now
     */
    private static Snapshot withHouseProgress(Snapshot snapshot, int state, int when) {
        Incident previous = snapshot.previousIncident();
        if (previous == null || state < 2 || previous.detectedAt().isAfter(Generators.DEFAULT_NOW)) {
            return snapshot;
        }
        Duration lived = Duration.between(previous.detectedAt(), Generators.DEFAULT_NOW);
        Instant at = previous.detectedAt().plus(lived.multipliedBy(when).dividedBy(100));
        return snapshot.toBuilder().progress(new ActionProgress(previous.id(), HOUSE_KEY,
                state == 2 ? ActionProgress.State.COMPLETED : ActionProgress.State.APPROVAL_PENDING, at)).build();
    }

    private static boolean escalatesTheHouseAction(ResponseAction action) {
        return action.kind().isEscalation() && action.subject().startsWith("HOUSE_ACTION/");
    }

    @Test
    void house_actions_keep_every_promise_and_never_change_an_action_of_ours() {
        AtomicInteger labelled = new AtomicInteger();
        AtomicInteger withPlanAction = new AtomicInteger();
        AtomicInteger overdueEscalated = new AtomicInteger();
        AtomicInteger approvalEscalated = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        qt().withExamples(TRIES).withShrinkCycles(100).forAll(CASES).checkAssert(generated -> {
            Snapshot snapshot = generated.house();
            Assessment house = HOUSE.evaluate(snapshot);
            PolicyInvariants.requireNone(PolicyInvariants.check(snapshot, house, HOUSE));

            Assessment defaults = DEFAULTS.evaluate(generated.plain());
            List<ModerationDecision> byDefaults = defaults.moderation();
            assertThat(house.moderation()).extracting(ModerationDecision::action)
                    .as("the actions the default rules alone choose")
                    .containsExactlyElementsOf(byDefaults.stream().map(ModerationDecision::action).toList());
            for (int i = 0; i < snapshot.comments().size(); i++) {
                Comment comment = snapshot.comments().get(i);
                List<String> keys = house.moderation().get(i).labels().stream().map(HouseAction::key).toList();
                if (comment.hasLabel(CommentLabel.DEFAMATORY)) {
                    assertThat(keys).as("labels of defamatory comment %s", comment.id()).containsExactly("acme.legal-queue");
                    labelled.incrementAndGet();
                } else {
                    assertThat(keys).as("labels of comment %s", comment.id()).isEmpty();
                }
            }
            // a plan action is added to the default plan, never changing it (ACME-102: an open incident and a safety claim)
            assertThat(house.actions().stream().filter(action -> action.kind() != ActionKind.HOUSE_ACTION
                            && !escalatesTheHouseAction(action))
                    .map(ResponseAction::key).toList()).as("the plan the default rules alone make")
                    .isEqualTo(defaults.actions().stream().map(ResponseAction::key).toList());
            Incident incident = house.incident().orElse(null);
            boolean asked = incident != null && incident.isOpen()
                    && snapshot.claims().stream().anyMatch(claim -> claim.topic() == Topic.SAFETY);
            List<ResponseAction> planned = house.actions(ActionKind.HOUSE_ACTION);
            boolean recordedDone = incident != null && snapshot.progress().stream().anyMatch(p -> p.isDone()
                    && p.actionKey().equals(HOUSE_KEY) && p.incidentId().equals(incident.id()));
            if (asked) {
                assertThat(house.deadlineOf(HOUSE_KEY)).hasValueSatisfying(deadline -> assertThat(deadline.due())
                        .isEqualTo(incident.detectedAt().plus(Duration.ofMinutes(90))));
                if (recordedDone) { // done: not suggested again
                    assertThat(planned).isEmpty();
                } else {
                    assertThat(planned).singleElement().satisfies(action -> {
                        assertThat(action.key()).isEqualTo(HOUSE_KEY);
                        assertThat(action.due()).isEqualTo(incident.detectedAt().plus(Duration.ofMinutes(90)));
                    });
                }
                withPlanAction.incrementAndGet();
            } else {
                assertThat(planned).isEmpty();
                assertThat(house.deadlineOf(HOUSE_KEY)).isEmpty();
            }
            // RSP-14 applies to the house plan action as to ours
            ActionDeadline deadline = house.deadlineOf(HOUSE_KEY).orElse(null);
            boolean overdue = deadline != null && deadline.sla() == ActionDeadline.Sla.BREACHED;
            assertThat(escalations(house, ActionKind.ESCALATE_OVERDUE)).as("overdue escalations of the house action")
                    .hasSize(overdue ? 1 : 0);
            Duration delay = HOUSE.settings().response().approvalDelay();
            boolean lateApproval = deadline != null && deadline.doneAt() == null && snapshot.progress().stream()
                    .anyMatch(p -> p.actionKey().equals(HOUSE_KEY) && p.incidentId().equals(incident.id())
                            && p.state() == ActionProgress.State.APPROVAL_PENDING
                            && p.at().plus(delay).isAfter(deadline.due()));
            assertThat(escalations(house, ActionKind.ESCALATE_APPROVAL)).as("approval escalations of the house action")
                    .hasSize(lateApproval ? 1 : 0);
            assertThat(house.actions().stream().filter(HouseActionProperties::escalatesTheHouseAction))
                    .allSatisfy(escalation -> assertThat(escalation.explanation().policyIds()).containsExactly("RSP-14"));
            if (overdue) {
                overdueEscalated.incrementAndGet();
            }
            if (lateApproval) {
                approvalEscalated.incrementAndGet();
            }
            if (deadline != null && deadline.doneAt() != null) {
                done.incrementAndGet();
            }
        });
        assertThat(labelled.get()).as("labelled comments generated").isGreaterThan(TRIES / 10);
        assertThat(withPlanAction.get()).as("plans with the house plan action generated").isGreaterThan(TRIES / 20);
        assertThat(overdueEscalated.get()).as("overdue house actions escalated").isGreaterThan(0);
        // ASKING makes each of these about one example in ten: none in 100 tries would mean a broken generator
        assertThat(approvalEscalated.get()).as("late approvals of house actions escalated").isGreaterThan(0);
        assertThat(done.get()).as("house actions recorded as done").isGreaterThan(0);
    }

    private static List<ResponseAction> escalations(Assessment assessment, ActionKind kind) {
        return assessment.actions(kind).stream().filter(action -> HOUSE_KEY.equals(action.subject())).toList();
    }
}
