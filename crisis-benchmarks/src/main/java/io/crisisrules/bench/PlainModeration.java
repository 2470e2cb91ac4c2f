package io.crisisrules.bench;

import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.Severity;
import io.crisisrules.moderation.Offence;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.ModerationSettings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lower bound: the moderation policy MOD-01…MOD-08 written by hand in plain Java, with the same
 * precedence (the strictest {@link ModerationAction}, MOD-06), the same provisional / CRM case / reply
 * due resolution, the same repeat-offender counting (MOD-04: history within the offence window plus
 * earlier offences of the batch by posting time then id, retries counted once) and the same
 * explanation (which policies matched, as a bit set). No rule engine, no fact objects, no listener.
 * Lives in the benchmark sources only; {@code EquivalenceTest} checks it decides exactly as the engine.
 */
public final class PlainModeration {
    static final int MOD01 = 1;
    static final int MOD02 = 1 << 1;
    static final int MOD03 = 1 << 2;
    static final int MOD04 = 1 << 3;
    static final int MOD05 = 1 << 4;
    static final int MOD05_PROBABLE = 1 << 5;
    static final int MOD06 = 1 << 6;
    static final int MOD07 = 1 << 7;
    static final int MOD08 = 1 << 8;

    /** Strictest first: an action's bit is its place here, so the lowest bit set is the strictest (MOD-06). */
    private static final List<ModerationAction> ACTIONS = ModerationAction.byPrecedence();
    private static final int BLOCK = bit(ModerationAction.BLOCK_AUTHOR);
    private static final int DELETE = bit(ModerationAction.DELETE_AND_REPORT);
    private static final int CASE = bit(ModerationAction.REPLY_AND_OPEN_CASE);
    private static final int IGNORE = bit(ModerationAction.IGNORE);
    private static final int REPLY = bit(ModerationAction.REPLY);
    private static final int FAQ = bit(ModerationAction.POINT_TO_FAQ);
    private static final int NONE = bit(ModerationAction.NO_ACTION);

    private final ModerationSettings settings;
    private final OffenceHistory history;
    private final int review;

    /**
     * One decision.
     *
     * @param commentId   the comment
     * @param action      the strictest matching action
     * @param provisional whether every finding with that action is provisional
     * @param openCrmCase whether any finding asks for a CRM case
     * @param replyDue    when the reply is due, for reply actions
     * @param rules       the matching rules as a bit set, or -1 when not tracked
     */
    public record Decision(String commentId, ModerationAction action, boolean provisional, boolean openCrmCase,
                           Instant replyDue, int rules) {

        /** @return the policy IDs of the matching rules, sorted */
        public List<String> policyIds() {
            TreeSet<String> ids = new TreeSet<>();
            if ((rules & MOD01) != 0) ids.add("MOD-01");
            if ((rules & MOD02) != 0) ids.add("MOD-02");
            if ((rules & MOD03) != 0) ids.add("MOD-03");
            if ((rules & MOD04) != 0) ids.add("MOD-04");
            if ((rules & MOD05) != 0) ids.add("MOD-05");
            if ((rules & MOD05_PROBABLE) != 0) {
                ids.add("MOD-05");
                ids.add("MOD-08");
            }
            if ((rules & MOD06) != 0) ids.add("MOD-06");
            if ((rules & MOD07) != 0) ids.add("MOD-07");
            if ((rules & MOD08) != 0) ids.add("MOD-08");
            return List.copyOf(ids);
        }
    }

    private static int bit(ModerationAction action) {
        return 1 << ACTIONS.indexOf(action);
    }

    public PlainModeration(ModerationSettings settings, OffenceHistory history) {
        this.settings = settings;
        this.history = history;
        this.review = bit(settings.reviewAction());
    }

