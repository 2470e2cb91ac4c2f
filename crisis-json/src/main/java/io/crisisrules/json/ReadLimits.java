package io.crisisrules.json;

import io.crisisrules.InvalidInputException;

import java.util.List;
import java.util.Locale;

/**
 * How much one document may hold before the readers refuse it: its length, how deep it nests, the
 * length of one text (or field name), the items of one list (or members of one object) and the
 * digits of one number. A document past a limit fails with an {@link InvalidInputException} that
 * names the field, the value and the limit by its key, for example {@code comments[0].text is
 * 2,000,001 characters long, above the limit of 100,000 (json.maxTextLength)}; the host raises the
 * limit with {@link #with(String, long)} or a {@code withMax…} method. Length, depth, text and number
 * limits are Jackson's stream read constraints, so a document is refused while it is parsed, before
 * it is bound to the model; item counts are checked on the parsed tree, before the schema.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxTextLength(1_000_000);   // or .with("json.maxTextLength", 1_000_000)
 * CrisisJson json = CrisisJson.create(limits);
 * ScenarioFormat scenarios = new ScenarioFormat(limits);
 * }</pre>
 *
 * @param maxDocumentLength characters of one document (a file, or one line of a JSON Lines file), key
 *                          {@value #MAX_DOCUMENT_LENGTH}, default {@value #DEFAULT_MAX_DOCUMENT_LENGTH}
 * @param maxDepth          nesting of arrays and objects, key {@value #MAX_DEPTH}, default
 *                          {@value #DEFAULT_MAX_DEPTH} (the format itself needs fewer than ten), at most
 *                          {@value #MAX_DEPTH_CEILING}
 * @param maxTextLength     characters of one string value or field name, key {@value #MAX_TEXT_LENGTH},
 *                          default {@value #DEFAULT_MAX_TEXT_LENGTH}
 * @param maxItems          items of one array or members of one object, key {@value #MAX_ITEMS}, default
 *                          {@value #DEFAULT_MAX_ITEMS}
 * @param maxNumberLength   characters of one number, key {@value #MAX_NUMBER_LENGTH}, default
 *                          {@value #DEFAULT_MAX_NUMBER_LENGTH} (a double needs at most 24)
 */
public record ReadLimits(long maxDocumentLength, int maxDepth, int maxTextLength, int maxItems, int maxNumberLength) {
    /** Key of {@link #maxDocumentLength()} in messages and in {@link #with(String, long)}. */
    public static final String MAX_DOCUMENT_LENGTH = "json.maxDocumentLength";
    /** Key of {@link #maxDepth()}. */
    public static final String MAX_DEPTH = "json.maxDepth";
    /** Key of {@link #maxTextLength()}. */
    public static final String MAX_TEXT_LENGTH = "json.maxTextLength";
    /** Key of {@link #maxItems()}. */
    public static final String MAX_ITEMS = "json.maxItems";
    /** Key of {@link #maxNumberLength()}. */
    public static final String MAX_NUMBER_LENGTH = "json.maxNumberLength";

    /** Default of {@link #maxDocumentLength()}: ten million characters. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 10_000_000;
    /** Default of {@link #maxDepth()}. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /**
     * The deepest {@link #maxDepth()} may be: the checks after parsing (finite numbers, item counts, the
     * schema, binding) walk the document recursively, and stay well within a thread's stack at this depth.
     */
    public static final int MAX_DEPTH_CEILING = 1_000;
    /** Default of {@link #maxTextLength()}: a comment of 100,000 characters is some fifty pages. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 100_000;
    /** Default of {@link #maxItems()}: a year of hourly counts fits nine times over. */
    public static final int DEFAULT_MAX_ITEMS = 100_000;
    /** Default of {@link #maxNumberLength()}. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

    private static final List<String> KEYS = List.of(MAX_DOCUMENT_LENGTH, MAX_DEPTH, MAX_TEXT_LENGTH, MAX_ITEMS,
            MAX_NUMBER_LENGTH);

    /**
     * Checks each limit.
     *
     * @param maxDocumentLength characters of one document
     * @param maxDepth          nesting of arrays and objects
     * @param maxTextLength     characters of one string value or field name
     * @param maxItems          items of one array or members of one object
     * @param maxNumberLength   characters of one number
     * @throws InvalidInputException naming the key of a limit below 1, or of a depth above {@value #MAX_DEPTH_CEILING}
     */
    public ReadLimits {
        requirePositive(MAX_DOCUMENT_LENGTH, maxDocumentLength);
        requirePositive(MAX_DEPTH, maxDepth);
        if (maxDepth > MAX_DEPTH_CEILING) {
            throw new InvalidInputException(MAX_DEPTH, maxDepth, "be <= " + MAX_DEPTH_CEILING
                    + " (the checks after parsing walk the document recursively)");
        }
        requirePositive(MAX_TEXT_LENGTH, maxTextLength);
        requirePositive(MAX_ITEMS, maxItems);
        requirePositive(MAX_NUMBER_LENGTH, maxNumberLength);
    }

