package io.crisisrules.kafka;

/**
 * What a processor hands to the sinks for one input record or change: a document for the output
 * topic, a dead letter, or both (a rejected comment has an outcome and a dead letter). Lives only
 * between processors of one sub-topology, never on a topic.
 *
 * @param document        for the output topic, or {@code null}
 * @param deadLetterValue the value to write to the dead-letter topic, or {@code null} for none
 * @param field           the offending field, when a dead letter
 * @param reason          why, when a dead letter
 */
record Emitted(Object document, byte[] deadLetterValue, String field, String reason) {

    static Emitted output(Object document) {
        return new Emitted(document, null, null, null);
    }

    static Emitted deadLetter(byte[] value, String field, String reason) {
        return new Emitted(null, value, field, reason);
    }

    boolean hasDocument() {
        return document != null;
    }

    boolean isDeadLetter() {
        return reason != null;
    }
}
