package io.crisisrules.model;

import io.crisisrules.checks.Checks;

/**
 * Something said about the brand that may or may not be true, such as "this brand tests on
 * animals". Policy TYP-03: a claim from an unverified source gets no substantive answer until it is
 * validated.
 *
 * @param id           the host's identifier, unique in a snapshot
 * @param statement    the claim, in a few words
 * @param topic        what it is about, or {@code null}
 * @param source       who made it: an account, a site, a newspaper
 * @param status       whether it has been validated, and how
 * @param accusesBrand whether it accuses the brand of misconduct (rather than being a hoax or joke)
 */
public record Claim(String id, String statement, Topic topic, String source, Status status, boolean accusesBrand) {

    public Claim {
        Checks.text("id", id);
        Checks.text("statement", statement);
        Checks.text("source", source);
        Checks.required("status", status);
    }

    /** Where the validation of a claim stands. */
    public enum Status {
        /** The source and facts have not been checked yet. */
        UNVERIFIED,
        /** Checked: the claim is true. */
        CONFIRMED,
        /** Checked: the claim is false. */
        REFUTED
    }
}
