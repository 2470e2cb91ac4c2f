package io.crisisrules.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Prints the ratio table from a JMH JSON result ({@code -rf json}) and the {@link Footprint}
 * properties: every figure beside its baselines measured in the same run, and the targets.
 * Usage: {@code java -cp benchmarks.jar io.crisisrules.bench.Ratios results.json footprint.properties}.
 */
public final class Ratios {
    private final Map<String, JsonNode> results = new HashMap<>();
    private final Properties footprint = new Properties();

    private Ratios() {
    }

    public static void main(String[] args) throws IOException {
        Ratios ratios = new Ratios();
        for (JsonNode run : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
            String name = run.get("benchmark").asText();
            String key = name.substring(name.lastIndexOf('.') + 1);
            JsonNode history = run.path("params").path("history");
            ratios.results.put(history.isMissingNode() ? key : key + "[" + history.asText() + "]", run.get("primaryMetric"));
        }
        if (args.length > 1 && Files.exists(Path.of(args[1]))) {
            try (Reader reader = Files.newBufferedReader(Path.of(args[1]))) {
                ratios.footprint.load(reader);
            }
        }
        ratios.print();
    }

    private double score(String name) {
        JsonNode metric = results.get(name);
        return metric == null ? Double.NaN : metric.get("score").asDouble();
    }

    private double percentile(String name, String p) {
        JsonNode metric = results.get(name);
        return metric == null ? Double.NaN : metric.get("scorePercentiles").get(p).asDouble();
    }

    private double foot(String key) {
        String value = footprint.getProperty(key);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }

    private void print() {
        System.out.println("| Figure | crisis-rules | raw Drools (peer) | plain Java (bound) | vs peer | vs bound | target | met |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        throughput("Batch moderation, 10k comments (comments/s)", "batchEngine", "batchRawDrools", "batchPlainJava",
                "≥ 1,000,000/s, ≤ 10× bound, ≤ 1.25× peer", 1_000_000, 10);
        throughput("Batch moderation, unchecked input `moderateBatch` (comments/s)", "batchEngineUnchecked",
                "batchRawDrools", "batchPlainJava", "—", 0, Double.NaN);
        throughput("One comment per call, 10k (comments/s)", "oneByOneEngine", "oneByOneRawDrools",
                "oneByOnePlainJava", "≥ 300,000/s, ≤ 1.25× peer", 300_000, Double.NaN);
        latency("One comment per call, p50 (µs)", "commentEngine", "commentRawDrools", "commentPlainJava", "50.0",
                "< 10 µs", 10);
        latency("One comment per call, p99 (µs)", "commentEngine", "commentRawDrools", "commentPlainJava", "99.0",
                "—", Double.NaN);
        latency("Assessment of a ~20-fact snapshot, p50 (µs)", "assessmentEngine", null, "assessmentPlainJava",
                "50.0", "< 50 µs", 50);
        latency("Assessment of a ~20-fact snapshot, p99 (µs)", "assessmentEngine", null, "assessmentPlainJava",
                "99.0", "< 250 µs", 250);
        double build = score("buildEngineToFirstAssessment");
        double rawBuild = score("buildRawDroolsAllRules");
        row("Engine build + first assessment, fresh JVM (ms)", build, rawBuild, Double.NaN, build / rawBuild,
                Double.NaN, "< 1,000 ms", build < 1000);
        double overlay = score("buildEngineWithHouseRule");
        row("Engine build with one house-rule file + first assessment, fresh JVM (ms)", overlay, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, "< 3,000 ms", overlay < 3000);
        double stream = score("mentionEngine");
        double plainStream = score("mentionPlainJava");
        row("Streaming monitor, mentions (events/s)", stream, Double.NaN, plainStream, Double.NaN,
                plainStream / stream, "≥ 1,000,000/s", stream >= 1_000_000);
        double e2e = foot("stream.engineEventsPerSec");
        row("Streaming monitor, 1M mentions end to end (events/s)", e2e, Double.NaN,
                foot("stream.plainEventsPerSec"), Double.NaN, foot("stream.plainEventsPerSec") / e2e,
                "≥ 500,000/s", e2e >= 500_000);
        double early = foot("stream.heapMbAt100k");
        double late = foot("stream.heapMbAt1M");
        row("Monitor heap after full GC at 100k → 1M events (MB)", late, Double.NaN, early, Double.NaN,
                late / early, "flat (ratio ≈ 1)", late <= early * 1.2 + 1);
        double heap = foot("engine.heapMb");
        double rawHeap = foot("rawDrools.heapMb");
        row("Heap retained by the first engine, incl. Drools' static state (MB)", heap, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, "—", null);
        double second = foot("engine.secondHeapMb");
        row("Heap retained by each further engine sharing the compiled rules (MB)", second, rawHeap, Double.NaN,
                second / rawHeap, Double.NaN, "≤ 2 MB", second <= 2);
        System.out.println();
        System.out.println("vs peer = crisis-rules / raw Drools (cost ratio: times for latencies and build, "
                + "peer rate / our rate for throughput); vs bound = how many times slower than plain Java. "
                + "Streaming heap row: plain-Java column holds the 100k figure, vs bound = 1M / 100k.");
        offenceHistories();
    }

    /** JDBC offence lookups beside the in-memory history, measured in the same run. */
    private void offenceHistories() {
        if (results.keySet().stream().noneMatch(name -> name.startsWith("lookupOneAuthor["))) {
            return;
        }
        System.out.println();
        System.out.println("| Offence lookups (lookups/s) | in memory | JDBC, H2 in memory | JDBC, PostgreSQL (TCP, localhost) "
                + "| in memory / H2 | in memory / PostgreSQL |");
        System.out.println("|---|---|---|---|---|---|");
        for (String[] row : new String[][] {{"One author", "lookupOneAuthor"},
                {"20 authors in one call (a batch's offenders)", "lookupTwentyAuthors"}}) {
            double memory = score(row[1] + "[inMemory]");
            double h2 = score(row[1] + "[h2]");
            double postgres = score(row[1] + "[postgresql]");
            System.out.printf("| %s | %s | %s | %s | %s | %s |%n", row[0], number(memory), number(h2), number(postgres),
                    ratio(memory / h2), ratio(memory / postgres));
        }
    }

    private void throughput(String label, String engine, String raw, String plain, String target, double minimum,
                            double maxVsBound) {
        double e = score(engine);
        double r = score(raw);
        double p = score(plain);
        boolean met = e >= minimum && (Double.isNaN(maxVsBound) || p / e <= maxVsBound)
                && (target.contains("peer") ? r / e <= 1.25 : true);
        row(label, e, r, p, r / e, p / e, target, minimum == 0 ? null : met);
    }

    private void latency(String label, String engine, String raw, String plain, String p, String target,
                         double maximum) {
        double e = percentile(engine, p);
        double r = raw == null ? Double.NaN : percentile(raw, p);
        double b = percentile(plain, p);
        row(label, e, r, b, e / r, e / b, target, Double.isNaN(maximum) ? null : e < maximum);
    }

    private static void row(String label, double engine, double raw, double plain, double vsPeer, double vsBound,
                            String target, Boolean met) {
        System.out.printf("| %s | %s | %s | %s | %s | %s | %s | %s |%n", label, number(engine), number(raw),
                number(plain), ratio(vsPeer), ratio(vsBound), target, met == null ? "" : met ? "yes" : "**no**");
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return value >= 100 ? String.format("%,.0f", value) : String.format("%.2f", value);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "—" : String.format("%.2f×", value);
    }
}
