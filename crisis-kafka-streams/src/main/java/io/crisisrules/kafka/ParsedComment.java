package io.crisisrules.kafka;

import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.Rejection;

/**
 * A comment record after reading: the comment to moderate, or why it cannot be (with the record's
 * value, for the dead-letter topic). Lives only inside the reading sub-topology.
 *
 * @param comment   the comment, or {@code null} when rejected
 * @param rejection why not, or {@code null}
 * @param value     the record's value as read
 * @param offset    the record's offset in the comments topic, the outcome's index
 */
record ParsedComment(CommentInput comment, Rejection rejection, byte[] value, long offset) {

    boolean isReadable() {
        return comment != null;
    }
}
