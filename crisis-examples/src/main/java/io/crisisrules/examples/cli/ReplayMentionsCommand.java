package io.crisisrules.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.InvalidInputException;
import io.crisisrules.MonitorListener;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.Sector;
import io.crisisrules.model.SignalChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code crisis replay-mentions SERIES.csv}: feeds a mention series through the streaming monitor
 * with its own timestamps and prints every alert change as one JSON line, then a summary line. This
 * is how a rule author tunes the spike rule (DET-14, DET-18…DET-21) on a brand's own history.
 */
@Command(name = "replay-mentions", mixinStandardHelpOptions = true,
        description = {"Replays a CSV of mention counts per interval (header: timestamp,value; any regular interval,",
                "oldest first) through the streaming monitor. Prints one JSON line per alert change (pending,",
                "firing, resolved, inactive) and per incident change, at event time, then a JSON summary line."})
final class ReplayMentionsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SERIES.csv",
            description = "Columns timestamp (ISO-8601 with offset, or epoch seconds/milliseconds) and value (count).")
    Path seriesFile;

    @Option(names = "--brand", defaultValue = "replay", description = "Brand id used in incidents (default: ${DEFAULT-VALUE}).")
    String brandId;

    @Option(names = "--sector", defaultValue = "OTHER", description = "Brand sector (default: ${DEFAULT-VALUE}).")
    Sector sector;

    @Option(names = "--notified-only", description = "Print only the alert changes that would be notified.")
    boolean notifiedOnly;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Spec
    CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper().setDefaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

    /** One alert change. */
    record SignalLine(String type, String at, String alert, String from, String to, String level, double observed,
                      double baseline, boolean notified, String suppressedBy, List<String> policyIds) {
    }

    /** One incident change. */
    record IncidentLine(String type, String at, String kind, String id, String severity, String crisisType,
                        String failureType, int signals) {
    }

    /** The last line. */
    record SummaryLine(String type, long rows, String from, String to, String interval,
                       Map<AlertState, Long> changes, long notified, long suppressed, long incidents,
                       long liveFactsAtEnd) {
    }

    @Override
    public Integer call() throws IOException {
        CrisisEngine engine = engineOptions.engine(engineOptions.settings(Map.of()), Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        Recorder recorder = new Recorder(out);
        long started = System.nanoTime();
        long rows = 0;
        Instant first = null;
        Instant previous = null;
        java.time.Duration interval = null;
        long liveFacts;
        try (CrisisMonitor monitor = engine.monitor(BrandContext.of(brandId, sector)).listener(recorder).start();
             Reader reader = Files.newBufferedReader(seriesFile, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> lines = new CsvMapper().readerFor(Map.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            while (lines.hasNextValue()) {
                Map<String, String> row = lines.nextValue();
                long line = rows + 2; // after the header line
                if (rows == 0 && (!row.containsKey("timestamp") || !row.containsKey("value"))) {
                    throw new InvalidInputException("SERIES.csv header", row.keySet(),
                            "name the columns timestamp and value");
                }
                MentionCount count = new MentionCount(timestamp(line, row.get("timestamp")), value(line, row.get("value")));
                if (previous != null && !count.at().isAfter(previous)) {
                    throw new InvalidInputException("line " + line + " timestamp", count.at(),
                            "come after the previous row's " + previous);
                }
                if (previous != null) {
                    java.time.Duration gap = java.time.Duration.between(previous, count.at());
                    interval = interval == null || gap.compareTo(interval) < 0 ? gap : interval;
                }
                first = first == null ? count.at() : first;
                previous = count.at();
                monitor.mentionCount(count);
                rows++;
            }
            liveFacts = monitor.liveFacts();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("SERIES.csv", seriesFile.toString(), "exist");
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw malformed(seriesFile, e);
        }
        if (rows == 0) {
            throw new InvalidInputException("SERIES.csv", seriesFile.toString(), "hold at least one row");
        }
        print(out, new SummaryLine("summary", rows, first.toString(), previous.toString(),
                interval == null ? null : interval.toString(), recorder.changes, recorder.notified,
                recorder.suppressed, recorder.incidents, liveFacts));
        spec.commandLine().getErr().printf("replayed %d rows in %d ms%n", rows, (System.nanoTime() - started) / 1_000_000);
        return 0;
    }

    static Instant timestamp(long line, String text) {
        String field = "line " + line + " timestamp";
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, text, "be present");
        }
        String trimmed = text.strip();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            long number = Long.parseLong(trimmed);
            return trimmed.length() > 11 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
        }
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, trimmed, "be ISO-8601 with an offset (2026-03-01T10:05:00Z)"
                    + " or epoch seconds or milliseconds");
        }
    }

    static long value(long line, String text) {
        String field = "line " + line + " value";
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, text, "be present");
        }
        try {
            long value = Long.parseLong(text == null ? "" : text.strip());
            if (value < 0) {
                throw new InvalidInputException(field, value, "be >= 0");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, text, "be a whole number of mentions");
        }
    }

    /** A CSV error, told at its line with the line's text, in words rather than the parser's. */
    private static InvalidInputException malformed(Path file, com.fasterxml.jackson.core.JacksonException error) {
        long line = error.getLocation() == null ? -1 : error.getLocation().getLineNr();
        String problem = error.getOriginalMessage();
        String requirement = problem != null && problem.startsWith("Too many entries")
                ? "hold two columns, timestamp and value"
                : "be CSV (" + (problem == null ? "unreadable" : problem.replaceAll("\\s+", " ").strip()) + ")";
        if (line < 1) {
            return new InvalidInputException("SERIES.csv", file.toString(), requirement);
        }
        String text;
        try (java.util.stream.Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            text = lines.skip(line - 1).findFirst().orElse("");
        } catch (IOException | UncheckedIOException e) {
            text = "(unreadable)";
        }
        return new InvalidInputException("line " + line, text.length() > 80 ? text.substring(0, 80) + "…" : text,
                requirement);
    }

    private void print(PrintWriter out, Object line) {
        try {
            out.println(json.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints changes as they happen and counts them for the summary. */
    private final class Recorder implements MonitorListener {
        private final PrintWriter out;
        final Map<AlertState, Long> changes = new EnumMap<>(AlertState.class);
        long notified;
        long suppressed;
        long incidents;

        Recorder(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void signalChanged(SignalChange change) {
            changes.merge(change.to(), 1L, Long::sum);
            if (change.notified()) {
                notified++;
            } else if (change.suppressedBy() != null) {
                suppressed++;
            }
            if (!notifiedOnly || change.notified()) {
                print(out, new SignalLine("signal", change.at().toString(), change.alertKey(), change.from().name(),
                        change.to().name(), change.level().name(), change.signal().observed(),
                        change.signal().reference(), change.notified(), change.suppressedBy(),
                        change.explanation().policyIds()));
            }
        }

        @Override
        public void incidentChanged(IncidentChange change) {
            if (change.kind() == IncidentChange.Kind.OPENED) {
                incidents++;
            }
            print(out, new IncidentLine("incident", change.at().toString(), change.kind().name(),
                    change.incident().id(), change.incident().severity().name(),
                    change.incident().crisisType().name(), change.incident().failureType().name(),
                    change.incident().signalKeys().size()));
        }
    }
}
