package io.crisisrules.examples.cli;

import io.crisisrules.InvalidInputException;
import io.crisisrules.json.ReadLimits;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --limit KEY=N}, shared by the commands that read files: raises (or lowers) a limit on what
 * one input may hold, by the key the error message names when the limit is passed.
 */
final class LimitOptions {

    @Option(names = "--limit", paramLabel = "KEY=N",
            description = {"Changes a limit on the input, by the key an error names when the input passes it",
                    "(json.maxTextLength, json.maxItems, csv.maxRows…; README, \"Input limits\"). Repeatable."})
    Map<String, Long> limits = new LinkedHashMap<>();

    /** @return the JSON readers' limits, the defaults changed by the {@code json.*} keys given */
    ReadLimits json() {
        requireKnownKeys();
        ReadLimits json = ReadLimits.defaults();
        for (Map.Entry<String, Long> limit : limits.entrySet()) {
            if (ReadLimits.keys().contains(limit.getKey())) {
                json = json.with(limit.getKey(), limit.getValue());
            }
        }
        return json;
    }

    /** @return the most data rows a series may hold ({@value SeriesCsv#MAX_ROWS}) */
    long csvMaxRows() {
        requireKnownKeys();
        return positive(SeriesCsv.MAX_ROWS, limits.getOrDefault(SeriesCsv.MAX_ROWS, SeriesCsv.DEFAULT_MAX_ROWS));
    }

    /** @return the most characters a line of a series may have ({@value SeriesCsv#MAX_LINE_LENGTH}) */
    int csvMaxLineLength() {
        requireKnownKeys();
        long length = positive(SeriesCsv.MAX_LINE_LENGTH,
                limits.getOrDefault(SeriesCsv.MAX_LINE_LENGTH, (long) SeriesCsv.DEFAULT_MAX_LINE_LENGTH));
        if (length > Integer.MAX_VALUE) {
            throw new InvalidInputException(SeriesCsv.MAX_LINE_LENGTH, length, "be <= " + Integer.MAX_VALUE);
        }
        return (int) length;
    }

    private void requireKnownKeys() {
        List<String> known = new ArrayList<>(ReadLimits.keys());
        known.add(SeriesCsv.MAX_ROWS);
        known.add(SeriesCsv.MAX_LINE_LENGTH);
        for (String key : limits.keySet()) {
            if (!known.contains(key)) {
                throw new InvalidInputException("--limit", key, "be one of " + known);
            }
        }
    }

    private static long positive(String key, long value) {
        if (value < 1) {
            throw new InvalidInputException(key, value, "be >= 1");
        }
        return value;
    }
}
