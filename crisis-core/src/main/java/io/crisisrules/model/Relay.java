package io.crisisrules.model;

import io.crisisrules.checks.Checks;

/**
 * A journalist or influencer who relays the story (an aggravating factor, policy TYP-05) and, when
 * critical, someone to contact for a constructive dialogue (policy RSP-11).
 *
 * @param handle   how to reach them: an account name, an address
 * @param kind     journalist or influencer
 * @param audience their audience size
 * @param critical whether they criticise the brand
 */
public record Relay(String handle, Kind kind, long audience, boolean critical) {

    public Relay {
        Checks.text("handle", handle);
        Checks.required("kind", kind);
        Checks.nonNegative("audience", audience);
    }

    /** Who relays the story. */
    public enum Kind {
        JOURNALIST, INFLUENCER
    }
}
