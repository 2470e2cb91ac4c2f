package io.crisisrules.checks;

import io.crisisrules.InvalidInputException;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Argument checks shared by the value types. Each failure names the field and echoes the value, in
 * the form {@code "reach must be >= 0, but was -3"}.
 */
public final class Checks {
    // capital letters (digits after the first), optional further hyphenated parts, a hyphen and digits
    private static final java.util.regex.Pattern POLICY_ID =
            java.util.regex.Pattern.compile("[A-Z][A-Z0-9]{0,15}(?:-[A-Z0-9]{1,16})*-[0-9]{1,6}");

    private Checks() {
    }

    /**
     * @param text a candidate policy ID
     * @return whether it is one policy ID, whole: {@code MOD-01}, {@code ACME-101}, {@code LEGAL-7}, {@code ACME-EU-12}
     */
    public static boolean isPolicyId(String text) {
        return text != null && POLICY_ID.matcher(text).matches();
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, null, "be present");
        }
        return value;
    }

    public static String text(String field, String value) {
        required(field, value);
        if (value.isBlank()) {
            throw new InvalidInputException(field, value, "not be blank");
        }
        return value;
    }

    public static String optionalText(String field, String value) {
        if (value != null && value.isBlank()) {
            throw new InvalidInputException(field, value, "not be blank when present");
        }
        return value;
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(field, value, "be a finite number");
        }
        return value;
    }

    public static double nonNegative(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new InvalidInputException(field, value, "be >= 0");
        }
        return value;
    }

    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new InvalidInputException(field, value, "be >= 0");
        }
        return value;
    }

    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new InvalidInputException(field, value, "be >= 0");
        }
        return value;
    }

    public static Double optionalFinite(String field, Double value) {
        if (value != null) {
            finite(field, value);
        }
        return value;
    }

    public static Double optionalNonNegative(String field, Double value) {
        if (value != null) {
            nonNegative(field, value);
        }
        return value;
    }

    public static double unitInterval(String field, double value) {
        finite(field, value);
        if (value < 0 || value > 1) {
            throw new InvalidInputException(field, value, "be within [0, 1]");
        }
        return value;
    }

    public static Double optionalUnitInterval(String field, Double value) {
        if (value != null) {
            unitInterval(field, value);
        }
        return value;
    }

    /** Like {@link #unitInterval}, saying what a fraction is, as a percentage is the likely mistake. */
    public static double fraction(String field, double value) {
        nonNegative(field, value);
        if (value > 1) {
            throw new InvalidInputException(field, value, "be a fraction within [0, 1] (0.012 for 1.2 %)");
        }
        return value;
    }

    public static Double optionalFraction(String field, Double value) {
        if (value != null) {
            fraction(field, value);
        }
        return value;
    }

    public static void atMost(String field, long value, String otherField, long other) {
        if (value > other) {
            throw new InvalidInputException(field, value, "be <= " + otherField + " (" + other + ")");
        }
    }

    /**
     * Rounds a derived ratio to 12 decimal places, so that a value computed from decimal inputs
     * compares with a threshold as a person expects: 0.35 − 0.20 is 0.15, not 0.1499999….
     */
    public static double decimal(double value) {
        double scaled = value * 1e12;
        if (!Double.isFinite(scaled)) {
            // beyond 1e296 nothing is left to round; an infinite ratio (1e308 over 1e-300) is kept
            // finite, as large as a double goes, so no rule meets an infinity (issue 19)
            return Double.isInfinite(value) ? Math.copySign(Double.MAX_VALUE, value) : value;
        }
        return Math.rint(scaled) / 1e12;
    }

    /** A defensive copy that rejects null elements, naming the first one. */
    public static <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidInputException(field + "[" + i + "]", null, "be present");
            }
        }
        return List.copyOf(values);
    }

    /** A defensive copy that rejects null elements. */
    public static <T> Set<T> set(String field, Collection<T> values) {
        if (values == null) {
            return Set.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new InvalidInputException(field, null, "not contain null");
            }
        }
        return Set.copyOf(values);
    }

    /** A defensive, unmodifiable {@link EnumSet} copy that rejects null elements. */
    public static <E extends Enum<E>> Set<E> enumSet(String field, Collection<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Collections.emptySet(); // unlike Set.of(), answers contains() without hashing
        }
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E value : values) {
            if (value == null) {
                throw new InvalidInputException(field, null, "not contain null");
            }
            copy.add(value);
        }
        return Collections.unmodifiableSet(copy);
    }

    /** A defensive copy that rejects null keys and values. */
    public static <K, V> Map<K, V> map(String field, Map<K, V> values) {
        return Map.copyOf(entries(field, values));
    }

    /** Rejects null keys and values without copying, for callers that copy into their own form. */
    public static <K, V> Map<K, V> entries(String field, Map<K, V> values) {
        if (values == null) {
            return Map.of();
        }
        for (Map.Entry<K, V> entry : values.entrySet()) {
            if (entry.getKey() == null) {
                throw new InvalidInputException(field, null, "not contain a null key");
            }
            if (entry.getValue() == null) {
                throw new InvalidInputException(field + "." + entry.getKey(), null, "be present");
            }
        }
        return values;
    }
}
