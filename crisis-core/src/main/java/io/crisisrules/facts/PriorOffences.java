package io.crisisrules.facts;

import io.crisisrules.InvalidInputException;
import io.crisisrules.checks.Checks;

/**
 * How many offences the author of a comment committed before it (MOD-04), counted by the engine
 * between two rounds of the decision phase: once the rules have found which comments are offences
 * (a finding whose {@link io.crisisrules.model.ModerationAction#isOffence() action is an offence}),
 * the engine inserts one {@code PriorOffences} per such comment and lets the decision rules fire
 * again, so a rule can block a repeat offender.
 *
 * <p>The count is the author's offences recorded in the engine's
 * {@link io.crisisrules.moderation.OffenceHistory} within {@code moderation.offenceWindow} before the
 * evaluation, plus the author's offences earlier in the same batch, ordered by posting time then
 * comment id — so the count does not depend on the order comments are handed in. A history record
 * of a comment that is in the batch again (a retry) is not counted twice.
 *
 * @param commentId the offending comment
 * @param authorId  its author
 * @param count     offences of the author before this one; 0 for a first offence
 */
public record PriorOffences(String commentId, String authorId, int count) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param commentId the offending comment
     * @param authorId its author
     * @param count offences of the author before this one; 0 for a first offence
     */
    public PriorOffences {
        Checks.text("commentId", commentId);
        Checks.text("authorId", authorId);
        if (count < 0) {
            throw new InvalidInputException("count", count, "be >= 0");
        }
    }

    /** @return the author's offences counting this one: 1 for a first offence */
    public int total() {
        return count + 1;
    }
}
