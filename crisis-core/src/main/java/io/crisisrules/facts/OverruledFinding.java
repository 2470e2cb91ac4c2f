package io.crisisrules.facts;

import io.crisisrules.checks.Checks;

/**
 * A moderation finding that a stricter one on the same comment overrules (MOD-06). The engine
 * decides each comment from the findings nobody overruled and names every finding's rule, and the
 * overruling rule, in the explanation.
 *
 * @param overruled the milder finding
 * @param by        the stricter finding on the same comment
 */
public record OverruledFinding(ModerationFinding overruled, ModerationFinding by) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param overruled the milder finding
     * @param by the stricter finding on the same comment
     */
    public OverruledFinding {
        Checks.required("overruled", overruled);
        Checks.required("by", by);
        if (!overruled.commentId().equals(by.commentId())) {
            throw new io.crisisrules.InvalidInputException("by.commentId", by.commentId(),
                    "be the overruled finding's comment " + overruled.commentId());
        }
    }
}
