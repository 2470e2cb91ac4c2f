package io.crisisrules.bench;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Heap figures JMH does not give: the heap an engine retains (used heap after full GCs with and
 * without it), and a monitor ingesting 1,000,000 mentions (used heap after a full GC at 100k and at
 * 1M events, and end-to-end events per second), against the plain-Java window. Writes them to the
 * properties file given as the first argument, for {@link Ratios}. Run in its own JVM.
 */
public final class Footprint {
    private static final int EVENTS = 1_000_000;
    private static final int EARLY = 100_000;

    private Footprint() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, Double> figures = new LinkedHashMap<>();
        double before = usedMb();
        CrisisEngine engine = CrisisEngine.builder().build();
        engine.evaluate(Inputs.snapshot());
        double withEngine = usedMb();
        figures.put("engine.heapMb", withEngine - before);
        // a second engine: what each one costs once Drools' own static state is loaded
        CrisisEngine second = CrisisEngine.builder().build();
        second.evaluate(Inputs.snapshot());
        double withSecond = usedMb();
        figures.put("engine.secondHeapMb", withSecond - withEngine);
        withEngine = withSecond;
        // the peer: bare Drools loading the same precompiled module from the jar
        double beforeRaw = usedMb();
        Object raw = RawDrools.precompiled();
        double withRaw = usedMb();
        figures.put("rawDrools.heapMb", withRaw - beforeRaw);
        withEngine = withRaw; // the monitor's heap is counted from here

        Instant start = StreamingBenchmark.START;
        long nanos = 0;
        try (CrisisMonitor monitor = engine.monitor(Inputs.brand()).start()) {
            long t = System.nanoTime();
            for (int i = 0; i < EVENTS; i++) {
                monitor.mention(Inputs.mention(i, start));
                if (i + 1 == EARLY) {
                    nanos += System.nanoTime() - t;
                    figures.put("stream.heapMbAt100k", usedMb() - withEngine);
                    figures.put("stream.liveFactsAt100k", (double) monitor.liveFacts());
                    t = System.nanoTime();
                }
            }
            nanos += System.nanoTime() - t;
            figures.put("stream.heapMbAt1M", usedMb() - withEngine);
            figures.put("stream.liveFactsAt1M", (double) monitor.liveFacts());
        }
        figures.put("stream.engineEventsPerSec", EVENTS / (nanos / 1e9));
        PlainMentionWindow plain = new PlainMentionWindow();
        long sink = 0;
        long t = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            sink += plain.add(Inputs.mention(i, start));
        }
        figures.put("stream.plainEventsPerSec", EVENTS / ((System.nanoTime() - t) / 1e9));
        if (sink == 42 && raw == null && second == null) {
            System.out.println();
        }
        StringBuilder out = new StringBuilder();
        figures.forEach((key, value) -> out.append(key).append('=').append(String.format("%.3f", value)).append('\n'));
        System.out.print(out);
        if (args.length > 0) {
            try (Writer writer = Files.newBufferedWriter(Path.of(args[0]))) {
                writer.write(out.toString());
            }
        }
    }

    private static double usedMb() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
