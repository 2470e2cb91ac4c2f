package io.crisisrules.model;

/**
 * A do or don't for a response action (RSP-07 and the strategy policies). The names starting with
 * a verb are dos; the "don't" ones are listed in an action's {@code donts}. Texts in English and
 * French: {@link io.crisisrules.text.PlanTexts}.
 */
public enum Guideline {
    /** Acknowledge the problem people raise; do not deny or minimise a real one. */
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
    TAKE_POSITION_BEFORE_VALIDATION,
    /** Keep monitoring what is said (RSP-07). */
    KEEP_MONITORING,
    /** Tell affected people what to do, if anything (RSP-15). */
    SAY_WHAT_TO_DO,
    /** Say how people protect themselves: stop using the product, check their accounts (RSP-15, RSP-16). */
    SAY_HOW_TO_STAY_SAFE,
    /** Correct in public the brand's earlier denial of what is now confirmed (RSP-07, TYP-05). */
    CORRECT_EARLIER_DENIAL,
    /** Say what is being corrected (RSP-15). */
    SAY_WHAT_IS_CORRECTED,
    /** Solve the customer's actual problem before communicating (RSP-12). */
    FIX_THE_REAL_PROBLEM_FIRST,
    /** Don't: manipulate or bluff customers (RSP-12). */
    BLUFF_CUSTOMERS,
    /** Show concrete evidence (RSP-04). */
    SHOW_CONCRETE_EVIDENCE,
    /** Don't: apologise for what did not happen (RSP-04). */
    APOLOGISE_FOR_WHAT_DID_NOT_HAPPEN,
    /** Don't: give excuses that blame customers (RSP-16). */
    BLAME_CUSTOMERS,
    /** Don't: make humour that trivialises the mistake (RSP-06). */
    TRIVIALISE_THE_MISTAKE,
    /** The top executive speaks in person, e.g. an apology video (RSP-08). */
    EXECUTIVE_IN_PERSON,
    /** Invite the person to test the improved product (RSP-11). */
    INVITE_TO_TEST_THE_IMPROVEMENT,
    /** Get the crisis team's approval of a holding reply (RSP-14). */
    CRISIS_TEAM_APPROVES_HOLDING_REPLY,
    /** Find the root causes (POST-01). */
    FIND_ROOT_CAUSES,
    /** Measure the impact: customers lost, sales, image, search visibility, cost (POST-01). */
    MEASURE_IMPACT,
    /** Customer testimonials and successes (POST-02). */
    SHARE_TESTIMONIALS_AND_SUCCESSES,
    /** Reinvest in the customer relationship: personal offers, events (POST-02). */
    REINVEST_IN_CUSTOMER_RELATIONSHIP,
    /** Update the editorial charter, train the teams, revise the crisis plan (POST-03). */
    UPDATE_CHARTER_TRAIN_TEAMS_REVISE_PLAN,
    /** Measure sentiment before and after (POST-04). */
    MEASURE_SENTIMENT_BEFORE_AND_AFTER,
    /** Flash audit of the channels used, customer feedback, redefined KPIs (POST-05). */
    AUDIT_CHANNELS_AND_REDEFINE_KPIS,
    /** A/B-test message, targeting and frequency (POST-05). */
    AB_TEST_MESSAGE_TARGETING_FREQUENCY
}
