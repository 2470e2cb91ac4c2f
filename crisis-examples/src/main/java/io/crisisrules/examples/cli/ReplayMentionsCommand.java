// Why over 300 lines: reading a public series as it ships (zones, decimal counts, irregular rows, each bad row one
// rejection) and replaying it are one pass over the file, so that counts in equal rows read.
package io.crisisrules.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.InvalidInputException;
import io.crisisrules.MonitorListener;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Deviation;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.Sector;
import io.crisisrules.model.SignalChange;
import io.crisisrules.report.CrisisReport;
import io.crisisrules.report.ReplayRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code crisis replay-mentions SERIES.csv}: feeds a mention series through the streaming monitor
 * with its own timestamps and prints every alert change as one JSON line, then a summary line. This
 * is how a rule author tunes the spike rule (DET-14, DET-18…DET-21) on a brand's own history.
 */
@Command(name = "replay-mentions", mixinStandardHelpOptions = true,
        description = {"Replays a CSV of mention counts per interval (header: timestamp,value; any regular interval,",
                "oldest first) through the streaming monitor. Prints one JSON line per alert change (pending,",
                "fired, level raised, resolved, dropped), per incident change and per rejected row, at event time,",
                "then a JSON summary line; a summary on stderr accounts for every row."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every row was replayed",
                "1:a row was rejected (every other row was still replayed), or the file, settings or rules are bad",
                "2:wrong usage"})
final class ReplayMentionsCommand implements Callable<Integer> {
    private static final int IRREGULAR_LINES_SHOWN = 5;

    @Parameters(paramLabel = "SERIES.csv",
            description = {"Columns timestamp (ISO-8601 with or without offset, e.g. 2015-02-26 21:42:53, or epoch",
                    "seconds/milliseconds) and value (a whole number of mentions; 104.0 is 104)."})
    Path seriesFile;

