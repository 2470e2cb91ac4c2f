package io.crisisrules.model;

/**
 * What a comment is, as the host's classifier or moderators label it (the MOD policies;
 * README "moderation-actions" table).
 * A comment may carry several labels.
 */
public enum CommentLabel {
    /** Hate speech. */
    HATEFUL,
    /** Insults. */
    INSULTING,
    /** Defamation. */
    DEFAMATORY,
    /** Provocation or trolling. */
    PROVOCATION,
    /** Criticism argued in good faith. */
    CONSTRUCTIVE_CRITICISM,
    /** A real problem reported by a customer, polite or not. */
    CUSTOMER_COMPLAINT,
    /** A question to the brand. */
    QUESTION,
    /** Advertising or unsolicited repeated content. */
    SPAM,
    /** Negative in tone (used for sentiment counts, not a moderation concern on its own). */
    NEGATIVE;

    /** @return whether policy MOD-01 removes content with this label */
    public boolean isAbusive() {
        return this == HATEFUL || this == INSULTING || this == DEFAMATORY;
    }
}
