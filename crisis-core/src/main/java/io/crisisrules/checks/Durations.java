package io.crisisrules.checks;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in settings and scenario files: {@code 4h}, {@code 30d}, {@code PT4H}. */
public final class Durations {
    private static final Pattern SHORT_FORM = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d|w)");

    private Durations() {
    }

    /**
     * @param text {@code <number><unit>} with unit ms, s, m, h, d or w, or ISO-8601 ({@code PT4H})
     * @return the duration
     * @throws DateTimeParseException if the text is neither form
     */
    public static Duration parse(String text) {
        String trimmed = text.trim();
        Matcher matcher = SHORT_FORM.matcher(trimmed.toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            try {
                long amount = Long.parseLong(matcher.group(1));
                return switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    case "d" -> Duration.ofDays(amount);
                    default -> Duration.ofDays(Math.multiplyExact(7L, amount));
                };
            } catch (ArithmeticException | NumberFormatException e) {
                throw new DateTimeParseException("duration out of range", text, 0, e);
            }
        }
        return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
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
