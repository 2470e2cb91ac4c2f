package io.crisisrules.model;

/**
 * A do or don't for the message of a response action (RSP-07 and the strategy policies). Texts in
 * English and French come from the rules' message bundles.
 */
public enum Guideline {
    /** Recognise the problem; do not deny or minimise a real one. */
    RECOGNISE_PROBLEM,
    /** Show empathy to the people affected. */
    SHOW_EMPATHY,
    /** Be clear and concise, no jargon. */
    BE_CLEAR_AND_CONCISE,
    /** Share what is known, even if incomplete. */
    BE_TRANSPARENT,
    /** Say the same thing on every channel. */
    SAME_MESSAGE_EVERYWHERE,
    /** Don't: deny or minimise a real problem. */
    DENY_OR_MINIMISE,
    /** Don't: enter a spiral of justification. */
    JUSTIFICATION_SPIRAL,
    /** Don't: take a position on a claim that is not validated. */
    TAKE_POSITION_BEFORE_VALIDATION
}
