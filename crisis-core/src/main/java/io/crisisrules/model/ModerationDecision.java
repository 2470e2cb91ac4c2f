package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.time.Instant;
import java.util.List;

/**
 * The moderation decision for one comment: exactly one per comment handed in.
 *
 * @param commentId    the comment
 * @param action       what to do with it: the strictest action of the matching rules (MOD-06)
 * @param provisional  whether a person must confirm it (uncertain classification, MOD-08)
 * @param openCrmCase  whether to open or update a CRM/helpdesk case for the author (MOD-05)
 * @param replyDue     when a reply is due, or {@code null} when the action does not reply
 * @param explanation  every rule that matched the comment, with its policy IDs
 * @param labels       the house's own labels and routes house rules attached to the comment (see
 *                     {@link HouseAction}), each once, ordered by key; empty without house actions
 */
public record ModerationDecision(String commentId, ModerationAction action, boolean provisional,
                                 boolean openCrmCase, Instant replyDue, Explanation explanation,
                                 List<HouseAction> labels) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param commentId the comment
     * @param action what to do with it: the strictest action of the matching rules (MOD-06)
     * @param provisional whether a person must confirm it (uncertain classification, MOD-08)
     * @param openCrmCase whether to open or update a CRM/helpdesk case for the author (MOD-05)
     * @param replyDue when a reply is due, or {@code null} when the action does not reply
     * @param explanation every rule that matched the comment, with its policy IDs
     * @param labels the house labels attached to the comment; {@code null} is read as none
     */
    public ModerationDecision {
        Checks.text("commentId", commentId);
        Checks.required("action", action);
        Checks.required("explanation", explanation);
        labels = Checks.list("labels", labels);
    }

    /**
     * A decision without house labels, as before house actions existed.
     *
     * @param commentId the comment
     * @param action what to do with it: the strictest action of the matching rules (MOD-06)
     * @param provisional whether a person must confirm it (uncertain classification, MOD-08)
     * @param openCrmCase whether to open or update a CRM/helpdesk case for the author (MOD-05)
     * @param replyDue when a reply is due, or {@code null} when the action does not reply
     * @param explanation every rule that matched the comment, with its policy IDs
     */
    public ModerationDecision(String commentId, ModerationAction action, boolean provisional,
                              boolean openCrmCase, Instant replyDue, Explanation explanation) {
        this(commentId, action, provisional, openCrmCase, replyDue, explanation, List.of());
    }
}
