package io.crisisrules;

import java.util.Objects;

/**
 * Thrown when a value handed to the library breaks its contract: a negative count, a NaN rate, a
 * blank identifier, a duplicate comment id. The message names the field and echoes the value, for
 * example {@code "reach must be >= 0, but was -3"}, so it can be shown to a person as it is.
 *
 * <p>{@link #field()} is the name of the offending field as it appears in the Java API and in the
 * scenario JSON format; readers of nested input (such as the JSON scenario reader) prefix it with
 * the path of the enclosing element.
 */
public class InvalidInputException extends CrisisRulesException {
    private static final long serialVersionUID = 1L;

    /** The name of the invalid field. */
    private final String field;
    private final transient Object value;

    /**
     * @param field the field that holds the bad value
     * @param value the bad value, echoed in the message (may be {@code null})
     * @param requirement what the field must satisfy, phrased to follow "field must", e.g. "be >= 0"
     */
    public InvalidInputException(String field, Object value, String requirement) {
        super(field + " must " + requirement + ", but was " + render(value));
        this.field = Objects.requireNonNull(field, "field");
        this.value = value;
    }

    /**
     * A problem with a whole element rather than one value, such as a duplicate id.
     *
     * @param field the field that identifies the element
     * @param value the offending value
     * @param message the complete message
     * @param unused distinguishes this constructor; pass {@code null}
     */
    protected InvalidInputException(String field, Object value, String message, Void unused) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
        this.value = value;
    }

    /**
     * An element that repeats one handed in before it, such as a second comment with the same id.
     *
     * @param field    the repeated element, e.g. {@code "comments[3]"}
     * @param value    the repeated key, e.g. the comment id
     * @param uniqueBy what must be unique, e.g. {@code "id"}
     * @return the exception to throw
     */
    public static InvalidInputException duplicate(String field, Object value, String uniqueBy) {
        return new InvalidInputException(field, value,
                field + " must have a unique " + uniqueBy + ", but " + render(value) + " appears more than once",
                null);
    }

    /** @return the offending field, e.g. {@code "score"} or {@code "comments[2].score"} */
    public String field() {
        return field;
    }

    /** @return the offending value as it was handed in (may be {@code null}) */
    public Object value() {
        return value;
    }

    static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence s) {
            return "\"" + s + "\"";
        }
        return String.valueOf(value);
    }
}
