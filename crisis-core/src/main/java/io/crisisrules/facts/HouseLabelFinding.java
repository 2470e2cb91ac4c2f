package io.crisisrules.facts;

import io.crisisrules.checks.Checks;

/**
 * What a house moderation rule inserts to attach one of its declared house actions (a label or
 * route, {@code house-actions.properties}) to a comment's decision. It never changes the decision's
 * action, so the strictest action (MOD-06) and "exactly one decision per comment" still hold; the
 * engine resolves the key to its declaration and lists it in
 * {@link io.crisisrules.model.ModerationDecision#labels()}. A key nobody declared is a problem at
 * build when written as a literal, else an error of the call naming the rule and the key.
 *
 * @param commentId the comment
 * @param key       a key declared in {@code house-actions.properties}, e.g. {@code acme.legal-queue}
 */
public record HouseLabelFinding(String commentId, String key) {

    /**
     * Creates one, rejecting blank components.
     *
     * @param commentId the comment
     * @param key a declared house action key
     */
    public HouseLabelFinding {
        Checks.text("commentId", commentId);
        Checks.text("key", key);
    }
}
