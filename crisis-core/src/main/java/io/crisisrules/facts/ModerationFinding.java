package io.crisisrules.facts;

import io.crisisrules.internal.Checks;
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
}
