package io.crisisrules.settings;

import io.crisisrules.checks.Durations;
import io.crisisrules.checks.Checks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The declaration of one house setting: a threshold of the house's own rules, declared beside them
 * in {@code house-settings.properties} (or in code) and read by them from {@link HouseSettings}.
 * Validated when made: every problem at once, each keyed {@code <key>.<field>} (the field of the
 * declaration at fault, e.g. {@code acme.maxRefunds.max}), in one {@link InvalidSettingException}.
 *
 * @param key          namespaced with the house's name, e.g. {@code acme.legalKeywords}; never one
 *                     of the library's groups ({@code detection.}, {@code moderation.} …)
 * @param type         what its value is
 * @param defaultValue its value unless overridden, as written in a settings file
 * @param min          smallest allowed value (integer, decimal and duration only), empty for no bound
 * @param max          largest allowed value (integer, decimal and duration only), empty for no bound
 * @param description  what it means, one sentence
 * @param policy       the house policy ID it parametrises, e.g. {@code ACME-101}, empty for none
 */
public record HouseSetting(String key, Type type, String defaultValue, String min, String max, String description,
                           String policy) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z][a-zA-Z0-9-]*)+");
    /** The namespaces of the library's own settings: a house key may not start with one. */
    static final Set<String> OUR_NAMESPACES = Set.of("detection", "alerting", "severity", "response", "moderation",
            "execution");

    /** What a house setting's value is, as its {@code type} field writes it. */
    public enum Type {
        /** A whole number, read with {@link HouseSettings#integer}. */
        INTEGER,
        /** A decimal number, read with {@link HouseSettings#decimal}. */
        DECIMAL,
        /** A duration ({@code 4h}, {@code 1h30m}, {@code PT4H}), read with {@link HouseSettings#duration}. */
        DURATION,
        /** {@code true} or {@code false}, read with {@link HouseSettings#bool}. */
        BOOLEAN,
        /** Comma-separated words, read with {@link HouseSettings#list}. */
        LIST;

        /** @return its name as the {@code type} field writes it, e.g. {@code "duration"} */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * @param word as the {@code type} field writes it
         * @return the type, or {@code null} when the word names none
         */
        public static Type of(String word) {
            return Arrays.stream(values()).filter(type -> type.word().equals(word)).findFirst().orElse(null);
        }

        /** @return the accessor of {@link HouseSettings} that reads it */
        String accessor() {
            return this == BOOLEAN ? "bool" : word();
        }
    }

    /**
     * Validates the declaration.
     *
     * @param key          namespaced with the house's name, e.g. {@code acme.legalKeywords}
     * @param type         what its value is
     * @param defaultValue its value unless overridden
     * @param min          smallest allowed value, empty for no bound
     * @param max          largest allowed value, empty for no bound
     * @param description  what it means, one sentence
     * @param policy       the house policy ID it parametrises, empty for none
     * @throws InvalidSettingException listing every problem, each keyed {@code <key>.<field>}
     */
    public HouseSetting {
        min = min == null ? "" : min.strip();
        max = max == null ? "" : max.strip();
        policy = policy == null ? "" : policy.strip();
        defaultValue = defaultValue == null ? null : defaultValue.strip();
        List<InvalidSettingException> problems = new ArrayList<>();
        String name = key == null ? "null" : key;
        if (key == null || !KEY.matcher(key).matches()) {
            problems.add(new InvalidSettingException(name, "house setting key \"" + name + "\" must be namespaced with"
                    + " the house's name and a dot, like acme.legalKeywords"));
        } else if (OUR_NAMESPACES.contains(key.substring(0, key.indexOf('.')))) {
            problems.add(new InvalidSettingException(key, "house setting key \"" + key + "\" is in the namespace of the"
                    + " library's " + key.substring(0, key.indexOf('.')) + ".* settings: prefix it with the house's name,"
                    + " like acme." + key.substring(key.indexOf('.') + 1)));
        }
        if (type == null) {
            problems.add(new InvalidSettingException(name + ".type", name + ".type must be one of integer, decimal,"
                    + " duration, boolean, list"));
        }
        if (description == null || description.isBlank()) {
            problems.add(new InvalidSettingException(name + ".description", name + ".description must not be blank"));
        }
        if (!policy.isEmpty() && !Checks.isPolicyId(policy)) {
            problems.add(new InvalidSettingException(name + ".policy", name + ".policy must be a policy ID like"
                    + " ACME-101, but was \"" + policy + "\""));
        }
        if (type != null) {
            boolean ordered = type == Type.INTEGER || type == Type.DECIMAL || type == Type.DURATION;
            Object low = bound(name, "min", min, type, ordered, problems);
            Object high = bound(name, "max", max, type, ordered, problems);
            if (low != null && high != null && compare(low, high) > 0) {
                problems.add(new InvalidSettingException(name + ".max", name + ".max must be >= its min (" + min
                        + "), but was " + max));
            }
            if (defaultValue == null) {
                problems.add(new InvalidSettingException(name + ".default", name + ".default must be given"));
            } else {
                try {
                    Object value = parse(name, type, defaultValue);
                    String range = outOfRange(value, low, high);
                    if (range != null) {
                        problems.add(new InvalidSettingException(name + ".default", name + ".default must be " + range
                                + ", but was " + defaultValue));
                    }
                } catch (InvalidSettingException e) {
                    problems.add(new InvalidSettingException(name + ".default", e.getMessage().replaceFirst(
                            Pattern.quote(name), name + ".default")));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidSettingException.of(problems);
        }
    }

    private static Object bound(String key, String field, String text, Type type, boolean ordered,
                                List<InvalidSettingException> problems) {
        if (text.isEmpty()) {
            return null;
        }
        if (!ordered) {
            problems.add(new InvalidSettingException(key + "." + field, key + "." + field + " is for integer, decimal"
                    + " and duration settings only, not " + type.word()));
            return null;
        }
        try {
            return parse(key + "." + field, type, text);
        } catch (InvalidSettingException e) {
            problems.add(e);
            return null;
        }
    }

    /**
     * @param key  for the message
     * @param type the declared type
     * @param text the value as written in a settings file
     * @return the value: a {@code Long}, {@code Double}, {@code Duration}, {@code Boolean} or {@code List<String>}
     * @throws InvalidSettingException naming the key and echoing the text when it is no such value
     */
    static Object parse(String key, Type type, String text) {
        try {
            return switch (type) {
                case INTEGER -> Long.parseLong(text);
                case DECIMAL -> {
                    double value = Double.parseDouble(text);
                    if (!Double.isFinite(value)) {
                        throw new NumberFormatException(text);
                    }
                    yield value;
                }
                case DURATION -> Durations.parse(text);
                case BOOLEAN -> {
                    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                        throw new NumberFormatException(text);
                    }
                    yield Boolean.parseBoolean(text);
                }
                case LIST -> Arrays.stream(text.split(",")).map(String::strip).filter(word -> !word.isEmpty()).toList();
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            String wanted = switch (type) {
                case INTEGER -> "a whole number";
                case DECIMAL -> "a decimal number";
                case DURATION -> "a duration such as 4h, 30d, 1h30m or PT4H";
                default -> "true or false";
            };
            throw new InvalidSettingException(key, key + " must be " + wanted + ", but was \"" + text + "\"");
        }
    }

    /** @return the allowed range as a message says it when the value is outside it, else {@code null} */
    static String outOfRange(Object value, Object low, Object high) {
        if ((low == null || compare(value, low) >= 0) && (high == null || compare(value, high) <= 0)) {
            return null;
        }
        String min = low == null ? null : format(low);
        String max = high == null ? null : format(high);
        return min == null ? "<= " + max : max == null ? ">= " + min : "within [" + min + ", " + max + "]";
    }

    /** @return the value as a settings file writes it */
    static String format(Object value) {
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Duration duration) {
            return Durations.format(duration);
        }
        if (value instanceof List<?> words) {
            return String.join(",", words.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return ((Comparable) a).compareTo(b);
    }

    /** @return the smallest allowed value, parsed, or {@code null} */
    Object low() {
        return min.isEmpty() ? null : parse(key, type, min);
    }

    /** @return the largest allowed value, parsed, or {@code null} */
    Object high() {
        return max.isEmpty() ? null : parse(key, type, max);
    }
}
