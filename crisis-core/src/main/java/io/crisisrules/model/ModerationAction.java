package io.crisisrules.model;

import java.util.Collection;

/**
 * What to do with a public comment, declared from the strictest to the mildest. When several
 * moderation rules match one comment, the strictest action wins (MOD-06: delete over ignore over
 * reply); {@link #strictest(Collection)} is that precedence, as data rather than rule salience.
 *
 * <p>The order, strictest first: {@link #BLOCK_AUTHOR} &gt; {@link #DELETE_AND_REPORT} &gt;
 * {@link #HIDE_PENDING_REVIEW} &gt; {@link #HOLD_FOR_REVIEW} &gt; {@link #REPLY_AND_OPEN_CASE} &gt;
 * {@link #IGNORE} &gt; {@link #REPLY} &gt; {@link #POINT_TO_FAQ} &gt; {@link #NO_ACTION}. Removing
 * content beats holding it for review, which beats answering it; a customer complaint's reply and
 * CRM case beats "ignore", so a complaint is never ignored even when it is also a provocation
 * (MOD-05).
 */
public enum ModerationAction {
    /** Delete the comment, report it to the platform and block its author (MOD-04). */
    BLOCK_AUTHOR,
    /** Delete the comment and report the abusive behaviour to the platform (MOD-01). */
    DELETE_AND_REPORT,
    /** Hide the comment while a person reviews it; provisional (MOD-08). */
    HIDE_PENDING_REVIEW,
    /**
     * Leave the comment visible while a person reviews it; provisional (MOD-08, when the settings say
     * held comments are not hidden: {@code moderation.hideHeldComments=false}).
     */
    HOLD_FOR_REVIEW,
    /** Reply with empathy and open or update a CRM/helpdesk case (MOD-05). */
    REPLY_AND_OPEN_CASE,
    /** Leave it and do not feed it (MOD-02). */
    IGNORE,
    /** Reply constructively and propose a solution (MOD-03). */
    REPLY,
    /** Reply by pointing to the FAQ (MOD-07). */
    POINT_TO_FAQ,
    /** Nothing in the comment calls for moderation: leave it visible, no reply needed. */
    NO_ACTION;

    /** @return whether the comment stays visible to the public after this action */
    public boolean leavesVisible() {
        return this != BLOCK_AUTHOR && this != DELETE_AND_REPORT && this != HIDE_PENDING_REVIEW;
    }

    /** @return whether the brand answers the comment */
    public boolean isReply() {
        return this == REPLY_AND_OPEN_CASE || this == REPLY || this == POINT_TO_FAQ;
    }

    /** @return whether the action counts as an offence against the policy for its author (MOD-04) */
    public boolean isOffence() {
        return this == BLOCK_AUTHOR || this == DELETE_AND_REPORT;
    }

    /**
     * @param actions candidate actions, at least one
     * @return the strictest of them (MOD-06)
     */
    public static ModerationAction strictest(Collection<ModerationAction> actions) {
        return actions.stream().reduce(ModerationAction::stricterOf)
                .orElseThrow(() -> new IllegalArgumentException("actions must not be empty"));
    }

    /**
     * @param other another action
     * @return whether this action is stricter than {@code other}: declared before it (MOD-06)
     */
    public boolean isStricterThan(ModerationAction other) {
        return compareTo(other) < 0;
    }

    /**
     * @param other another action
     * @return the stricter of this one and {@code other} (MOD-06)
     */
    public ModerationAction stricterOf(ModerationAction other) {
        return other.isStricterThan(this) ? other : this;
    }
}
