package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.ModerationOutcome;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.rules.support.Engines;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.crisisrules.rules.support.Fixtures.comment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short version of the concurrency soak (issue 19; the long one is crisis-benchmarks'
 * ConcurrencySoak): one engine, eight threads evaluating and moderating (as a list and as a batch) a
 * few hundred times each, on a session pool of two idle sessions that expire after a millisecond so
 * sessions are made, reused and freed throughout; every result equals the single-threaded one.
 */
class ConcurrencySoakTest {
    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 150;

    @Test
    void eight_threads_evaluating_and_moderating_on_one_engine_get_the_single_threaded_results() throws Exception {
        CrisisEngine engine = CrisisEngine.builder().clock(Clock.fixed(Engines.NOW, ZoneOffset.UTC))
                .offenceHistory(OffenceHistory.none()).sessionPool(2, Duration.ofMillis(1)).build();
        List<Snapshot> snapshots = ThreadSafetyTest.variedSnapshots().subList(0, 60);
        List<List<Comment>> batches = new ArrayList<>();
        for (int b = 0; b < 30; b++) {
            List<Comment> batch = new ArrayList<>();
            for (int c = 0; c < 1 + b % 9; c++) {
                CommentLabel label = CommentLabel.values()[(b + c) % CommentLabel.values().length];
                batch.add(comment("b" + b + "-" + c, "author-" + c % 3, Set.of(label), Map.of()));
            }
            batches.add(List.copyOf(batch));
        }
        List<List<CommentInput>> inputs = batches.stream().map(batch -> batch.stream().map(CommentInput::of).toList())
                .toList();
        List<Assessment> assessments = snapshots.stream().map(engine::evaluate).toList();
        List<List<ModerationDecision>> decisions = batches.stream().map(engine::moderate).toList();
        List<List<ModerationOutcome>> outcomes = inputs.stream()
                .map(batch -> engine.moderateBatch(batch, ModerationContext.NONE)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long differing = 0;
        long calls = 0;
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                SplittableRandom random = new SplittableRandom(t);
                workers.add(pool.submit(() -> {
                    long[] counts = new long[2]; // calls, differing
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        boolean same = switch (random.nextInt(3)) {
                            case 0 -> {
                                int s = random.nextInt(snapshots.size());
                                yield engine.evaluate(snapshots.get(s)).equals(assessments.get(s));
                            }
                            case 1 -> {
                                int b = random.nextInt(batches.size());
                                yield engine.moderate(batches.get(b)).equals(decisions.get(b));
                            }
                            default -> {
                                int b = random.nextInt(inputs.size());
                                yield engine.moderateBatch(inputs.get(b), ModerationContext.NONE).equals(outcomes.get(b));
                            }
                        };
                        counts[0]++;
                        counts[1] += same ? 0 : 1;
                    }
                    return counts;
                }));
            }
            for (Future<long[]> worker : workers) {
                long[] counts = worker.get(300, TimeUnit.SECONDS);
                calls += counts[0];
                differing += counts[1];
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(calls).isEqualTo((long) THREADS * CALLS_PER_THREAD);
        assertThat(differing).as("results differing from the single-threaded ones").isZero();
        assertThat(assessments).anySatisfy(a -> assertThat(a.incidents()).isNotEmpty());
        assertThat(decisions).anySatisfy(d -> assertThat(d).isNotEmpty());
    }
}
