package io.crisisrules.moderation;

import io.crisisrules.checks.Checks;

import java.time.Instant;

/**
 * One offence against the moderation policy (MOD-04): a comment the engine decided to delete, or
 * whose author it blocked.
 *
 * @param authorId  who posted the comment
 * @param commentId the comment
 * @param at        when the comment was posted
 */
public record Offence(String authorId, String commentId, Instant at) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param authorId who posted the comment
     * @param commentId the comment
     * @param at when the comment was posted
     */
    public Offence {
        Checks.text("authorId", authorId);
        Checks.text("commentId", commentId);
        Checks.required("at", at);
    }
}