    @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Zone of timestamps written without an offset, e.g. Europe/Paris (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--brand", defaultValue = "replay", description = "Brand id used in incidents (default: ${DEFAULT-VALUE}).")
    String brandId;

    @Option(names = "--sector", defaultValue = "OTHER", description = "Brand sector (default: ${DEFAULT-VALUE}).")
    Sector sector;

    @Option(names = "--notified-only", description = "Print only the alert changes that would be notified.")
    boolean notifiedOnly;

    @Option(names = "--html", paramLabel = "OUT.html",
            description = {"Also write the replay as one self-contained HTML page: the mention volume with baseline, band,",
                    "threshold, alert states and incident changes, zoomable (offline)."})
    Path htmlFile;

    @Option(names = "--locale", defaultValue = "en", paramLabel = "en|fr",
            description = "Language of the --html page (default: ${DEFAULT-VALUE}).")
    String locale;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Spec
    CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper().setDefaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

    /**
     * One alert change. {@code change} says what happened in words: {@code pending}, {@code fired},
     * {@code level raised}, {@code resolved} (with the level the alert had) or {@code dropped} (a
     * pending breach that did not hold).
     */
    record SignalLine(String type, String at, String alert, String change, String from, String to, String level,
                      double observed, Double baseline, Double spread, Double zScore, Double ratio, boolean notified,
                      String suppressedBy, List<String> policyIds) {
    }

    /** One incident change. */
    record IncidentLine(String type, String at, String kind, String id, String severity, String crisisType,
                        String failureType, int signals) {
    }

    /** A row that was not replayed, and why. */
    record RejectedLine(String type, long line, String reason) {
    }

    /** The last line: every row read is either replayed or rejected. */
    record SummaryLine(String type, long rowsRead, long replayed, long rejected, long blankLines, String from,
                       String to, String interval, long irregularRows, List<Long> irregularLines,
                       Map<AlertState, Long> changes, long notified, long suppressed, long incidents,
                       long liveFactsAtEnd) {
    }

    @Override
    public Integer call() throws IOException {
        CrisisEngine engine = engineOptions.engine(engineOptions.settings(Map.of()), Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        Recorder recorder = new Recorder(out);
        ReplayRecorder page = htmlFile == null ? null : new ReplayRecorder(brandId, engine.settings());
        Gaps gaps = new Gaps();
        long started = System.nanoTime();
        long[] rows = {0, 0, 0};               // read, replayed, rejected
        long[] firstRejected = {0};
        Instant[] span = {null, null};
        long liveFacts;
        SeriesCsv csv = new SeriesCsv(seriesFile, zone, limitOptions.csvMaxRows(), limitOptions.csvMaxLineLength());
        try (CrisisMonitor monitor = engine.monitor(BrandContext.of(brandId, sector))
                .listener(page == null ? recorder : new BothListeners(recorder, page)).start()) {
            csv.read(row -> {
                rows[0]++;
                String problem = row.problem();
                Long mentions = null;
                if (problem == null) {
                    try {
                        mentions = mentions(row.line(), row.value());
                        if (span[1] != null && !row.at().isAfter(span[1])) {
                            problem = new InvalidInputException("line " + row.line() + " timestamp", row.timestampText(),
                                    "come after the previous row's " + span[1]).getMessage();
                        }
                    } catch (InvalidInputException e) {
                        problem = e.getMessage();
                    }
                }
                if (problem != null) {
                    rows[2]++;
                    firstRejected[0] = firstRejected[0] == 0 ? row.line() : firstRejected[0];
                    print(out, new RejectedLine("rejected", row.line(), problem));
                    return;
                }
                if (span[1] != null) {
                    gaps.add(Duration.between(span[1], row.at()), row.line());
                }
                span[0] = span[0] == null ? row.at() : span[0];
                span[1] = row.at();
                MentionCount count = new MentionCount(row.at(), mentions);
                monitor.mentionCount(count);
                if (page != null) {
                    page.mentionCount(count);
                }
                rows[1]++;
            });
            liveFacts = monitor.liveFacts();
        }
        if (rows[0] == 0) {
            throw new InvalidInputException("SERIES.csv", seriesFile.toString(), "hold at least one row");
        }
        Duration interval = gaps.interval();
        List<Long> irregular = gaps.irregularLines(interval);
        print(out, new SummaryLine("summary", rows[0], rows[1], rows[2], csv.blankLines(),
                span[0] == null ? null : span[0].toString(), span[1] == null ? null : span[1].toString(),
                interval == null ? null : interval.toString(), gaps.irregularCount(interval),
                irregular, recorder.changes, recorder.notified, recorder.suppressed, recorder.incidents, liveFacts));
        if (page != null) {
            HtmlOutput.write(htmlFile, CrisisReport.builder().locale(Locale.forLanguageTag(locale)).build().render(page.replay()));
        }
        String counts = "%d row(s): %d replayed, %d rejected%s, %d blank line(s) skipped, in %d ms".formatted(rows[0],
                rows[1], rows[2], rows[2] == 0 ? "" : " (first at line " + firstRejected[0] + ")", csv.blankLines(),
                (System.nanoTime() - started) / 1_000_000);
        spec.commandLine().getErr().println(rows[2] == 0 ? counts : "error: " + counts);
        return rows[2] == 0 ? 0 : CrisisCli.EXIT_INVALID;
    }

    /**
     * @param line  line number, for the message
     * @param value the value as read
     * @return it as a count of mentions
     * @throws InvalidInputException when it is negative or not a whole number
     */
    static long mentions(long line, BigDecimal value) {
        String field = "line " + line + " value";
        if (value.signum() < 0) {
            throw new InvalidInputException(field, value.toPlainString(), "be >= 0");
        }
        try {
            return value.stripTrailingZeros().toBigIntegerExact().longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field, value.toPlainString(), "be a whole number of mentions");
        }
    }

    /** @return the instant of a timestamp as replay-mentions reads it (zone UTC when it has none) */
    static Instant timestamp(long line, String text) {
        return SeriesCsv.timestamp(line, text, ZoneId.of("UTC"));
    }

    private void print(PrintWriter out, Object line) {
        try {
            out.println(json.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The gaps between consecutive rows: the series' interval is the most common one (the smallest
     * of equally common ones), so one stray row a minute off does not make a 5-minute series a
     * 1-minute one; rows at any other gap are irregular and reported.
     */
    static final class Gaps {
        private final Map<Duration, Long> counts = new HashMap<>();
        private final Map<Duration, List<Long>> firstLines = new HashMap<>();

        void add(Duration gap, long line) {
            counts.merge(gap, 1L, Long::sum);
            List<Long> lines = firstLines.computeIfAbsent(gap, g -> new ArrayList<>(IRREGULAR_LINES_SHOWN));
            if (lines.size() < IRREGULAR_LINES_SHOWN) {
                lines.add(line);
            }
        }

        /** @return the most common gap, or {@code null} with fewer than two rows */
        Duration interval() {
            Duration best = null;
            long most = 0;
            for (Map.Entry<Duration, Long> entry : new TreeMap<>(counts).entrySet()) {
                if (entry.getValue() > most) {
                    best = entry.getKey();
                    most = entry.getValue();
                }
            }
            return best;
        }

        long irregularCount(Duration interval) {
            return counts.entrySet().stream().filter(entry -> !entry.getKey().equals(interval))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        /** @return the first lines (at most five) whose gap to the row before is not the interval */
        List<Long> irregularLines(Duration interval) {
            return firstLines.entrySet().stream().filter(entry -> !entry.getKey().equals(interval))
                    .flatMap(entry -> entry.getValue().stream()).sorted().limit(IRREGULAR_LINES_SHOWN).toList();
        }
    }

    /** Tells two listeners, in order. */
    private record BothListeners(MonitorListener first, MonitorListener second) implements MonitorListener {
        @Override
        public void signalChanged(SignalChange change) {
            first.signalChanged(change);
            second.signalChanged(change);
        }

        @Override
        public void incidentChanged(IncidentChange change) {
            first.incidentChanged(change);
            second.incidentChanged(change);
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
                Deviation deviation = change.deviation();
                print(out, new SignalLine("signal", change.at().toString(), change.alertKey(), describe(change),
                        change.from().name(), change.to().name(), change.level().name(), change.signal().observed(),
                        deviation == null ? change.signal().reference() : deviation.baseline(),
                        deviation == null ? null : round(deviation.spread()),
                        deviation == null ? null : round(deviation.zScore()),
                        deviation == null ? null : round(deviation.ratio()),
                        change.notified(), change.suppressedBy(), change.explanation().policyIds()));
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

    static String describe(SignalChange change) {
        if (change.isLevelRaise()) {
            return "level raised";
        }
        return switch (change.to()) {
            case PENDING -> "pending";
            case FIRING -> "fired";
            case RESOLVED -> "resolved";
            case INACTIVE -> "dropped";
        };
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
