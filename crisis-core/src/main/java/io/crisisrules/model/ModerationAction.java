package io.crisisrules.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What to do with a public comment. Each action declares what it does as data: its
 * {@linkplain #strictness() strictness} (MOD-06), whether the comment stays {@linkplain #visibility()
 * visible}, whether the brand {@linkplain #isReply() replies} and whether it {@linkplain #isOffence()
 * counts as an offence} for its author (MOD-04). Rules and the engine read these attributes, never a
 * list of constants and never the declaration order, so a new action declares them and nothing else.
 *
 * <p>When several moderation rules match one comment, the strictest action wins (MOD-06: delete over
 * ignore over reply). {@link #strictest(Collection)} and {@link #isStricterThan(ModerationAction)} are
 * that precedence, the only comparison of actions: removing content beats holding it for review,
 * which beats answering it; a customer complaint's reply and CRM case beats "ignore", so a complaint
 * is never ignored even when it is also a provocation (MOD-05). Strictest first:
 * {@link #BLOCK_AUTHOR} &gt; {@link #DELETE_AND_REPORT} &gt; {@link #HIDE_PENDING_REVIEW} &gt;
 * {@link #HOLD_FOR_REVIEW} &gt; {@link #REPLY_AND_OPEN_CASE} &gt; {@link #IGNORE} &gt; {@link #REPLY}
 * &gt; {@link #POINT_TO_FAQ} &gt; {@link #NO_ACTION}.
 */
public enum ModerationAction {
    /** Delete the comment, report it to the platform and block its author (MOD-04). */
    BLOCK_AUTHOR(80, Visibility.REMOVED, Trait.COUNTS_AS_OFFENCE),
    /** Delete the comment and report the abusive behaviour to the platform (MOD-01). */
    DELETE_AND_REPORT(70, Visibility.REMOVED, Trait.COUNTS_AS_OFFENCE),
    /** Hide the comment while a person reviews it; provisional (MOD-08). */
    HIDE_PENDING_REVIEW(60, Visibility.HIDDEN),
    /**
     * Leave the comment visible while a person reviews it; provisional (MOD-08, when the settings say
     * held comments are not hidden: {@code moderation.hideHeldComments=false}).
     */
    HOLD_FOR_REVIEW(50, Visibility.VISIBLE),
    /** Reply with empathy and open or update a CRM/helpdesk case (MOD-05). */
    REPLY_AND_OPEN_CASE(40, Visibility.VISIBLE, Trait.REPLIES),
    /** Leave it and do not feed it (MOD-02). */
    IGNORE(30, Visibility.VISIBLE),
    /** Reply constructively and propose a solution (MOD-03). */
    REPLY(20, Visibility.VISIBLE, Trait.REPLIES),
    /** Reply by pointing to the FAQ (MOD-07). */
    POINT_TO_FAQ(10, Visibility.VISIBLE, Trait.REPLIES),
    /** Nothing in the comment calls for moderation: leave it visible, no reply needed. */
    NO_ACTION(0, Visibility.VISIBLE);

    /** Every action, strictest first: the precedence of MOD-06 as a list. */
    private static final List<ModerationAction> BY_PRECEDENCE = Arrays.stream(values())
            .sorted(Comparator.comparingInt(ModerationAction::strictness).reversed()).toList();

    static {
        for (int i = 1; i < BY_PRECEDENCE.size(); i++) {
            if (BY_PRECEDENCE.get(i).strictness == BY_PRECEDENCE.get(i - 1).strictness) {
                throw new IllegalStateException("ModerationAction " + BY_PRECEDENCE.get(i - 1) + " and "
                        + BY_PRECEDENCE.get(i) + " have the same strictness " + BY_PRECEDENCE.get(i).strictness
                        + ": MOD-06 needs one strictest action");
            }
        }
    }

    private final int strictness;
    private final Visibility visibility;
    private final Set<Trait> traits;

    ModerationAction(int strictness, Visibility visibility, Trait... traits) {
        this.strictness = strictness;
        this.visibility = visibility;
        this.traits = Set.of(traits);
    }

    /**
     * @return the action's rank in the precedence of MOD-06: the higher, the stricter; unique among
     *         the actions, with gaps so that an action can be declared between two others
     */
    public int strictness() {
        return strictness;
    }

    /** @return what the public sees of the comment after this action */
    public Visibility visibility() {
        return visibility;
    }

    /** @return whether the comment stays visible to the public after this action */
    public boolean leavesVisible() {
        return visibility == Visibility.VISIBLE;
    }

    /** @return whether the brand answers the comment (a reply is due {@code moderation.replyWithin} after posting) */
    public boolean isReply() {
        return traits.contains(Trait.REPLIES);
    }

    /** @return whether the action counts as an offence against the policy for its author (MOD-04) */
    public boolean isOffence() {
        return traits.contains(Trait.COUNTS_AS_OFFENCE);
    }

    /** @return every action, strictest first (MOD-06) */
    public static List<ModerationAction> byPrecedence() {
        return BY_PRECEDENCE;
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
     * @return whether this action is stricter than {@code other}: of a higher {@link #strictness()} (MOD-06)
     */
    public boolean isStricterThan(ModerationAction other) {
        return strictness > other.strictness;
    }

    /**
     * @param other another action
     * @return the stricter of this one and {@code other} (MOD-06)
     */
    public ModerationAction stricterOf(ModerationAction other) {
        return other.isStricterThan(this) ? other : this;
    }

    /** What the public sees of a comment after an action. */
    public enum Visibility {
        /** The comment stays as it is. */
        VISIBLE,
        /** Hidden while a person reviews it; it may come back. */
        HIDDEN,
        /** Deleted (and reported). */
        REMOVED
    }

    /** What an action does besides its visibility. */
    private enum Trait {
        /** The brand answers the comment. */
        REPLIES,
        /** The author committed an offence (MOD-04). */
        COUNTS_AS_OFFENCE
    }
}
