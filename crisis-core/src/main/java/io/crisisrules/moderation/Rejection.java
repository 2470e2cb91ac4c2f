package io.crisisrules.moderation;

import io.crisisrules.checks.Checks;

/**
 * Why one comment of a batch could not be moderated: a missing id or author, a score outside
 * [0, 1], an unknown label, an id repeated within the batch, a classifier that failed on it. The
 * other comments of the batch are moderated as usual.
 *
 * @param commentId the comment's id when it could be read, else {@code null}
 * @param field     the offending field, e.g. {@code "authorId"} or {@code "scores.HATEFUL"}
 * @param reason    a message naming the field and echoing the value, e.g.
 *                  {@code "scores.HATEFUL must be within [0, 1], but was 1.2"}
 */
public record Rejection(String commentId, String field, String reason) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param commentId the comment's id when it could be read, else {@code null}
     * @param field the offending field, e.g. {@code "authorId"} or {@code "scores.HATEFUL"}
     * @param reason a message naming the field and echoing the value, e.g. {@code "scores.HATEFUL must be within [0, 1], but was 1.2"}
     */
    public Rejection {
        Checks.text("field", field);
        Checks.text("reason", reason);
    }
}
