package io.crisisrules.moderation;

import io.crisisrules.InvalidInputException;
import io.crisisrules.model.ModerationDecision;

/**
 * What became of one comment handed to a batch: exactly one of a {@link ModerationDecision} or a
 * {@link Rejection}. A batch returns one outcome per comment, in the order handed in, so decisions
 * plus rejections always equal the comments.
 *
 * @param index     the comment's position in the batch or stream, from 0
 * @param decision  the decision, or {@code null} when rejected
 * @param rejection why it was rejected, or {@code null} when decided
 */
public record ModerationOutcome(long index, ModerationDecision decision, Rejection rejection) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param index the comment's position in the batch or stream, from 0
     * @param decision the decision, or {@code null} when rejected
     * @param rejection why it was rejected, or {@code null} when decided
     */
    public ModerationOutcome {
        if (index < 0) {
            throw new InvalidInputException("index", index, "be >= 0");
        }
        if ((decision == null) == (rejection == null)) {
            throw new InvalidInputException("decision", decision, "be set exactly when rejection is not");
        }
    }

    /**
     * @param index    the comment's position
     * @param decision its decision
     * @return a decided outcome
     */
    public static ModerationOutcome decided(long index, ModerationDecision decision) {
        return new ModerationOutcome(index, decision, null);
    }

    /**
     * @param index     the comment's position
     * @param rejection why it was rejected
     * @return a rejected outcome
     */
    public static ModerationOutcome rejected(long index, Rejection rejection) {
        return new ModerationOutcome(index, null, rejection);
    }

    /** @return whether the comment got a decision */
    public boolean isDecided() {
        return decision != null;
    }

    /** @return the comment's id, or {@code null} for a rejected comment whose id could not be read */
    public String commentId() {
        return decision != null ? decision.commentId() : rejection.commentId();
    }
}
