package io.crisisrules.internal;

import io.crisisrules.facts.ModerationFinding;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the moderation findings of each comment into exactly one decision (MOD-06): the strictest
 * action wins, every matching rule is listed.
 */
final class ModerationResolver {
    private static final Logger LOG = LoggerFactory.getLogger(ModerationResolver.class);

    private ModerationResolver() {
    }

    /** @return one decision per comment, in the comments' order */
    static List<ModerationDecision> resolve(List<Comment> comments, Provenance provenance) {
        Map<String, List<ModerationFinding>> byComment = new HashMap<>();
        for (ModerationFinding finding : provenance.factsOf(ModerationFinding.class)) {
            byComment.computeIfAbsent(finding.commentId(), id -> new ArrayList<>()).add(finding);
        }
        List<ModerationDecision> decisions = new ArrayList<>(comments.size());
        for (Comment comment : comments) {
            decisions.add(decide(comment.id(), byComment.getOrDefault(comment.id(), List.of()), provenance));
        }
        return decisions;
    }

    static ModerationDecision decide(String commentId, List<ModerationFinding> findings, Provenance provenance) {
        if (findings.isEmpty()) {
            LOG.warn("no moderation rule matched comment {}: the rules lack a default; leaving it as it is", commentId);
            return new ModerationDecision(commentId, ModerationAction.NO_ACTION, false, false, null, Explanation.NONE);
        }
        ModerationAction action = ModerationAction.strictest(findings.stream().map(ModerationFinding::action).toList());
        boolean provisional = findings.stream().filter(f -> f.action() == action)
                .allMatch(ModerationFinding::provisional);
        boolean openCrmCase = findings.stream().anyMatch(ModerationFinding::openCrmCase);
        Instant replyDue = action.isReply()
                ? findings.stream().map(ModerationFinding::replyDue).filter(Objects::nonNull).min(Instant::compareTo)
                .orElse(null)
                : null;
        return new ModerationDecision(commentId, action, provisional, openCrmCase, replyDue,
                provenance.explain(findings));
    }
}
