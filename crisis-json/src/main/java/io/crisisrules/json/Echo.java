package io.crisisrules.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Echoes an offending value in a message, as JSON and cut short, so a message stays one readable
 * line whatever was handed in (a whole object, a long text).
 */
final class Echo {
    /** Long enough for an id, an instant or a short list of labels. */
    static final int MAX_LENGTH = 60;

    private Echo() {
    }

    /** @return the value as JSON ({@code "text"}, {@code -3}, {@code ["A","B"]}), cut short; {@code missing} for none */
    static String value(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "missing";
        }
        if (value.isNumber() && !Double.isFinite(value.doubleValue())) {
            return value.asText(); // Jackson writes non-finite numbers as quoted strings
        }
        String json = value.toString();
        if (json.length() <= MAX_LENGTH) {
            return json;
        }
        String cut = json.substring(0, MAX_LENGTH - 1) + "…";
        return value.isTextual() ? cut + "\"" : cut;
    }

    /** @return the text in double quotes, on one line, cut short */
    static String text(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return "\"" + (flat.length() <= MAX_LENGTH ? flat : flat.substring(0, MAX_LENGTH - 1) + "…") + "\"";
    }
}
