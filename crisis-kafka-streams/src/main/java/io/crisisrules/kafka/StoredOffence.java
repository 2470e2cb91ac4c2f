package io.crisisrules.kafka;

import java.time.Instant;

/**
 * One offence as the store keeps it under its author's key.
 *
 * @param commentId the deleted comment
 * @param at        when it was posted
 */
record StoredOffence(String commentId, Instant at) {
}
