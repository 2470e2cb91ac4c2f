package io.crisisrules.model;

import io.crisisrules.checks.Checks;

/**
 * A reaction of the host's own, declared beside its house rules in {@code house-actions.properties}
 * rather than added to the library's enums: a label or route a house rule attaches to a comment's
 * moderation decision (route to the legal queue, tag, notify a team). Hosts read it from
 * {@link ModerationDecision#labels()} and act on {@link #key()}.
 *
 * @param key      the house's own key, lower case with a dot after the house's prefix, e.g. {@code acme.legal-queue}
 * @param owner    who acts on it, in the house's words (a team, a queue's owner)
 * @param channel  where it goes (a queue, a tag, a team's channel)
 * @param text     what it says to the person acting on it
 * @param policyId the house policy ID it implements, e.g. {@code ACME-101}
 */
public record HouseAction(String key, String owner, String channel, String text, String policyId) {

    /**
     * Creates one, rejecting blank components.
     *
     * @param key the house's own key
     * @param owner who acts on it
     * @param channel where it goes
     * @param text what it says
     * @param policyId the house policy ID it implements
     */
    public HouseAction {
        Checks.text("key", key);
        Checks.text("owner", owner);
        Checks.text("channel", channel);
        Checks.text("text", text);
        Checks.text("policyId", policyId);
    }
}
