package io.crisisrules.kafka;

/**
 * The headers of a dead-letter record. Its key and value are the input record's (a comment the
 * engine rejected is written back as its comment document); these headers say why and where from.
 */
public final class DeadLetterHeaders {
    /** The offending field, e.g. {@code scores.HATEFUL}, {@code $schema} or {@code key}. */
    public static final String FIELD = "crisis.error.field";
    /** The reason, naming the field and echoing the value, e.g. {@code "scores.HATEFUL must be within [0, 1], but was 1.5"}. */
    public static final String REASON = "crisis.error.reason";
    /** The topic the input record was read from. */
    public static final String SOURCE_TOPIC = "crisis.source.topic";
    /** Its partition, as a decimal string. */
    public static final String SOURCE_PARTITION = "crisis.source.partition";
    /** Its offset, as a decimal string. */
    public static final String SOURCE_OFFSET = "crisis.source.offset";

    private DeadLetterHeaders() {
    }
}
