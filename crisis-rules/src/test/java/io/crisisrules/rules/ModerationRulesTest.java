package io.crisisrules.rules;

import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.crisisrules.rules.support.Fixtures.labelled;
import static io.crisisrules.rules.support.Fixtures.scored;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

class ModerationRulesTest {
    private final RecordingListener recorder = new RecordingListener();

    @Test
    void MOD_01_hateful_insulting_and_defamatory_comments_are_deleted_and_reported() {
        List<ModerationDecision> decisions = Engines.recording(recorder).moderate(List.of(
                labelled("c1", CommentLabel.HATEFUL),
                labelled("c2", CommentLabel.INSULTING),
                scored("c3", CommentLabel.DEFAMATORY, 0.95)));

        assertThat(decisions).extracting(ModerationDecision::action).containsOnly(ModerationAction.DELETE_AND_REPORT);
        assertThat(decisions).allSatisfy(decision -> {
            assertThat(decision.provisional()).isFalse();
            assertThat(decision.explanation().policyIds()).containsExactly("MOD-01");
        });
        assertThat(recorder.count("MOD-01 Delete hateful, insulting or defamatory comments")).isEqualTo(3);
    }

    @Test
    void MOD_01_a_score_below_the_action_threshold_is_not_deleted() {
        ModerationDecision decision = Engines.defaults().moderate(List.of(scored("c1", CommentLabel.HATEFUL, 0.84)))
                .get(0);

        assertThat(decision.action()).isNotEqualTo(ModerationAction.DELETE_AND_REPORT);
    }

    @Test
    void MOD_06_a_comment_without_concern_gets_exactly_one_decision_naming_the_default_rule() {
        List<ModerationDecision> decisions = Engines.defaults().moderate(List.of(labelled("c1")));

        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.action()).isEqualTo(ModerationAction.NO_ACTION);
            assertThat(decision.explanation().ruleNames())
                    .containsExactly("MOD-06 A comment no moderation rule matched is left as it is");
        });
    }

    @Test
    void the_default_rule_yields_to_any_other_finding() {
        ModerationDecision decision = Engines.defaults().moderate(List.of(labelled("c1", CommentLabel.HATEFUL))).get(0);

        assertThat(decision.explanation().policyIds()).doesNotContain("MOD-06");
    }

    @Test
    void an_evaluation_decides_every_comment_of_the_snapshot_in_order() {
        var assessment = Engines.defaults().evaluate(snapshot()
                .comment(labelled("c1"))
                .comment(labelled("c2", CommentLabel.HATEFUL))
                .comment(labelled("c3"))
                .build());

        assertThat(assessment.moderation()).extracting(ModerationDecision::commentId).containsExactly("c1", "c2", "c3");
        assertThat(assessment.decisionFor("c2").orElseThrow().action()).isEqualTo(ModerationAction.DELETE_AND_REPORT);
    }
}