    /** @return the documented defaults */
    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_DEPTH, DEFAULT_MAX_TEXT_LENGTH,
                DEFAULT_MAX_ITEMS, DEFAULT_MAX_NUMBER_LENGTH);
    }

    /** @return the keys {@link #with(String, long)} takes, as messages name the limits */
    public static List<String> keys() {
        return KEYS;
    }

    /**
     * @param key   one of {@link #keys()}
     * @param value the new limit, at least 1
     * @return these limits with that one changed
     * @throws InvalidInputException if the key is unknown or the value below 1 or too large for the limit
     */
    public ReadLimits with(String key, long value) {
        if (key == null || !KEYS.contains(key)) {
            throw new InvalidInputException("limit", key, "be one of " + KEYS);
        }
        if (key.equals(MAX_DOCUMENT_LENGTH)) {
            return withMaxDocumentLength(value);
        }
        if (value > Integer.MAX_VALUE) {
            throw new InvalidInputException(key, value, "be <= " + Integer.MAX_VALUE);
        }
        int limit = (int) value;
        return switch (key) {
            case MAX_DEPTH -> withMaxDepth(limit);
            case MAX_TEXT_LENGTH -> withMaxTextLength(limit);
            case MAX_ITEMS -> withMaxItems(limit);
            default -> withMaxNumberLength(limit);
        };
    }

    /**
     * @param limit characters of one document
     * @return these limits with that one changed
     */
    public ReadLimits withMaxDocumentLength(long limit) {
        return new ReadLimits(limit, maxDepth, maxTextLength, maxItems, maxNumberLength);
    }

    /**
     * @param limit nesting of arrays and objects
     * @return these limits with that one changed
     */
    public ReadLimits withMaxDepth(int limit) {
        return new ReadLimits(maxDocumentLength, limit, maxTextLength, maxItems, maxNumberLength);
    }

    /**
     * @param limit characters of one string value or field name
     * @return these limits with that one changed
     */
    public ReadLimits withMaxTextLength(int limit) {
        return new ReadLimits(maxDocumentLength, maxDepth, limit, maxItems, maxNumberLength);
    }

    /**
     * @param limit items of one array or members of one object
     * @return these limits with that one changed
     */
    public ReadLimits withMaxItems(int limit) {
        return new ReadLimits(maxDocumentLength, maxDepth, maxTextLength, limit, maxNumberLength);
    }

    /**
     * @param limit characters of one number
     * @return these limits with that one changed
     */
    public ReadLimits withMaxNumberLength(int limit) {
        return new ReadLimits(maxDocumentLength, maxDepth, maxTextLength, maxItems, limit);
    }

    /**
     * A breach of a limit, worded as every reader words one, so that readers outside this module (the
     * command-line tool's line and CSV readers) say it the same way.
     *
     * @param field the field (or line) that is too large, as {@link InvalidInputException#field()} gives it
     * @param value the measure that broke the limit
     * @param what  what is too large, with its measure: {@code "comments[0].text is 2,000,001 characters long"}
     * @param limit the limit
     * @param key   its key
     * @return the exception: {@code what + ", above the limit of 100,000 (json.maxTextLength)"}
     */
    public static InvalidInputException exceeded(String field, Object value, String what, long limit, String key) {
        return new FormatViolation(field, value, breach(what, limit, key));
    }

    static String breach(String what, long limit, String key) {
        return what + ", above the limit of " + count(limit) + " (" + key + ")";
    }

    /**
     * @param value a count
     * @return it with thousands separators, as messages show counts ({@code 2,000,001})
     */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static void requirePositive(String key, long value) {
        if (value < 1) {
            throw new InvalidInputException(key, value, "be >= 1");
        }
    }
}
