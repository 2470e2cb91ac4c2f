package io.crisisrules.model;

/**
 * What a response action does. The {@link Stance} groups actions whose mix the policy forbids:
 * denial never goes with accommodation for the same claim (RSP-18), and neither goes out while a
 * claim is unverified (TYP-03).
 */
public enum ActionKind {
    /** RSP-12: solve the customers' actual problems in the CRM or helpdesk first. */
    RESOLVE_COMPLAINTS(Stance.NEUTRAL),
    /** TYP-03: check the source and the facts of a claim. */
    VALIDATE_CLAIM(Stance.NEUTRAL),
    /** TYP-03: say the brand is aware and looking into it, without taking a position. */
    HOLDING_REPLY(Stance.NEUTRAL),
    /** RSP-01: the first public response, within the deadline. */
    FIRST_RESPONSE(Stance.NEUTRAL);

    private final Stance stance;

    ActionKind(Stance stance) {
        this.stance = stance;
    }

    /** @return the position the action takes on the claim */
    public Stance stance() {
        return stance;
    }

    /** @return whether this is a substantive answer: a denial or an accommodation (TYP-03) */
    public boolean isSubstantive() {
        return stance != Stance.NEUTRAL;
    }

    /** The position an action takes on what is said about the brand. */
    public enum Stance {
        /** Takes no position on the claim: informs, listens, organises. */
        NEUTRAL,
        /** Says the claim is false: denial, evidence, legal action. */
        DENIAL,
        /** Accepts responsibility: apology, compensation, corrective measures. */
        ACCOMMODATION,
        /** Plays it down: humour, explanation of an accident. */
        DIMINISH
    }
}
