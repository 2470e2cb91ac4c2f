package io.crisisrules.model;

import io.crisisrules.checks.Checks;

/**
 * Someone with an audience of their own who relays the story: a journalist, an influencer, an NGO,
 * a regulator, a business partner, a public figure. A critical relay whose audience reaches beyond
 * the brand's own aggravates the crisis (policy TYP-05); a critical influencer is someone to contact
 * for a constructive dialogue (policy RSP-11).
 *
 * @param handle   how to reach them: an account name, an address
 * @param kind     who they are
 * @param audience their audience size
 * @param critical whether they criticise the brand (a partner or sponsor distancing itself counts)
 */
public record Relay(String handle, Kind kind, long audience, boolean critical) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param handle how to reach them: an account name, an address
     * @param kind who they are
     * @param audience their audience size
     * @param critical whether they criticise the brand (a partner or sponsor distancing itself counts)
     */
    public Relay {
        Checks.text("handle", handle);
        Checks.required("kind", kind);
        Checks.nonNegative("audience", audience);
    }

    /** Who relays the story. */
    public enum Kind {
        /** A journalist or news outlet. */
        JOURNALIST,
        /** An influencer or creator. */
        INFLUENCER,
        /** An NGO, an activist group, a consumer association. */
        NGO,
        /** A regulator, an authority, a public agency: legal exposure when critical. */
        REGULATOR,
        /** A business partner, a sponsor, a retailer or an ambassador of the brand: distancing when critical. */
        PARTNER,
        /** A politician, a celebrity or another public figure. */
        PUBLIC_FIGURE
    }
}
