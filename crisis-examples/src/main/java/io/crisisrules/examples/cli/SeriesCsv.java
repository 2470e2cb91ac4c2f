package io.crisisrules.examples.cli;

import io.crisisrules.InvalidInputException;
import io.crisisrules.json.ReadLimits;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
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
 * <p>A row that cannot be read (not UTF-8, longer than {@value #MAX_LINE_LENGTH}, a timestamp outside
 * years 1 to 9999…) is one {@link Row} with its line number and the reason, and reading goes on: what
 * the caller accepts is up to it. Blank lines are counted, not returned. A file that is missing, whose
 * header is unreadable or lacks a column, or that holds more than {@value #MAX_ROWS} rows is one
 * {@link InvalidInputException}. Lines are read by {@link TextLines}, as the other commands read theirs.
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
    /** A long holds 19 digits: no count or measurement of a series needs more. */
    private static final int MAX_INTEGER_DIGITS = 19;
    private static final int MAX_DECIMAL_DIGITS = 30;

    /** Key of the most data rows a series may have. */
    static final String MAX_ROWS = "csv.maxRows";
    /** Key of the most characters a line may have. */
    static final String MAX_LINE_LENGTH = "csv.maxLineLength";
    /** Ten years of 5-minute counts. */
    static final long DEFAULT_MAX_ROWS = 1_000_000;
    /** A row of two columns needs some 40. */
    static final int DEFAULT_MAX_LINE_LENGTH = 10_000;
    /** Timestamps with four-digit years: a series from beyond them is a typo, and would overflow the monitor's arithmetic. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private final Path file;
    private final ZoneId zone;
    private final long maxRows;
    private final int maxLineLength;
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
        this(file, zone, DEFAULT_MAX_ROWS, DEFAULT_MAX_LINE_LENGTH);
    }

    /**
     * @param maxRows       the most data rows the file may hold ({@value #MAX_ROWS}); more fail the file
     * @param maxLineLength the most characters of a line ({@value #MAX_LINE_LENGTH}); a longer row is rejected
     */
    SeriesCsv(Path file, ZoneId zone, long maxRows, int maxLineLength) {
        this.file = file;
        this.zone = zone;
        this.maxRows = maxRows;
        this.maxLineLength = maxLineLength;
    }

    /** @return blank lines skipped so far */
    long blankLines() {
        return blankLines;
    }

    /**
     * Reads every data row in file order.
     *
     * @throws InvalidInputException when the file is missing, its header is unreadable or lacks a
     *                               column, or it holds more rows than {@code csv.maxRows}
     */
    void read(Consumer<Row> rows) throws IOException {
        try {
            read(Files.newInputStream(file), rows);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("SERIES.csv", file.toString(), "exist");
        }
    }

    /** Reads every data row of {@code in}, the file's bytes, which it closes. */
    void read(InputStream in, Consumer<Row> rows) throws IOException {
        try (TextLines lines = new TextLines(in, maxLineLength, MAX_LINE_LENGTH)) {
            TextLines.Line header = lines.next();
            if (header == null) {
                throw new InvalidInputException("SERIES.csv", file.toString(), "hold a header line and at least one row");
            }
            if (header.problem() != null) {
                throw new InvalidInputException("SERIES.csv header", file.toString(),
                        "be readable (" + header.problem() + ")");
            }
            List<String> names = fields(header.text());
            int timestampColumn = indexOf(names, "timestamp");
            int valueColumn = indexOf(names, "value");
            if (timestampColumn < 0 || valueColumn < 0) {
                throw new InvalidInputException("SERIES.csv header", header.text(), "name the columns timestamp and value");
            }
            long read = 0;
            for (TextLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    blankLines++;
                    continue;
                }
                if (++read > maxRows) {
                    throw ReadLimits.exceeded("SERIES.csv", read, "SERIES.csv has at least " + ReadLimits.count(read)
                            + " rows", maxRows, MAX_ROWS);
                }
                rows.accept(line.problem() != null
                        ? new Row(line.number(), null, null, null, line.problem())
                        : row(line.number(), line.text(), fields(line.text()), names.size(), timestampColumn, valueColumn));
            }
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
        Instant at = parsed(field, trimmed, zone);
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new InvalidInputException(field, echo(trimmed), "be in a year from 1 to 9999 (it is " + at + ")");
        }
        return at;
    }

    private static Instant parsed(String field, String trimmed, ZoneId zone) {
        if (trimmed.chars().allMatch(c -> c >= '0' && c <= '9') && trimmed.length() <= 18) {
            long number = Long.parseLong(trimmed);
            return trimmed.length() > 11 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
        }
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(trimmed, LOCAL).atZone(zone).toInstant();
            } catch (DateTimeException e) { // not parsed, or a date-time no zone rule can place
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
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, echo(text.strip()), "be a number");
        }
        // an exponent such as 1e999999999 is a short text for a number of a billion digits, which
        // arithmetic on it (and a message showing it) would spell out
        if (value.signum() != 0 && (value.precision() - value.scale() > MAX_INTEGER_DIGITS
                || value.scale() > MAX_DECIMAL_DIGITS)) {
            throw new InvalidInputException(field, echo(text.strip()), "be a number of at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point and " + MAX_DECIMAL_DIGITS + " after it");
        }
        return value.signum() == 0 ? BigDecimal.ZERO : value;
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
