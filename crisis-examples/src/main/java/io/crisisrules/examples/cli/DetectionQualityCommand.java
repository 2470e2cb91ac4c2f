package io.crisisrules.examples.cli;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.MonitorListener;
import io.crisisrules.examples.quality.NabCorpus;
import io.crisisrules.examples.quality.NabScorer;
import io.crisisrules.model.BrandContext;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code crisis detection-quality DATADIR}: replays every labelled series of a directory in the
 * layout of the Numenta Anomaly Benchmark through the real streaming monitor, writes one detection
 * file per series (the row timestamp of each transition of the spike alert to FIRING, as the series
 * writes it) and prints the NAB score of each series, each subset and the whole, with the time each
 * series took. This is how a host measures the detector on its own labelled history.
 */
@Command(name = "detection-quality", mixinStandardHelpOptions = true,
        description = {"Replays every series of a NAB-layout directory (data/SUBSET/*.csv, labels/combined_windows.json,",
                "config/profiles.json) through the streaming monitor and scores the spike alerts the NAB way:",
                "per series, per subset and in total, for each --profile, with the time per series."})
final class DetectionQualityCommand implements Callable<Integer> {
    /** Measurements (not counts) are fed on this scale: their range becomes 0 … one million. */
    static final long MEASUREMENT_SCALE = 1_000_000L;

    @Parameters(index = "0", paramLabel = "DATADIR", description = "A directory in NAB's layout, e.g. ../shared/data/nab-dev.")
    Path dataDir;

