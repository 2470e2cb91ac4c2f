package io.crisisrules.bench;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Comment;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.ModerationSettings;
import io.crisisrules.settings.PolicySettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
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
 * Moderation of 10,000 generated comments, as one batch and one by one, in comments per second:
 * the engine (facade), the same DRL on raw Drools (peer), and plain Java (lower bound). Each keeps
 * an offence history as it would in production (the engine's default in-memory one; the peer none).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModerationBenchmark {
    static final int COMMENTS = 10_000;

    CrisisEngine engine;
    RawDrools raw;
    PlainModeration plain;
    ModerationSettings settings;
    List<Comment> comments;
    List<CommentInput> inputs;

    @Setup
    public void setUp() {
        engine = CrisisEngine.builder().clock(Clock.fixed(Inputs.NOW, ZoneOffset.UTC)).build();
        settings = PolicySettings.defaults().moderation();
        raw = RawDrools.moderationRules();
        plain = new PlainModeration(settings, OffenceHistory.inMemory(settings.offenceWindow()));
        comments = Inputs.comments(COMMENTS, 2_000, 1);
        inputs = comments.stream().map(CommentInput::of).toList();
    }

    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public Object batchEngine() {
        return engine.moderate(comments);
    }

    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public Object batchEngineUnchecked() {
        return engine.moderateBatch(inputs, ModerationContext.NONE);
    }

    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public Object batchRawDrools() {
        return raw.moderate(comments, settings, null);
    }

    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public Object batchPlainJava() {
        return plain.moderate(comments, null, Inputs.NOW);
    }

    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public void oneByOneEngine(Blackhole bh) {
        for (Comment comment : comments) {
            bh.consume(engine.moderate(List.of(comment)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public void oneByOneRawDrools(Blackhole bh) {
        for (Comment comment : comments) {
            bh.consume(raw.moderate(List.of(comment), settings, null));
        }
    }

    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public void oneByOnePlainJava(Blackhole bh) {
        for (Comment comment : comments) {
            bh.consume(plain.moderate(List.of(comment), null, Inputs.NOW));
        }
    }
}
