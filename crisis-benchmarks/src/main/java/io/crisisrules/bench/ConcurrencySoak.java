package io.crisisrules.bench;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Comment;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.ModerationOutcome;
import io.crisisrules.moderation.OffenceHistory;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A concurrency soak (issue 19): one shared engine, many threads evaluating scenarios and moderating
 * comments (as a list and as a batch) for a while, every result compared with the one a single thread
 * got for the same input, and the heap before and after (after GC). The engine remembers no offences
 * ({@link OffenceHistory#none()}), so each result is a function of its input alone and any
 * difference is a concurrency fault; the offence history's own concurrency is tested apart
 * (ThreadSafetyTest). The engine keeps 2 idle sessions, far fewer than the threads, so sessions are
 * made and freed throughout.
 *
 * <pre>java -cp crisis-benchmarks/target/benchmarks.jar io.crisisrules.bench.ConcurrencySoak [threads] [seconds]</pre>
 *
 * Defaults: 16 threads, 60 seconds. Prints one line of {@code key=value} figures and exits 1 when
 * any result differs.
 */
public final class ConcurrencySoak {
    static final int SCENARIOS = 48;

    private ConcurrencySoak() {
    }

    /** What a soak measured. */
    record Figures(int threads, long seconds, long evaluations, long moderations, long differing,
                   long heapBeforeBytes, long heapAfterBytes) {
        @Override
        public String toString() {
            return String.format("soak.threads=%d soak.seconds=%d soak.evaluations=%d soak.moderations=%d"
                            + " soak.differing=%d soak.heapBeforeMB=%.1f soak.heapAfterMB=%.1f", threads, seconds,
                    evaluations, moderations, differing, heapBeforeBytes / 1e6, heapAfterBytes / 1e6);
        }
    }

    /**
     * @param args threads (16) and seconds (60)
     * @throws Exception if a worker fails
     */
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
        Figures figures = run(threads, Duration.ofSeconds(seconds));
        System.out.println(figures);
        if (figures.differing() != 0) {
            System.exit(1);
        }
    }

    static Figures run(int threads, Duration duration) throws Exception {
        CrisisEngine engine = CrisisEngine.builder().clock(Clock.fixed(Inputs.NOW, ZoneOffset.UTC))
                .offenceHistory(OffenceHistory.none()).sessionPool(2, Duration.ofMinutes(5)).build();
        List<Snapshot> snapshots = new ArrayList<>();
        List<List<Comment>> batches = new ArrayList<>();
        List<List<CommentInput>> inputs = new ArrayList<>();
        for (int i = 0; i < SCENARIOS; i++) {
            Snapshot.Builder builder = Snapshot.builder(Inputs.brand());
            Snapshot base = Inputs.snapshot();
            if (i % 2 == 0) {
                base.metrics().forEach(builder::metric);
            }
            Inputs.metrics(1 + i % 6, i).forEach(builder::metric);
            if (i % 3 != 0) {
                base.mentions().forEach(builder::mentions);
            }
            base.claims().forEach(builder::claim);
            if (i % 4 != 1) {
                base.complaints().forEach(builder::complaint);
            }
            List<Comment> comments = Inputs.comments(4 + i % 20, 3 + i % 7, 1000 + i);
            builder.comments(comments);
            snapshots.add(builder.build());
            List<Comment> batch = Inputs.comments(10 + i % 40, 5 + i % 11, 2000 + i);
            batches.add(batch);
            inputs.add(batch.stream().map(CommentInput::of).toList());
        }
        List<Assessment> assessments = snapshots.stream().map(engine::evaluate).toList();
        List<List<ModerationDecision>> decisions = batches.stream().map(engine::moderate).toList();
        List<List<ModerationOutcome>> outcomes = inputs.stream()
                .map(batch -> engine.moderateBatch(batch, ModerationContext.NONE)).toList();

        long heapBefore = Heap.usedAfterGc();
        AtomicLong evaluations = new AtomicLong();
        AtomicLong moderations = new AtomicLong();
        AtomicLong differing = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                SplittableRandom random = new SplittableRandom(t);
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        int i = random.nextInt(SCENARIOS);
                        switch (random.nextInt(3)) {
                            case 0 -> {
                                if (!engine.evaluate(snapshots.get(i)).equals(assessments.get(i))) {
                                    differing.incrementAndGet();
                                }
                                evaluations.incrementAndGet();
                            }
                            case 1 -> {
                                if (!engine.moderate(batches.get(i)).equals(decisions.get(i))) {
                                    differing.incrementAndGet();
                                }
                                moderations.incrementAndGet();
                            }
                            default -> {
                                if (!engine.moderateBatch(inputs.get(i), ModerationContext.NONE).equals(outcomes.get(i))) {
                                    differing.incrementAndGet();
                                }
                                moderations.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(duration.toSeconds() + 600, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long heapAfter = Heap.usedAfterGc();
        return new Figures(threads, duration.toSeconds(), evaluations.get(), moderations.get(), differing.get(),
                heapBefore, heapAfter);
    }
}
