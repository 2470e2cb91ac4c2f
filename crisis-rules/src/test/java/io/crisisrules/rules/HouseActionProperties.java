package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.invariants.PolicyInvariants;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.HouseAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * House labels over generated snapshots (issue 18, item 3): with the house rule of
 * {@code src/test/resources/house-actions} overlaid, every policy invariant still holds, every
 * decision keeps the action the default rules alone choose (a label never decides, MOD-06), and the
 * label is on exactly the comments its rule matches.
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
    void house_labels_keep_every_promise_and_never_change_an_action() {
        AtomicInteger labelled = new AtomicInteger();
        qt().withExamples(TRIES).withShrinkCycles(100).forAll(SNAPSHOTS).checkAssert(snapshot -> {
            Assessment house = HOUSE.evaluate(snapshot);
            PolicyInvariants.requireNone(PolicyInvariants.check(snapshot, house, HOUSE));

            List<ModerationDecision> byDefaults = DEFAULTS.evaluate(snapshot).moderation();
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
        });
        assertThat(labelled.get()).as("labelled comments generated").isGreaterThan(TRIES / 10);
    }
}
