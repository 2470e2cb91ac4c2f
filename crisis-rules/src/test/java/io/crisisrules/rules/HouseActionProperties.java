package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.invariants.PolicyInvariants;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
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

import java.time.Clock;
import java.time.Duration;
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
 * house plan action exactly when its rule matches, due as declared.
 */
class HouseActionProperties {
    private static final int TRIES = Integer.getInteger("crisis.tries", 100);
    private static final Clock CLOCK = Clock.fixed(Generators.DEFAULT_NOW, ZoneOffset.UTC);
    private static final CrisisEngine DEFAULTS = CrisisEngine.builder().clock(CLOCK)
            .offenceHistory(OffenceHistory.none()).build();
    private static final CrisisEngine HOUSE = CrisisEngine.builder().clock(CLOCK)
            .rulesDirectory(HouseActionsTest.houseActions()).offenceHistory(OffenceHistory.none()).build();
    private static final Gen<Snapshot> SNAPSHOTS = Generators.snapshots()
            .mix(Generators.snapshots().crisisBiased(), 60);

    @Test
    void house_actions_keep_every_promise_and_never_change_an_action_of_ours() {
        AtomicInteger labelled = new AtomicInteger();
        AtomicInteger withPlanAction = new AtomicInteger();
        qt().withExamples(TRIES).withShrinkCycles(100).forAll(SNAPSHOTS).checkAssert(snapshot -> {
            Assessment house = HOUSE.evaluate(snapshot);
            PolicyInvariants.requireNone(PolicyInvariants.check(snapshot, house, HOUSE));

            Assessment defaults = DEFAULTS.evaluate(snapshot);
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
            assertThat(house.actions().stream().filter(action -> action.kind() != ActionKind.HOUSE_ACTION)
                    .map(ResponseAction::key).toList()).as("the plan the default rules alone make")
                    .isEqualTo(defaults.actions().stream().map(ResponseAction::key).toList());
            Incident incident = house.incident().orElse(null);
            boolean asked = incident != null && incident.isOpen()
                    && snapshot.claims().stream().anyMatch(claim -> claim.topic() == Topic.SAFETY);
            List<ResponseAction> planned = house.actions(ActionKind.HOUSE_ACTION);
            if (asked) {
                assertThat(planned).singleElement().satisfies(action -> {
                    assertThat(action.key()).isEqualTo("HOUSE_ACTION/acme.safety-team");
                    assertThat(action.due()).isEqualTo(incident.detectedAt().plus(Duration.ofMinutes(90)));
                });
                withPlanAction.incrementAndGet();
            } else {
                assertThat(planned).isEmpty();
            }
        });
        assertThat(labelled.get()).as("labelled comments generated").isGreaterThan(TRIES / 10);
        assertThat(withPlanAction.get()).as("plans with the house plan action generated").isGreaterThan(TRIES / 20);
    }
}
