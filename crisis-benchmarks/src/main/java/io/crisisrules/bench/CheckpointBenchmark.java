package io.crisisrules.bench;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.json.CrisisJson;
import io.crisisrules.model.MentionCount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Monitor checkpoints (issue 15) after a week of 5-minute mention counts (2016 intervals, with a
 * daily cycle and a few bursts, so the spike baseline holds its whole horizon and alerts have
 * fired): the time to export a checkpoint and write it as JSON, to read it and start a monitor from
 * it, against the baseline a host without checkpoints pays after a restart, replaying the week
 * into a new monitor. {@link #main} prints the checkpoint's size in bytes of JSON beside the size
 * of the week's counts as JSON Lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckpointBenchmark {
    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    static final Duration INTERVAL = Duration.ofMinutes(5);
    static final int WEEK = 2016;

    CrisisEngine engine;
    CrisisJson json;
    List<MentionCount> week;
    CrisisMonitor monitor;
    String stored;

    /** @return a week of 5-minute counts: a daily cycle around 50 an interval, noise and bursts */
    static List<MentionCount> week() {
        Random random = new Random(15);
        List<MentionCount> counts = new ArrayList<>(WEEK);
        for (int i = 0; i < WEEK; i++) {
            double hour = (i % 288) / 12.0;
            long level = Math.round(50 + 30 * Math.sin((hour - 8) / 24 * 2 * Math.PI) + random.nextGaussian() * 5);
            boolean burst = i % 500 >= 480 && i % 500 < 490;
            counts.add(new MentionCount(START.plus(INTERVAL.multipliedBy(i)), Math.max(0, level) * (burst ? 12 : 1)));
        }
        return counts;
    }

    @Setup
    public void setUp() {
        engine = CrisisEngine.builder().build();
        json = CrisisJson.create();
        week = week();
        monitor = engine.monitor(Inputs.brand()).start();
        week.forEach(monitor::mentionCount);
        stored = json.write(monitor.checkpoint());
    }

    @TearDown
    public void tearDown() {
        monitor.close();
    }

    /** Export and write: what a host does after a push, or on a timer. */
    @Benchmark
    public String checkpointWrite() {
        return json.write(monitor.checkpoint());
    }

    /** Read and restore: what a host does at start-up, instead of replaying. */
    @Benchmark
    public int checkpointRestore() {
        MonitorCheckpoint checkpoint = json.read(stored, MonitorCheckpoint.class);
        try (CrisisMonitor restored = engine.monitor(Inputs.brand()).restore(checkpoint).start()) {
            return restored.alertStates().size();
        }
    }

    /** The baseline: without checkpoints, a new monitor replays the week to know what the old one knew. */
    @Benchmark
    public int replayWeek() {
        try (CrisisMonitor replayed = engine.monitor(Inputs.brand()).start()) {
            week.forEach(replayed::mentionCount);
            return replayed.alertStates().size();
        }
    }

    /**
     * Prints the checkpoint's size.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        CheckpointBenchmark bench = new CheckpointBenchmark();
        bench.setUp();
        try {
            int checkpointBytes = bench.stored.getBytes(StandardCharsets.UTF_8).length;
            long weekBytes = 0;
            for (MentionCount count : bench.week) { // one JSON line a count, as a host would keep them to replay
                weekBytes += ("{\"at\":\"" + count.at() + "\",\"mentions\":" + count.mentions() + "}\n").length();
            }
            System.out.println("alerts=" + bench.monitor.alertStates());
            System.out.println("checkpoint.bytes=" + checkpointBytes);
            System.out.println("week.bytes=" + weekBytes);
        } finally {
            bench.tearDown();
        }
    }
}
