package io.crisisrules.internal;

import io.crisisrules.facts.HouseLabelFinding;
import io.crisisrules.facts.ModerationFinding;
import io.crisisrules.facts.OpenCrisis;
import io.crisisrules.facts.OverruledFinding;
import io.crisisrules.facts.PriorOffences;
import io.crisisrules.facts.SubjectQuestions;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Severity;
import io.crisisrules.moderation.Offence;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.moderation.OffenceHistoryException;
import io.crisisrules.settings.ModerationSettings;
import org.kie.api.runtime.KieSession;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The decision phase as far as comments are concerned, shared by evaluations and batches. It runs
 * in two rounds because blocking (MOD-04) depends on which comments the other rules found
 * offending: round one finds offences, the engine counts each offending author's earlier offences
 * (history plus earlier comments of the batch), round two lets the repeat-offender rule fire. Then
 * it resolves one decision per comment (MOD-06) and records the new offences.
 */
final class ModerationRun {

    private ModerationRun() {
    }

    /** Facts the decision rules need that the engine counts beforehand; call before the first round. */
    static void insertCounts(KieSession session, List<Comment> comments, ModerationSettings settings,
                             Severity openCrisis) {
        Map<String, Long> questions = new TreeMap<>();
        for (Comment comment : comments) {
            if (comment.subject() != null
                    && comment.confidence(CommentLabel.QUESTION) >= settings.actionThreshold()) {
                questions.merge(comment.subject(), 1L, Long::sum);
            }
        }
        questions.forEach((subject, count) -> session.insert(new SubjectQuestions(subject, count)));
        if (openCrisis != null) {
            session.insert(new OpenCrisis(openCrisis));
        }
    }

    /**
     * Runs round two (repeat offenders) after round one has fired, resolves and records.
     *
     * @param budget the call's budget, checked before anything is recorded
     * @return one decision per comment, in the comments' order
     */
    static List<ModerationDecision> decide(KieSession session, Provenance provenance, List<Comment> comments,
                                           ModerationSettings settings, Instant now, OffenceHistory history,
                                           Budget budget) {
        Map<String, Comment> byId = new HashMap<>(Capacity.forEntries(comments.size()));
        comments.forEach(comment -> byId.put(comment.id(), comment));
        List<ModerationFinding> findings = provenance.factsOf(ModerationFinding.class);
        List<Comment> offending = offending(findings, byId);
        if (!offending.isEmpty()) {
            insertPriorOffences(session, offending, byId.keySet(), now.minus(settings.offenceWindow()), history);
            session.getAgenda().getAgendaGroup(Phase.MODERATION.group()).setFocus();
            int fired = session.fireAllRules();
            budget.check(); // before any offence is recorded
            if (fired > 0) {
                findings = provenance.factsOf(ModerationFinding.class);
            }
        }
        List<ModerationDecision> decisions = ModerationResolver.resolve(comments, findings,
                provenance.factsOf(OverruledFinding.class), provenance.factsOf(HouseLabelFinding.class),
                provenance.houseActions(), provenance);
        List<Offence> offences = new ArrayList<>();
        for (ModerationDecision decision : decisions) {
            if (decision.action().isOffence() && !decision.provisional()) {
                Comment comment = byId.get(decision.commentId());
                offences.add(new Offence(comment.authorId(), comment.id(), comment.postedAt()));
            }
        }
        if (!offences.isEmpty()) {
            try {
                history.recordAll(offences);
            } catch (OffenceHistoryException e) {
                throw e;
            } catch (RuntimeException e) {
                throw failure(history, "record", e);
            }
        }
        return decisions;
    }

    /** Comments a rule found offending for certain, by posting time then id, so order does not matter. */
    private static List<Comment> offending(List<ModerationFinding> findings, Map<String, Comment> byId) {
        Set<String> ids = new HashSet<>();
        for (ModerationFinding finding : findings) {
            if (finding.action().isOffence() && !finding.provisional()) {
                ids.add(finding.commentId());
            }
        }
        return ids.stream().map(byId::get)
                .sorted(Comparator.comparing(Comment::postedAt).thenComparing(Comment::id))
                .toList();
    }

    /** The host's own exception, named by the history and its type only: its message may name authors. */
    private static OffenceHistoryException failure(OffenceHistory history, String verb, RuntimeException e) {
        return new OffenceHistoryException("the offence history (" + history + ") failed to " + verb + " offences: "
                + e.getClass().getName(), e);
    }

    private static void insertPriorOffences(KieSession session, List<Comment> offending, Set<String> batchIds,
                                            Instant since, OffenceHistory history) {
        Set<String> authors = new HashSet<>();
        offending.forEach(comment -> authors.add(comment.authorId()));
        Map<String, List<Offence>> recorded;
        try {
            recorded = history.offencesSince(List.copyOf(authors), since);
        } catch (OffenceHistoryException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(history, "read", e);
        }
        if (recorded == null) {
            throw new OffenceHistoryException("the offence history (" + history + ") returned null offences", null);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String author : authors) {
            // a comment handed in again (a retry) is counted once, from the batch, not also from history
            int fromHistory = (int) recorded.getOrDefault(author, List.of()).stream()
                    .filter(offence -> !batchIds.contains(offence.commentId()))
                    .map(Offence::commentId).distinct().count();
            counts.put(author, fromHistory);
        }
        for (Comment comment : offending) {
            int before = counts.merge(comment.authorId(), 1, Integer::sum) - 1;
            session.insert(new PriorOffences(comment.id(), comment.authorId(), before));
        }
    }
}
