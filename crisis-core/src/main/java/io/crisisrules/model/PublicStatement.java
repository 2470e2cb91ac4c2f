package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.time.Instant;

/**
 * Something the brand already said in public about the crisis, before or during the evaluation:
 * what it said counts towards the plan (a first response already given is not asked for again) and
 * towards the judgement (a denial of what is now confirmed is a mishandled crisis, TYP-05, and has
 * to be corrected, RSP-07).
 *
 * @param at      when it was said
 * @param stance  what kind of statement it was
 * @param claimId the claim it was about, or {@code null} for the crisis as a whole; it must be the
 *                id of one of the snapshot's claims
 * @param channel where it was said, or {@code null} when not recorded
 */
public record PublicStatement(Instant at, Stance stance, String claimId, Channel channel) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param at when it was said
     * @param stance what kind of statement it was
     * @param claimId the claim it was about, or {@code null} for the crisis as a whole; it must be the id of one of the snapshot's claims
     * @param channel where it was said, or {@code null} when not recorded
     */
    public PublicStatement {
        Checks.required("at", at);
        Checks.required("stance", stance);
        Checks.optionalText("claimId", claimId);
    }

    /**
     * @param action a public action of the plan
     * @return whether this statement already did it: any statement is a first response, and each
     *         stance does the action of the same kind (a denial only about its own claim, if it has one)
     */
    public boolean fulfils(ResponseAction action) {
        if (action.kind() == ActionKind.FIRST_RESPONSE) {
            return true;
        }
        boolean sameSubject = claimId == null || action.subject() == null || claimId.equals(action.subject());
        return stance.kinds.contains(action.kind()) && sameSubject;
    }

    /**
     * @param action an action of the plan
     * @param now    the evaluation time
     * @return whether this statement, made by {@code now}, already did the action: it must be a public
     *         action ({@link Channel#isPublic()}; an internal task is not done by speaking in public) that
     *         {@link #fulfils(ResponseAction) this statement fulfils}. The plan leaves such an action out
     *         and the crisis team is not asked to take it over (RSP-01, RSP-14).
     */
    public boolean hasDone(ResponseAction action, Instant now) {
        return action.channel().isPublic() && !at.isAfter(now) && fulfils(action);
    }

    /** What a public statement did, and which actions of a plan it already does. */
    public enum Stance {
        /** Said the brand is aware and looking into it, without taking a position. */
        HOLDING(ActionKind.HOLDING_REPLY),
        /** Said the claim or the problem is not true. */
        DENIAL(ActionKind.DENY_RUMOUR, ActionKind.PRESENT_EVIDENCE),
        /** Explained what happened, without accepting blame. */
        EXPLANATION(ActionKind.EXPLAIN_CIRCUMSTANCES),
        /** Apologised. */
        APOLOGY(ActionKind.APOLOGISE),
        /** Announced corrective measures: what is being corrected. */
        CORRECTIVE_ACTION(ActionKind.ADJUSTING_INFORMATION),
        /** Offered compensation. */
        COMPENSATION(ActionKind.OFFER_COMPENSATION);

        private final java.util.Set<ActionKind> kinds;

        Stance(ActionKind... kinds) {
            this.kinds = java.util.Set.of(kinds);
        }
    }
}
