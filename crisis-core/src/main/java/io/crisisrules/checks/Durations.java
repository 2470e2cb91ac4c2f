package io.crisisrules.checks;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in settings and scenario files: {@code 4h}, {@code 30d},
 * {@code PT4H}, and compound forms as Prometheus writes them, {@code 1h30m}, {@code 2d12h},
 * {@code 1m30s500ms} (units from the largest down, each at most once).
 */
public final class Durations {
    private static final Pattern SHORT_FORM = Pattern.compile("(?:\\d+\\s*(?:ms|s|m|h|d|w)\\s*)+");
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d|w)");
    // the units from the largest down: a compound duration names them in this order
    private static final java.util.List<String> UNITS = java.util.List.of("w", "d", "h", "m", "s", "ms");

    private Durations() {
    }

    /**
     * @param text {@code <number><unit>} with unit ms, s, m, h, d or w, several of them from the
     *             largest unit down ({@code 1h30m}), or ISO-8601 ({@code PT4H})
     * @return the duration
     * @throws DateTimeParseException if the text is neither form
     */
    public static Duration parse(String text) {
        String trimmed = text.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.isEmpty() && SHORT_FORM.matcher(lower).matches()) {
            Matcher part = PART.matcher(lower);
            Duration total = Duration.ZERO;
            int previous = -1;
            while (part.find()) {
                int unit = UNITS.indexOf(part.group(2));
                if (unit <= previous) {
                    throw new DateTimeParseException("units of a compound duration go from the largest down, each once"
                            + " (1h30m, not 30m1h)", text, part.start());
                }
                previous = unit;
                try {
                    total = total.plus(of(Long.parseLong(part.group(1)), part.group(2)));
                } catch (ArithmeticException | NumberFormatException e) {
                    throw new DateTimeParseException("duration out of range", text, part.start(), e);
                }
            }
            return total;
        }
        // Duration.parse takes ISO-8601 in any case; upper-casing first would also let "PT1\u017F" (long s) through
        return Duration.parse(trimmed);
    }

    private static Duration of(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofDays(Math.multiplyExact(7L, amount));
        };
    }

    /**
     * @return the shortest short form that is exact: {@code 4h}, {@code 30d}, {@code 90m},
     *         {@code 1500ms}; ISO-8601 when no short form is exact (below a millisecond)
     */
    public static String format(Duration duration) {
        if (duration.getNano() % 1_000_000 != 0) {
            return duration.toString();
        }
        long millis = duration.toMillis();
        if (millis != 0 && millis % 86_400_000L == 0) {
            return millis / 86_400_000L + "d";
        }
        if (millis != 0 && millis % 3_600_000L == 0) {
            return millis / 3_600_000L + "h";
        }
        if (millis != 0 && millis % 60_000L == 0) {
            return millis / 60_000L + "m";
        }
        if (millis % 1_000L == 0) {
            return millis / 1_000L + "s";
        }
        return millis + "ms";
    }
}
