package io.crisisrules.settings;

import io.crisisrules.model.ModerationAction;

import java.time.Duration;

/**
 * Thresholds of the moderation rules (the MOD policies). A classifier score at or above
 * {@code actionThreshold} is acted on as certain; between {@code reviewThreshold} and
 * {@code actionThreshold} the comment is held for a person (MOD-08); while a major crisis is open,
 * uncertain abuse or provocation scores from {@code crisisReviewThreshold} up go to review too (set it
 * at or above {@code reviewThreshold} to add nothing for abuse). Keys are {@code moderation.<component>}.
 * {@link PolicySettings} checks that {@code reviewThreshold <= actionThreshold}.
 *
 * @param reviewThreshold         MOD-08 lowest score at which a label sends the comment to review
 * @param actionThreshold         MOD-01, MOD-08 lowest score at which a label is acted on as certain
 * @param crisisReviewThreshold   MOD-08 the review threshold while a major crisis is open
 * @param hideHeldComments        MOD-08 whether a comment held for review is hidden meanwhile
 * @param replyWithin             MOD-03, MOD-05, MOD-07 time from posting to the reply
 * @param blockAfterOffences      MOD-04 offences, this one included, that get an author blocked
 * @param offenceWindow           MOD-04 how far back an author's offences count
 * @param repeatedQuestionMinimum MOD-07 questions on one subject that make it a repeated question
 */
public record ModerationSettings(
        @Setting(policy = "MOD-08", description = "Lowest classifier score at which a label sends the comment to human review.",
                defaultValue = "0.50", min = "0.01", max = "1")
        double reviewThreshold,
        @Setting(policy = {"MOD-01", "MOD-08"}, description = "Lowest classifier score at which a label is acted on as certain.",
                defaultValue = "0.85", min = "0.01", max = "1")
        double actionThreshold,
        @Setting(policy = "MOD-08", description = "Lowest abuse or provocation score sent to review while a major crisis is open: borderline comments go to review rather than being ignored.",
                defaultValue = "0.30", min = "0.01", max = "1")
        double crisisReviewThreshold,
        @Setting(policy = "MOD-08", description = "Whether a comment held for review is hidden meanwhile (false: it stays visible).",
                defaultValue = "true")
        boolean hideHeldComments,
        @Setting(policy = {"MOD-03", "MOD-05", "MOD-07"}, description = "Time from posting to the reply to a constructive criticism, a complaint or a repeated question.",
                defaultValue = "4h", min = "1m", max = "72h")
        Duration replyWithin,
        @Setting(policy = "MOD-04", description = "Offences within offenceWindow, the current one included, that get the author blocked (at least 2: never a first offence).",
                defaultValue = "3", min = "2", max = "100")
        int blockAfterOffences,
        @Setting(policy = "MOD-04", description = "How far back an author's deleted comments count as offences.",
                defaultValue = "30d", min = "1d", max = "365d")
        Duration offenceWindow,
        @Setting(policy = "MOD-07", description = "Questions on one subject within a batch that make it a repeated question, pointed to the FAQ during a crisis.",
                defaultValue = "3", min = "2", max = "1000")
        int repeatedQuestionMinimum) {

    /** The most offences {@link #blockAfterOffences()} may ask for; an offence history need keep no more per author. */
    public static final int MAX_BLOCK_AFTER_OFFENCES = 100;

    /**
     * @return what a comment held for review gets (MOD-08): {@link ModerationAction#HIDE_PENDING_REVIEW}, or
     *         {@link ModerationAction#HOLD_FOR_REVIEW} when {@link #hideHeldComments()} is false
     */
    public ModerationAction reviewAction() {
        return hideHeldComments ? ModerationAction.HIDE_PENDING_REVIEW : ModerationAction.HOLD_FOR_REVIEW;
    }
}
