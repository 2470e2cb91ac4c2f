package io.crisisrules.internal;

import io.crisisrules.facts.HouseLabelFinding;
import io.crisisrules.facts.ModerationFinding;
import io.crisisrules.facts.OverruledFinding;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.HouseAction;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the moderation findings of each comment into exactly one decision: the strictest action
 * among them decides (MOD-06, {@link ModerationAction#strictest}: the one place the precedence is
 * applied), every matching rule is listed, and a comment without findings stays as it is. The rule
 * "MOD-06 The strictest action on a comment overrules the milder ones" only says which finding a
 * stricter one overruled, for the explanation: with or without it (a host's own rule set), the
 * decision is the same.
 */
final class ModerationResolver {

    private ModerationResolver() {
    }

    /**
     * @param findings  every moderation finding rules inserted, in any order
     * @param overruled the findings a stricter one overrules (MOD-06)
     * @return one decision per comment, in the comments' order
     */
    static List<ModerationDecision> resolve(List<Comment> comments, List<ModerationFinding> findings,
                                            List<OverruledFinding> overruled, List<HouseLabelFinding> labels,
                                            HouseActions houseActions, Evidence evidence) {
        Map<String, List<Object>> byComment = new HashMap<>(Capacity.forEntries(findings.size()));
        for (ModerationFinding finding : findings) {
            byComment.computeIfAbsent(finding.commentId(), id -> new ArrayList<>(2)).add(finding);
        }
        for (OverruledFinding overruling : overruled) {
            byComment.computeIfAbsent(overruling.overruled().commentId(), id -> new ArrayList<>(2)).add(overruling);
        }
        Map<String, Map<String, HouseAction>> labelsByComment = new HashMap<>();
        for (HouseLabelFinding label : labels) {
            HouseAction action = houseActions.requireLabel(label.key(), ruleName(label, evidence));
            labelsByComment.computeIfAbsent(label.commentId(), id -> new TreeMap<>()).put(action.key(), action);
            byComment.computeIfAbsent(label.commentId(), id -> new ArrayList<>(2)).add(label);
        }
        List<ModerationDecision> decisions = new ArrayList<>(comments.size());
        for (Comment comment : comments) {
            List<Object> reasons = byComment.get(comment.id());
            ModerationDecision decision = reasons == null ? unconcerned(comment.id())
                    : decide(comment.id(), reasons, evidence);
            Map<String, HouseAction> attached = labelsByComment.get(comment.id());
            decisions.add(attached == null ? decision : new ModerationDecision(decision.commentId(), decision.action(),
                    decision.provisional(), decision.openCrmCase(), decision.replyDue(), decision.explanation(),
                    List.copyOf(attached.values())));
        }
        return decisions;
    }

    private static String ruleName(Object fact, Evidence evidence) {
        io.crisisrules.model.RuleRef ref = evidence.ruleOf(fact);
        return ref == null ? "unknown rule" : ref.name();
    }

    /** A comment no moderation rule has a concern about stays as it is, with no reason to give. */
    private static ModerationDecision unconcerned(String commentId) {
        return new ModerationDecision(commentId, ModerationAction.NO_ACTION, false, false, null, Explanation.NONE);
    }

    private static ModerationDecision decide(String commentId, List<Object> reasons, Evidence evidence) {
        ModerationAction action = null;
        for (Object reason : reasons) {
            if (reason instanceof ModerationFinding finding) {
                action = action == null ? finding.action() : action.stricterOf(finding.action());
            }
        }
        boolean provisional = true;
        boolean openCrmCase = false;
        Instant replyDue = null;
        for (Object reason : reasons) {
            if (reason instanceof ModerationFinding finding) {
                provisional &= finding.action() != action || finding.provisional();
                openCrmCase |= finding.openCrmCase();
                if (finding.replyDue() != null && (replyDue == null || finding.replyDue().isBefore(replyDue))) {
                    replyDue = finding.replyDue();
                }
            }
        }
        if (action == null) {
            // only house labels: they never choose the action, so the comment stays as it is
            return new ModerationDecision(commentId, ModerationAction.NO_ACTION, false, false, null,
                    evidence.explain(reasons));
        }
        return new ModerationDecision(commentId, action, provisional, openCrmCase, action.isReply() ? replyDue : null,
                evidence.explain(reasons));
    }
}
