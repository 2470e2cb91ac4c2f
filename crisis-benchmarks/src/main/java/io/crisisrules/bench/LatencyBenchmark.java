package io.crisisrules.bench;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.PolicySettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Latency distributions (p50, p99): one comment moderated on its own, and one assessment of a
 * realistic brand snapshot of about 20 facts with all default rules. The assessment's baseline is
 * the plain-Java part it can be compared with: the five KPI rules and the moderation of its comments.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LatencyBenchmark {
    CrisisEngine engine;
    RawDrools raw;
    PlainModeration plain;
    PlainDetection detection;
    PolicySettings settings;
    List<Comment> comments;
    Snapshot snapshot;
    Severity snapshotCrisis;
    int next;

    @Setup
    public void setUp() {
        engine = CrisisEngine.builder().clock(Clock.fixed(Inputs.NOW, ZoneOffset.UTC)).build();
        settings = PolicySettings.defaults();
        raw = RawDrools.moderationRules();
        plain = new PlainModeration(settings.moderation(), OffenceHistory.inMemory(settings.moderation().offenceWindow()));
        detection = new PlainDetection(settings.detection());
        comments = Inputs.comments(ModerationBenchmark.COMMENTS, 2_000, 1);
        snapshot = Inputs.snapshot();
        snapshotCrisis = engine.evaluate(snapshot).incident().filter(Incident::isOpen).map(Incident::severity)
                .orElse(null);
    }

    private Comment nextComment() {
        Comment comment = comments.get(next);
        next = next + 1 == comments.size() ? 0 : next + 1;
        return comment;
    }

    @Benchmark
    public Object commentEngine() {
        return engine.moderate(List.of(nextComment()));
    }

    @Benchmark
    public Object commentRawDrools() {
        return raw.moderate(List.of(nextComment()), settings.moderation(), null);
    }

    @Benchmark
    public Object commentPlainJava() {
        return plain.moderate(List.of(nextComment()), null, Inputs.NOW);
    }

    @Benchmark
    public Object assessmentEngine() {
        return engine.evaluate(snapshot);
    }

    @Benchmark
    public void assessmentPlainJava(Blackhole bh) {
        bh.consume(detection.detect(snapshot.metrics()));
        bh.consume(plain.moderate(snapshot.comments(), snapshotCrisis, Inputs.NOW));
    }
}
