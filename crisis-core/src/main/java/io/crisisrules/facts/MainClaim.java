package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Topic;

/**
 * A claim the crisis is about (TYP-03): the incident's frame and verification follow its main
 * claims; side claims get their own validation and never retype the crisis.
 *
 * @param claim the claim
 */
public record MainClaim(Claim claim) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param claim the claim
     */
    public MainClaim {
        Checks.required("claim", claim);
    }

    /** @return the claim's id */
    public String id() {
        return claim.id();
    }

    /** @return where its validation stands */
    public Claim.Status status() {
        return claim.status();
    }

    /** @return what it alleges */
    public Claim.Allegation allegation() {
        return claim.allegation();
    }

    /** @return its topic, or {@code null} */
    public Topic topic() {
        return claim.topic();
    }

    /** @return whether it blames the brand */
    public boolean accusesBrand() {
        return claim.accusesBrand();
    }
}
