package io.crisisrules.examples.cli;

import io.crisisrules.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a {@code timestamp,value} series as public datasets ship it: a header naming the two columns
 * (in any order, other columns ignored), then one row per line. Timestamps are ISO-8601 with an
 * offset ({@code 2026-03-01T10:05:00Z}), without one ({@code 2015-02-26 21:42:53}, read in the zone
 * given, UTC by default; a fraction of a second is allowed) or epoch seconds or milliseconds. Values
 * are decimal numbers ({@code 104}, {@code 104.0}, {@code 0.132}).
 *
 * <p>A row that cannot be read is one {@link Row} with its line number and the reason, and reading
 * goes on: what the caller accepts is up to it. Blank lines are counted, not returned. A file that is
 * missing, not UTF-8 or whose header lacks a column is one {@link InvalidInputException}.
 */
final class SeriesCsv {
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .parseDefaulting(ChronoField.NANO_OF_SECOND, 0)
            .toFormatter();
    private static final int ECHO = 80;

    private final Path file;
    private final ZoneId zone;
    private long blankLines;

    /**
     * One data line: either read ({@code at}, {@code value}) or rejected ({@code problem}).
     *
     * @param line          line number in the file, the header being line 1
     * @param timestampText the timestamp as the file writes it
     * @param at            the instant it stands for, or {@code null} when rejected
     * @param value         the value, or {@code null} when rejected
     * @param problem       why the row was rejected, or {@code null}
     */
    record Row(long line, String timestampText, Instant at, BigDecimal value, String problem) {
        boolean rejected() {
            return problem != null;
        }

        Row reject(String why) {
            return new Row(line, timestampText, null, null, why);
        }
    }

    SeriesCsv(Path file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    /** @return blank lines skipped so far */
    long blankLines() {
        return blankLines;
    }

    /** Reads every data row in file order. */
    void read(Consumer<Row> rows) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new InvalidInputException("SERIES.csv", file.toString(), "hold a header line and at least one row");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            List<String> names = fields(header);
            int timestampColumn = indexOf(names, "timestamp");
            int valueColumn = indexOf(names, "value");
            if (timestampColumn < 0 || valueColumn < 0) {
                throw new InvalidInputException("SERIES.csv header", header, "name the columns timestamp and value");
            }
            long line = 1;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank()) {
                    blankLines++;
                    continue;
                }
                rows.accept(row(line, text, fields(text), names.size(), timestampColumn, valueColumn));
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("SERIES.csv", file.toString(), "exist");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("SERIES.csv", file.toString(), "be UTF-8 text");
        }
    }

    /** Reads every data row into a list. */
    List<Row> readAll() throws IOException {
        List<Row> rows = new ArrayList<>();
        read(rows::add);
        return rows;
    }

    private Row row(long line, String text, List<String> fields, int columns, int timestampColumn, int valueColumn) {
        String timestampText = timestampColumn < fields.size() ? fields.get(timestampColumn) : null;
        Row row = new Row(line, timestampText, null, null, null);
        if (fields.size() != columns) {
            String requirement = columns == 2 ? "hold two columns, timestamp and value"
                    : "hold " + columns + " columns, as the header does";
            return row.reject(new InvalidInputException("line " + line, echo(text), requirement).getMessage());
        }
        try {
            Instant at = timestamp(line, timestampText, zone);
            BigDecimal value = number(line, fields.get(valueColumn));
            return new Row(line, timestampText.strip(), at, value, null);
        } catch (InvalidInputException e) {
            return row.reject(e.getMessage());
        }
    }

    /**
     * @param line line number, for the message
     * @param text the timestamp as written
     * @param zone the zone of a timestamp written without offset
     * @return the instant
     * @throws InvalidInputException naming the line when it is none of the accepted forms
     */
    static Instant timestamp(long line, String text, ZoneId zone) {
        String field = "line " + line + " timestamp";
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, text, "be present");
        }
        String trimmed = text.strip();
        if (trimmed.chars().allMatch(Character::isDigit) && trimmed.length() <= 18) {
            long number = Long.parseLong(trimmed);
            return trimmed.length() > 11 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
        }
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(trimmed, LOCAL).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, echo(trimmed), "be ISO-8601 (2026-03-01T10:05:00Z, or "
                        + "2026-03-01 10:05:00 in --zone) or epoch seconds or milliseconds");
            }
        }
    }

    /**
     * @param line line number, for the message
     * @param text the value as written
     * @return the number
     * @throws InvalidInputException naming the line when it is missing or not a number
     */
    static BigDecimal number(long line, String text) {
        String field = "line " + line + " value";
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, null, "be present");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, echo(text.strip()), "be a number");
        }
    }

    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Splits one CSV line; a field may be quoted with double quotes ({@code ""} inside is a quote). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>(2);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static String echo(String text) {
        return text.length() > ECHO ? text.substring(0, ECHO) + "…" : text;
    }
}
