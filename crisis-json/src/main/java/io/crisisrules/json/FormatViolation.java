package io.crisisrules.json;

import io.crisisrules.InvalidInputException;

/** A value the format does not allow, located by its JSON path; the message is complete as it is. */
final class FormatViolation extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    FormatViolation(String path, Object value, String message) {
        super(path, value, message, null);
    }

    /** @return {@code error} with {@code path} in front of its field, in its message too */
    static FormatViolation at(String path, InvalidInputException error) {
        String field = path.isEmpty() ? error.field() : path + "." + error.field();
        String message = error.getMessage();
        String rest = message.startsWith(error.field()) ? message.substring(error.field().length()) : ": " + message;
        return new FormatViolation(field, error.value(), field + rest);
    }
}