    @Parameters(index = "1..*", paramLabel = "SUBSET", description = "Subsets to score (default: every subset under DATADIR/data).")
    List<String> subsets = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "NAME", split = ",",
            description = "Cost profiles of config/profiles.json to score with, the first one leading (default: standard,reward_low_FP_rate).")
    List<String> profiles = new ArrayList<>(List.of("standard", "reward_low_FP_rate"));

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "detections",
            description = "Where the detection files go, as OUT/SUBSET/NAME.csv (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Spec
    CommandSpec spec;

    /**
     * What one series gave.
     *
     * @param key        {@code SUBSET/NAME.csv}
     * @param rows       rows read
     * @param rejected   rows that could not be read (not fed, never flagged)
     * @param counts     whether the values were fed as counts (whole numbers) or as a measurement
     * @param firings    row timestamps of the transitions to FIRING, as the file writes them
     * @param timestamps every row's timestamp, for the scorer
     * @param flagged    which rows are detections
     * @param millis     time the replay took
     */
    record Replay(String key, int rows, int rejected, boolean counts, List<String> firings,
                  List<LocalDateTime> timestamps, boolean[] flagged, long millis) {
    }

    @Override
    public Integer call() throws IOException {
        NabCorpus corpus = NabCorpus.open(dataDir);
        List<NabScorer.Profile> scoring = profiles.stream().map(corpus::profile).toList();
        CrisisEngine engine = engineOptions.engine(engineOptions.settings(Map.of()), Clock.systemUTC());
        PrintWriter print = spec.commandLine().getOut();
        List<String> keys = corpus.series(subsets);
        print.printf("%-58s %6s %5s %7s %4s %4s %9s %7s%n", "series", "rows", "fed", "windows", "hit", "fp",
                "raw", "ms");
        Map<String, NabScorer.FileScore[]> bySubset = new LinkedHashMap<>();
        NabScorer.FileScore[] total = zeros(scoring.size());
        long totalMillis = 0;
        for (String key : keys) {
            Replay replay = replay(engine, new SeriesCsv(corpus.file(key), ZoneOffset.UTC, limitOptions.csvMaxRows(),
                    limitOptions.csvMaxLineLength()), key);
            write(replay);
            NabScorer.FileScore[] scores = new NabScorer.FileScore[scoring.size()];
            for (int p = 0; p < scoring.size(); p++) {
                scores[p] = NabScorer.score(replay.timestamps(), replay.flagged(), corpus.windows(key), scoring.get(p));
            }
            NabScorer.FileScore[] subset = bySubset.computeIfAbsent(NabCorpus.subsetOf(key), s -> zeros(scoring.size()));
            for (int p = 0; p < scoring.size(); p++) {
                subset[p] = subset[p].plus(scores[p]);
                total[p] = total[p].plus(scores[p]);
            }
            totalMillis += replay.millis();
            NabScorer.FileScore lead = scores[0];
            print.printf("%-58s %6d %5s %7d %4d %4d %9.3f %7d%s%n", key, replay.rows(),
                    replay.counts() ? "count" : "meas", lead.windows(), lead.windowsHit(), lead.falsePositives(),
                    lead.raw(), replay.millis(), replay.rejected() > 0 ? "  (" + replay.rejected() + " rows rejected)" : "");
        }
        print.println();
        StringBuilder header = new StringBuilder(String.format("%-24s %7s %5s %5s", "subset", "windows", "hit", "fp"));
        scoring.forEach(profile -> header.append(String.format(" %20s", profile.name())));
        print.println(header);
        bySubset.forEach((subset, scores) -> print.println(row(subset, scores, scoring)));
        print.println(row("TOTAL", total, scoring));
        print.printf("%d series, %d ms replaying; detections in %s%n", keys.size(), totalMillis, out);
        return 0;
    }

    private static NabScorer.FileScore[] zeros(int n) {
        NabScorer.FileScore[] zeros = new NabScorer.FileScore[n];
        java.util.Arrays.fill(zeros, NabScorer.FileScore.ZERO);
        return zeros;
    }

    private static String row(String name, NabScorer.FileScore[] scores, List<NabScorer.Profile> profiles) {
        StringBuilder line = new StringBuilder(String.format("%-24s %7d %5d %5d", name, scores[0].windows(),
                scores[0].windowsHit(), scores[0].falsePositives()));
        for (int p = 0; p < profiles.size(); p++) {
            line.append(String.format(" %20.1f", scores[p].normalised(profiles.get(p))));
        }
        return line.toString();
    }

    /**
     * Replays one series through a fresh monitor with its own timestamps.
     *
     * <p>Mention counts are whole numbers and the detector treats them as such (Poisson noise, a
     * minimum volume per hour, a ratio to a baseline with a true zero). A series written in whole,
     * non-negative numbers is therefore fed as it is. Any other series (a CPU percentage, a
     * temperature, a latency) is a measurement: it has no true zero and its unit is arbitrary, so it
     * is fed as its position in its own range, {@code (value − min) / (max − min)} on a scale of one
     * million, rounded. NAB gives every detector each series' range for the same purpose; on that
     * scale the count noise (√baseline) and the minimum volume never bind, and the ratio measures
     * distance from the series' floor.
     */
    static Replay replay(CrisisEngine engine, SeriesCsv series, String key) throws IOException {
        List<SeriesCsv.Row> rows = series.readAll();
        BigDecimal min = null;
        BigDecimal max = null;
        boolean whole = true;
        for (SeriesCsv.Row row : rows) {
            if (!row.rejected()) {
                BigDecimal value = row.value();
                min = min == null || value.compareTo(min) < 0 ? value : min;
                max = max == null || value.compareTo(max) > 0 ? value : max;
                whole &= value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
            }
        }
        BigDecimal span = min == null || max.compareTo(min) == 0 ? BigDecimal.ONE : max.subtract(min);
        List<String> firings = new ArrayList<>();
        Map<Instant, String> text = new HashMap<>();
        List<LocalDateTime> timestamps = new ArrayList<>(rows.size());
        Map<Instant, Integer> rowOf = new HashMap<>();
        MonitorListener listener = new MonitorListener() {
            @Override
            public void signalChanged(SignalChange change) {
                if (change.to() == io.crisisrules.model.AlertState.FIRING
                        && change.from() != io.crisisrules.model.AlertState.FIRING) {
                    firings.add(text.get(change.at()));
                }
            }
        };
        int rejected = 0;
        Instant previous = null;
        long started = System.nanoTime();
        try (CrisisMonitor monitor = engine.monitor(BrandContext.of("quality", Sector.OTHER)).listener(listener).start()) {
            for (SeriesCsv.Row row : rows) {
                timestamps.add(row.timestampText() == null ? null : safeTime(row.timestampText()));
                if (row.rejected() || (previous != null && !row.at().isAfter(previous))) {
                    rejected++;
                    continue;
                }
                long value = whole ? row.value().longValueExact()
                        : row.value().subtract(min).multiply(BigDecimal.valueOf(MEASUREMENT_SCALE))
                                .divide(span, 0, RoundingMode.HALF_UP).longValueExact();
                text.put(row.at(), row.timestampText());
                rowOf.put(row.at(), timestamps.size() - 1);
                monitor.mentionCount(new MentionCount(row.at(), value));
                previous = row.at();
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        boolean[] flagged = new boolean[rows.size()];
        for (String firing : firings) {
            Instant at = SeriesCsv.timestamp(0, firing, ZoneOffset.UTC);
            flagged[rowOf.get(at)] = true;
        }
        return new Replay(key, rows.size(), rejected, whole, List.copyOf(firings), timestamps, flagged, millis);
    }

    private static LocalDateTime safeTime(String text) {
        try {
            return NabCorpus.time(text);
        } catch (io.crisisrules.InvalidInputException e) {
            return null;
        }
    }

    private void write(Replay replay) throws IOException {
        Path file = out.resolve(replay.key());
        Files.createDirectories(file.getParent());
        Files.write(file, replay.firings(), StandardCharsets.UTF_8);
    }
}