    /**
     * @param comments   the comments, ids unique
     * @param openCrisis the open crisis, or {@code null}
     * @param now        the evaluation time
     * @return one decision per comment, in order
     */
    public List<Decision> moderate(List<Comment> comments, Severity openCrisis, Instant now) {
        int n = comments.size();
        double certain = settings.actionThreshold();
        double reviewAt = settings.reviewThreshold();
        double borderline = settings.crisisReviewThreshold();
        boolean major = openCrisis == Severity.MAJOR;
        Map<String, Integer> questions = null;
        if (openCrisis != null) {
            questions = new HashMap<>();
            for (Comment comment : comments) {
                if (comment.subject() != null && comment.confidence(CommentLabel.QUESTION) >= certain) {
                    questions.merge(comment.subject(), 1, Integer::sum);
                }
            }
        }
        int[] actions = new int[n];      // bit per action with a finding
        int[] finals = new int[n];       // bit per action with a non-provisional finding
        int[] rules = new int[n];
        boolean[] crm = new boolean[n];
        boolean[] due = new boolean[n];
        List<Integer> offending = null;
        for (int i = 0; i < n; i++) {
            Comment c = comments.get(i);
            double abuse = c.abuseConfidence();
            double provocation = c.confidence(CommentLabel.PROVOCATION);
            double complaint = c.confidence(CommentLabel.CUSTOMER_COMPLAINT);
            int a = 0;
            int f = 0;
            int r = 0;
            if (abuse >= certain) {                                                   // MOD-01
                a |= DELETE;
                f |= DELETE;
                r |= MOD01;
            }
            if (provocation >= certain) {                                             // MOD-02
                a |= IGNORE;
                f |= IGNORE;
                r |= MOD02;
            }
            if (c.confidence(CommentLabel.CONSTRUCTIVE_CRITICISM) >= certain) {       // MOD-03
                a |= REPLY;
                f |= REPLY;
                r |= MOD03;
                due[i] = true;
            }
            if (complaint >= certain) {                                               // MOD-05
                a |= CASE;
                f |= CASE;
                r |= MOD05;
                crm[i] = true;
                due[i] = true;
            } else if (complaint >= reviewAt) {                                       // MOD-05 + MOD-08
                a |= CASE;
                r |= MOD05_PROBABLE;
                crm[i] = true;
                due[i] = true;
            }
            if (questions != null && c.subject() != null && c.confidence(CommentLabel.QUESTION) >= certain
                    && questions.getOrDefault(c.subject(), 0) >= settings.repeatedQuestionMinimum()) {  // MOD-07
                a |= FAQ;
                f |= FAQ;
                r |= MOD07;
                due[i] = true;
            }
            if ((abuse >= reviewAt && abuse < certain)
                    || (major && ((abuse >= borderline && abuse < certain)
                    || (provocation >= borderline && provocation < certain)))) {       // MOD-08
                a |= review;
                r |= MOD08;
            }
            if (a == 0) {                                                // no concern: no rule
                a = NONE;
                f = NONE;
            } else if ((f & DELETE) != 0) {
                if (offending == null) {
                    offending = new ArrayList<>();
                }
                offending.add(i);
            }
            actions[i] = a;
            finals[i] = f;
            rules[i] = r;
        }
        if (offending != null) {
            block(comments, offending, actions, finals, rules, now);
        }
        List<Decision> decisions = new ArrayList<>(n);
        List<Offence> offences = null;
        for (int i = 0; i < n; i++) {
            Comment c = comments.get(i);
            int winner = Integer.numberOfTrailingZeros(actions[i]);
            ModerationAction action = ACTIONS.get(winner);
            boolean provisional = (finals[i] & (1 << winner)) == 0;
            Instant replyDue = due[i] && action.isReply() ? c.postedAt().plus(settings.replyWithin()) : null;
            int reasons = Integer.bitCount(actions[i]) > 1 ? rules[i] | MOD06 : rules[i];  // MOD-06 overruled one
            decisions.add(new Decision(c.id(), action, provisional, crm[i], replyDue, reasons));
            if (action.isOffence() && !provisional) {
                if (offences == null) {
                    offences = new ArrayList<>();
                }
                offences.add(new Offence(c.authorId(), c.id(), c.postedAt()));
            }
        }
        if (offences != null) {
            history.recordAll(offences);
        }
        return decisions;
    }

    /** MOD-04: the author's offences before this one, from history and from earlier in the batch. */
    private void block(List<Comment> comments, List<Integer> offending, int[] actions, int[] finals, int[] rules,
                       Instant now) {
        offending.sort(Comparator.comparing((Integer i) -> comments.get(i).postedAt())
                .thenComparing(i -> comments.get(i).id()));
        Set<String> authors = new HashSet<>();
        for (int i : offending) {
            authors.add(comments.get(i).authorId());
        }
        Map<String, List<Offence>> recorded = history.offencesSince(List.copyOf(authors),
                now.minus(settings.offenceWindow()));
        Map<String, Integer> counts = new HashMap<>();
        if (!recorded.isEmpty()) {
            Set<String> batchIds = new HashSet<>();
            for (Comment comment : comments) {
                batchIds.add(comment.id());
            }
            recorded.forEach((author, offences) -> {
                Set<String> distinct = new HashSet<>();
                for (Offence offence : offences) {
                    if (!batchIds.contains(offence.commentId())) {
                        distinct.add(offence.commentId());
                    }
                }
                counts.put(author, distinct.size());
            });
        }
        for (int i : offending) {
            int total = counts.merge(comments.get(i).authorId(), 1, Integer::sum);
            if (total >= settings.blockAfterOffences()) {
                actions[i] |= BLOCK;
                finals[i] |= BLOCK;
                rules[i] |= MOD04;
            }
        }
    }
}
