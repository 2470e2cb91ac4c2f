package io.crisisrules.internal;

import io.crisisrules.facts.ModerationFinding;
import io.crisisrules.facts.OverruledFinding;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.RuleRef;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The moderation resolver on findings written by hand: exactly one decision per comment (MOD-06). */
class ModerationResolverTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final RuleRef ABUSE = new RuleRef("abuse", List.of("MOD-01"));
    private static final RuleRef COMPLAINT = new RuleRef("complaint", List.of("MOD-05"));
    private static final RuleRef STRICTEST = new RuleRef("strictest", List.of("MOD-06"));

    private final Map<Object, RuleRef> facts = new LinkedHashMap<>();

    private static Comment comment(String id) {
        return new Comment(id, "author-" + id, Channel.X, "text", NOW, null, null, null);
    }

    private List<ModerationDecision> resolve(List<Comment> comments) {
        Evidence evidence = Evidence.of(facts);
        return ModerationResolver.resolve(comments, evidence.factsOf(ModerationFinding.class),
                evidence.factsOf(OverruledFinding.class), List.of(), HouseActions.NONE, evidence);
    }

    @Test
    void a_comment_no_rule_found_anything_in_stays_as_it_is_unexplained() {
        List<ModerationDecision> decisions = resolve(List.of(comment("c1"), comment("c2")));

        assertThat(decisions).extracting(ModerationDecision::commentId).containsExactly("c1", "c2");
        assertThat(decisions).allSatisfy(decision -> {
            assertThat(decision.action()).isEqualTo(ModerationAction.NO_ACTION);
            assertThat(decision.explanation().rules()).isEmpty();
        });
    }

    @Test
    void the_finding_a_stricter_one_overruled_does_not_decide_but_both_rules_explain_the_decision() {
        ModerationFinding reply = new ModerationFinding("c1", ModerationAction.REPLY_AND_OPEN_CASE, false, true,
                NOW.plus(Duration.ofHours(1)));
        ModerationFinding delete = ModerationFinding.of("c1", ModerationAction.DELETE_AND_REPORT);
        facts.put(reply, COMPLAINT);
        facts.put(delete, ABUSE);
        facts.put(new OverruledFinding(reply, delete), STRICTEST);

        ModerationDecision decision = resolve(List.of(comment("c1"))).get(0);

        assertThat(decision.action()).isEqualTo(ModerationAction.DELETE_AND_REPORT);
        assertThat(decision.replyDue()).as("no reply is due on a deleted comment").isNull();
        assertThat(decision.openCrmCase()).as("the author's problem still gets a case").isTrue();
        assertThat(decision.explanation().rules()).extracting(RuleRef::name)
                .containsExactlyInAnyOrder("abuse", "complaint", "strictest");
    }

    @Test
    void without_the_precedence_rule_the_strictest_action_still_decides() {
        facts.put(ModerationFinding.of("c1", ModerationAction.IGNORE), COMPLAINT);
        facts.put(ModerationFinding.of("c1", ModerationAction.BLOCK_AUTHOR), ABUSE);

        assertThat(resolve(List.of(comment("c1"))).get(0).action()).isEqualTo(ModerationAction.BLOCK_AUTHOR);
    }

    @Test
    void a_reply_is_due_at_the_earliest_deadline_any_finding_of_the_deciding_action_gives() {
        Instant early = NOW.plus(Duration.ofMinutes(30));
        facts.put(new ModerationFinding("c1", ModerationAction.REPLY, false, false, NOW.plus(Duration.ofHours(2))), COMPLAINT);
        facts.put(new ModerationFinding("c1", ModerationAction.REPLY, false, false, early), ABUSE);

        ModerationDecision decision = resolve(List.of(comment("c1"))).get(0);

        assertThat(decision.action()).isEqualTo(ModerationAction.REPLY);
        assertThat(decision.replyDue()).isEqualTo(early);
        assertThat(decision.provisional()).isFalse();
    }
}
