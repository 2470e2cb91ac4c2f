package io.crisisrules.invariants;

import io.crisisrules.model.Assessment;
import io.crisisrules.model.Comment;
import io.crisisrules.model.HouseAction;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.moderation.Offence;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.ModerationSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The moderation family of the policy's invariants (MOD-01, MOD-04, MOD-06, MOD-08): every comment
 * decided once, abuse never left visible, no block on a first offence, house labels explained.
 * {@link PolicyInvariants#all()} runs them with the others.
 */
public final class ModerationInvariants {

    private ModerationInvariants() {
    }

    /** @return every comment handed in has exactly one moderation decision, in input order, whichever MOD rules matched (MOD-06) */
    public static Invariant oneDecisionPerComment() {
        return new SimpleInvariant("one-decision-per-comment", List.of("MOD-06"),
                "Every comment handed in has exactly one moderation decision, in the order handed in.",
                (in, out, engine) -> {
                    List<String> problems = new ArrayList<>();
                    List<String> decided = out.moderation().stream().map(ModerationDecision::commentId).toList();
                    List<String> handedIn = in.comments().stream().map(Comment::id).toList();
                    if (!decided.equals(handedIn)) {
                        problems.add("decisions are for comments " + decided + " but comments " + handedIn
                                + " were handed in");
                    }
                    return problems;
                });
    }

    /**
     * @return a comment certainly hateful, insulting or defamatory (score at or above
     *         {@code moderation.actionThreshold}) is never left visible; an uncertain one (from
     *         {@code reviewThreshold}) is hidden while held when {@code hideHeldComments} says so (MOD-01, MOD-08)
     */
    public static Invariant abuseNeverLeftVisible() {
        return new SimpleInvariant("abuse-never-left-visible", List.of("MOD-01", "MOD-08"),
                "Hateful, insulting or defamatory comments are never left visible.",
                (in, out, engine) -> {
                    ModerationSettings settings = engine.settings().moderation();
                    Map<String, ModerationDecision> decisions = byComment(out);
                    List<String> problems = new ArrayList<>();
                    for (Comment comment : in.comments()) {
                        ModerationDecision decision = decisions.get(comment.id());
                        if (decision == null) {
                            continue; // one-decision-per-comment reports it
                        }
                        double abuse = comment.abuseConfidence();
                        boolean mustHide = abuse >= settings.actionThreshold()
                                || (settings.hideHeldComments() && abuse >= settings.reviewThreshold());
                        if (mustHide && decision.action().leavesVisible()) {
                            problems.add("comment " + comment.id() + " has abuse confidence " + abuse
                                    + " (actionThreshold " + settings.actionThreshold() + ", reviewThreshold "
                                    + settings.reviewThreshold() + ", hideHeldComments "
                                    + settings.hideHeldComments() + ") but stays visible: " + decision.action());
                        }
                    }
                    return problems;
                });
    }

    /**
     * @return an author is blocked only with at least {@code moderation.blockAfterOffences - 1} earlier
     *         offences (in the batch, posted no later, or in the engine's offence history), so never on a
     *         first offence (MOD-04)
     */
    public static Invariant noBlockOnFirstOffence() {
        return new SimpleInvariant("no-block-on-first-offence", List.of("MOD-04"),
                "An author is blocked only as a repeat offender, never on a first offence.",
                (in, out, engine) -> {
                    ModerationSettings settings = engine.settings().moderation();
                    Map<String, ModerationDecision> decisions = byComment(out);
                    Set<String> batchIds = in.comments().stream().map(Comment::id).collect(Collectors.toSet());
                    List<String> problems = new ArrayList<>();
                    for (Comment comment : in.comments()) {
                        ModerationDecision decision = decisions.get(comment.id());
                        if (decision == null || decision.action() != ModerationAction.BLOCK_AUTHOR) {
                            continue;
                        }
                        Set<String> earlier = new HashSet<>();
                        for (Comment other : in.comments()) {
                            ModerationDecision otherDecision = decisions.get(other.id());
                            if (!other.id().equals(comment.id()) && other.authorId().equals(comment.authorId())
                                    && otherDecision != null && otherDecision.action().isOffence()
                                    && !other.postedAt().isAfter(comment.postedAt())) {
                                earlier.add(other.id());
                            }
                        }
                        OffenceHistory history = engine.offenceHistory();
                        for (Offence offence : history.offencesSince(comment.authorId(),
                                out.evaluatedAt().minus(settings.offenceWindow()))) {
                            if (!batchIds.contains(offence.commentId())) {
                                earlier.add(offence.commentId());
                            }
                        }
                        if (earlier.isEmpty() || earlier.size() + 1 < settings.blockAfterOffences()) {
                            problems.add("comment " + comment.id() + " blocks author " + comment.authorId()
                                    + " with " + earlier.size() + " earlier offence(s) " + new java.util.TreeSet<>(earlier)
                                    + " but moderation.blockAfterOffences is " + settings.blockAfterOffences());
                        }
                    }
                    return problems;
                });
    }

    /**
     * @return every house label on a decision (issue 18) is explained by a rule of its policy in the
     *         decision's explanation, appears once, and the labels are ordered by key: a label is named,
     *         never silent, and never stands in for the decision's action (MOD-06 chose that)
     */
    public static Invariant houseLabelsExplained() {
        return new SimpleInvariant("house-labels-explained", List.of("MOD-06"),
                "Each house label on a decision is explained by a rule of its policy, once, in key order.",
                (in, out, engine) -> {
                    List<String> problems = new ArrayList<>();
                    for (ModerationDecision decision : out.moderation()) {
                        List<String> keys = decision.labels().stream().map(HouseAction::key).toList();
                        if (!keys.equals(keys.stream().distinct().sorted().toList())) {
                            problems.add("comment " + decision.commentId() + " has labels " + keys
                                    + ", not each once in key order");
                        }
                        List<String> explained = decision.explanation().policyIds();
                        for (HouseAction label : decision.labels()) {
                            if (!explained.contains(label.policyId())) {
                                problems.add("comment " + decision.commentId() + " has label " + label.key()
                                        + " of policy " + label.policyId() + " but its explanation names only "
                                        + explained);
                            }
                        }
                    }
                    return problems;
                });
    }

    static Map<String, ModerationDecision> byComment(Assessment out) {
        Map<String, ModerationDecision> decisions = new HashMap<>();
        out.moderation().forEach(d -> decisions.putIfAbsent(d.commentId(), d));
        return decisions;
    }
}
