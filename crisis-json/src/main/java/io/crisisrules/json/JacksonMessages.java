package io.crisisrules.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.time.DateTimeException;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts Jackson's reading and binding errors in plain words: where (line and column of the file,
 * or the field's JSON path), what is wrong, and the offending text, cut short. Jackson's own texts
 * carry its internals (a redacted source description, character codes, the names of its features
 * and classes), which mean nothing to the person who wrote the file.
 */
final class JacksonMessages {
    /** How Jackson embeds a location in a message: {@code [Source: REDACTED (...); line: 1, column: 12]}. */
    private static final Pattern EMBEDDED_LOCATION = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)]");
    /** How Jackson describes a character: {@code '"' (code 34)}, {@code 'x' (code 65279 / 0xfeff)}. */
    private static final Pattern CHARACTER_CODE = Pattern.compile("'(.)' \\(code [^)]*\\)");
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
    /** How Jackson lists what may start a value, with or without non-numeric numbers allowed. */
    private static final Pattern ANY_JSON_VALUE = Pattern.compile(
            "(?:a valid value )?\\(JSON String, Number(?: \\(or [^)]*\\))?, Array, Object or token 'null', 'true' or 'false'\\)");
    /** Characters of the text shown before and after the place the parser stopped. */
    private static final int BEFORE = 30;
    private static final int AFTER = 20;

    private JacksonMessages() {
    }

    /**
     * @param error     what the parser reported
     * @param json      the text it read
     * @param firstLine the number of the text's first line in its file, so positions point into the file
     * @param rootName  what to call the text in the exception's field ({@code document}, {@code comment})
     * @param oneValuePerLine whether the text is one line of a JSON Lines file, where a value that does
     *                  not end on its line is the likely mistake (a pretty-printed file)
     * @return the one-line message: {@code line 4, column 12: not well-formed JSON (…), near "…"}
     */
    static FormatViolation notWellFormed(JsonProcessingException error, String json, long firstLine,
                                                       String rootName, boolean oneValuePerLine) {
        JsonLocation location = error.getLocation();
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        String where = line < 1 ? "" : "line " + (firstLine + line - 1) + (column > 0 ? ", column " + column : "") + ": ";
        String reason;
        if (error instanceof JsonEOFException && oneValuePerLine) {
            reason = "the line ends before the JSON value does; each line must hold one whole comment object";
        } else if (error instanceof MismatchedInputException && String.valueOf(error.getOriginalMessage()).startsWith("Trailing token")) {
            reason = "more text after the end of the JSON value"; // FAIL_ON_TRAILING_TOKENS, which we enable
        } else {
            reason = plain(error.getOriginalMessage(), firstLine);
        }
        String near = excerpt(json, line, column);
        return new FormatViolation(rootName, near,
                where + "not well-formed JSON (" + reason + ")" + (near.isEmpty() ? "" : ", near " + near));
    }

    /**
     * @param error    what binding the validated tree to the model's records reported
     * @param tree     the tree, to echo the value at the error's path
     * @param rootName what to call the tree's root
     * @return the one-line message: {@code comments[0].postedAt must be a valid instant (…), but was "…"}
     */
    static FormatViolation notBindable(JsonMappingException error, JsonNode tree, String rootName) {
        String field = JsonPaths.shown(JsonPaths.of(error.getPath()), rootName);
        JsonNode value = tree.at(pointer(error.getPath()));
        String was = ", but was " + Echo.value(value);
        Class<?> target = targetType(error);
        String expected = target == null ? null : expected(target);
        if (expected != null) {
            return new FormatViolation(field, value, field + " must be " + expected + detail(error) + was);
        }
        return new FormatViolation(field, value,
                field + ": " + plain(error.getOriginalMessage(), 1) + was);
    }

    /** Jackson's text without its internals, starting in lower case as the middle of a sentence. */
    static String plain(String message, long firstLine) {
        String text = message == null ? "unreadable" : message;
        Matcher location = EMBEDDED_LOCATION.matcher(text);
        text = location.replaceAll(match -> "line " + (firstLine + Long.parseLong(match.group(1)) - 1)
                + ", column " + match.group(2));
        text = CHARACTER_CODE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(character(match.group(1).charAt(0))));
        text = CONTROL_CHARACTER.matcher(text).replaceAll("a control character, code $1");
        text = ANY_JSON_VALUE.matcher(text).replaceAll("a JSON value");
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** A character as a person can see it: quoted, or its code point when it is invisible (a byte order mark, a no-break space). */
    private static String character(char c) {
        boolean invisible = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
        return invisible ? String.format(Locale.ROOT, "U+%04X", (int) c) : "'" + c + "'";
    }

    /** The text around the place the parser stopped, quoted, on one line, cut at both ends. */
    private static String excerpt(String json, int line, int column) {
        if (line < 1 || column < 1) {
            return "";
        }
        List<String> lines = json.lines().toList();
        if (line > lines.size()) {
            return "";
        }
        String text = lines.get(line - 1).replace('\t', ' ');
        int at = Math.min(column - 1, text.length());
        int from = Math.max(0, at - BEFORE);
        int to = Math.min(text.length(), at + AFTER);
        String shown = (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
        return shown.isBlank() ? "" : "\"" + shown.strip() + "\"";
    }

    private static JsonPointer pointer(List<JsonMappingException.Reference> references) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                pointer = pointer.appendIndex(reference.getIndex());
            } else if (reference.getFieldName() != null) {
                pointer = pointer.appendProperty(reference.getFieldName());
            }
        }
        return pointer;
    }

    private static Class<?> targetType(JsonMappingException error) {
        if (error instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return mismatch.getTargetType();
        }
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
                return coercion.getTargetType();
            }
        }
        return null;
    }

    /** What a value of the type looks like, in words; {@code null} for types Jackson explains better. */
    private static String expected(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "a boolean (true or false)";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (TemporalAccessor.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)) {
            return "a valid " + type.getSimpleName().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** Why java.time refused a value ({@code Invalid date 'FEBRUARY 30'}), when it says more than "could not be parsed". */
    private static String detail(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DateTimeException problem && problem.getMessage() != null) {
                String text = problem.getMessage();
                if (problem instanceof DateTimeParseException) {
                    int reason = text.indexOf("could not be parsed: ");
                    text = reason < 0 ? "" : text.substring(reason + "could not be parsed: ".length());
                }
                return text.isBlank() ? "" : " (" + text + ")";
            }
        }
        return "";
    }
}
