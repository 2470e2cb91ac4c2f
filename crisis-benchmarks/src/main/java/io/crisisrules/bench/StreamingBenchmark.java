package io.crisisrules.bench;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A streaming monitor ingesting single mentions (events per second), one long-lived monitor per
 * trial so the one-hour window is full, against a plain-Java sliding window doing the same
 * bookkeeping ({@link PlainMentionWindow}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StreamingBenchmark {
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    CrisisMonitor monitor;
    PlainMentionWindow plain;
    long engineEvents;
    long plainEvents;

    @Setup
    public void setUp() {
        monitor = CrisisEngine.builder().build().monitor(Inputs.brand()).start();
        plain = new PlainMentionWindow();
    }

    @TearDown
    public void tearDown() {
        monitor.close();
    }

    @Benchmark
    public void mentionEngine() {
        monitor.mention(Inputs.mention(engineEvents++, START));
    }

    @Benchmark
    public long mentionPlainJava() {
        return plain.add(Inputs.mention(plainEvents++, START));
    }
}
