package io.crisisrules.bench;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.WarningSignal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * KPI pushes per second into a monitor (issue 19), measured in one run so their ratios hold: a
 * monitor that holds no other scope ({@code none}), one restored holding 20,000 KPI points and
 * alerts at rest from a week and a day earlier ({@code expired20000}: the retention, 7 days by
 * default, forgets them at the first push, so it must push as fast as {@code none}; before scopes
 * expired, 20,000 made each push 5–7 times slower), and one holding 2,000 points within the
 * retention ({@code live2000}, the default bound: what a push costs at most). Each push is a new
 * point of one of ten scopes, ten seconds after the one before.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MonitorScopesBenchmark {
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** What the monitor holds besides the ten scopes pushed. */
    @Param({"none", "expired20000", "live2000"})
    public String held;

    CrisisMonitor monitor;
    Instant at;
    long pushes;

    @Setup
    public void setUp() {
        CrisisEngine engine = CrisisEngine.builder().build();
        at = START.plus(Duration.ofDays(8));
        int scopes = switch (held) {
            case "none" -> 0;
            case "expired20000" -> 20_000;
            case "live2000" -> 2_000;
            default -> throw new IllegalArgumentException(held);
        };
        Instant heldAt = held.startsWith("expired") ? START : at;
        // restored rather than pushed: pushing 20,000 scopes one by one costs minutes; room for every
        // scope, so that only the retention forgets them
        monitor = engine.monitor(Inputs.brand()).restore(holding(engine, scopes, heldAt))
                .scopes(Duration.ofDays(7), 50_000).start();
        monitor.advanceTo(at);
    }

    /** A checkpoint of a monitor holding {@code scopes} KPI points of {@code end}, each with an alert at rest. */
    static MonitorCheckpoint holding(CrisisEngine engine, int scopes, Instant end) {
        MonitorCheckpoint empty;
        try (CrisisMonitor fresh = engine.monitor(Inputs.brand()).start()) {
            fresh.advanceTo(end);
            empty = fresh.checkpoint();
        }
        List<MetricObservation> points = new ArrayList<>();
        List<MonitorCheckpoint.Alert> alerts = new ArrayList<>();
        for (int i = 0; i < scopes; i++) {
            MetricObservation point = point("held-" + i, end);
            points.add(point);
            WarningSignal signal = new WarningSignal(SignalKind.CHURN_RISE, point.metric().name(), point.scope(),
                    point.period(), 0.04, 0.02, WarningSignal.ReferenceKind.BASELINE, 1.0);
            alerts.add(new MonitorCheckpoint.Alert(SignalKind.CHURN_RISE + "/" + point.metric() + "/" + point.scope(),
                    AlertState.RESOLVED, 0, end, null, null, Severity.MINOR, signal, null, null, false));
        }
        return new MonitorCheckpoint(empty.version(), empty.brandId(), empty.mentionInterval(), empty.now(), alerts,
                empty.recentFirings(), empty.lastFiringAt(), empty.incident(), empty.baseline(), empty.countsPushed(),
                empty.openInterval(), empty.mentions(), points, empty.complaints(), empty.evidenceChanged(),
                empty.lastHourHadMentions());
    }

    static MetricObservation point(String scope, Instant end) {
        return new MetricObservation(Metric.CHURN_RATE, scope, ObservationPeriod.of(end.minus(Duration.ofDays(1)),
                Duration.ofDays(1)), 0.02, 0.02, null);
    }

    @TearDown
    public void tearDown() {
        monitor.close();
    }

    @Benchmark
    public void kpiPush() {
        // ten seconds a push: a measured run (thousands of pushes) stays well within the retention,
        // so the live points stay live
        at = at.plus(Duration.ofSeconds(10));
        monitor.metric(point("live-" + pushes++ % 10, at));
    }
}
