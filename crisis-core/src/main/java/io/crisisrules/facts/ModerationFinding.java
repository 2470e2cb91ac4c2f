package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.ModerationAction;

import java.time.Instant;

/**
 * What one moderation rule says about one comment. Several rules may match a comment; the engine
 * turns all findings of a comment into one decision: the strictest action (MOD-06), provisional if
 * the winning finding is, a CRM case if any finding asks for one, and every matching rule in the
 * explanation.
 *
 * @param commentId   the comment
 * @param action      what the rule would do
 * @param provisional whether a person must confirm it (MOD-08)
 * @param openCrmCase whether the author's problem needs a CRM/helpdesk case (MOD-05)
 * @param replyDue    when a reply is due, or {@code null}
 */
public record ModerationFinding(String commentId, ModerationAction action, boolean provisional, boolean openCrmCase,
                                Instant replyDue) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param commentId the comment
     * @param action what the rule would do
     * @param provisional whether a person must confirm it (MOD-08)
     * @param openCrmCase whether the author's problem needs a CRM/helpdesk case (MOD-05)
     * @param replyDue when a reply is due, or {@code null}
     */
    public ModerationFinding {
        Checks.text("commentId", commentId);
        Checks.required("action", action);
    }

    /**
     * @param commentId the comment
     * @param action    a final, non-reply action without CRM follow-up
     * @return the finding
     */
    public static ModerationFinding of(String commentId, ModerationAction action) {
        return new ModerationFinding(commentId, action, false, false, null);
    }

    /**
     * @param commentId the comment
     * @param action    what to do until a person has looked at it (MOD-08)
     * @return a provisional finding without reply or CRM follow-up
     */
    public static ModerationFinding provisional(String commentId, ModerationAction action) {
        return new ModerationFinding(commentId, action, true, false, null);
    }

    /**
     * @param commentId the comment
     * @param action    a reply action ({@link ModerationAction#REPLY}, {@link ModerationAction#POINT_TO_FAQ})
     * @param replyDue  when the reply is due
     * @return a final reply finding without CRM follow-up
     */
    public static ModerationFinding reply(String commentId, ModerationAction action, Instant replyDue) {
        return new ModerationFinding(commentId, action, false, false, replyDue);
    }

    /**
     * A customer complaint (MOD-05): reply with empathy and open or update a CRM case.
     *
     * @param commentId the comment
     * @param replyDue  when the reply is due
     * @return a final finding asking for a reply and a CRM case
     */
    public static ModerationFinding complaint(String commentId, Instant replyDue) {
        return new ModerationFinding(commentId, ModerationAction.REPLY_AND_OPEN_CASE, false, true, replyDue);
    }

    /**
     * A probable customer complaint (MOD-05 with MOD-08): the same reply and CRM case, provisional
     * until a person confirms it is a complaint.
     *
     * @param commentId the comment
     * @param replyDue  when the reply is due
     * @return a provisional finding asking for a reply and a CRM case
     */
    public static ModerationFinding probableComplaint(String commentId, Instant replyDue) {
        return new ModerationFinding(commentId, ModerationAction.REPLY_AND_OPEN_CASE, true, true, replyDue);
    }
}
