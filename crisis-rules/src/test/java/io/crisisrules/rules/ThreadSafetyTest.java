package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.Metric;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.moderation.Offence;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.settings.PolicySettings;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.crisisrules.rules.support.Fixtures.againstBaseline;
import static io.crisisrules.rules.support.Fixtures.comment;
import static io.crisisrules.rules.support.Fixtures.labelled;
import static io.crisisrules.rules.support.Fixtures.mentions;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

/** One engine shared by several threads gives exactly the results of sequential evaluations. */
class ThreadSafetyTest {
    private static final int THREADS = 8;
    private static final int EVALUATIONS = 400;

    static List<Snapshot> variedSnapshots() {
        List<Snapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < EVALUATIONS; i++) {
            Snapshot.Builder builder = snapshot();
            if (i % 2 == 0) {
                builder.metric(againstBaseline(Metric.UNSUBSCRIBE_RATE, "newsletter", 0.004 + i * 0.0001, 0.004));
            }
            if (i % 3 == 0) {
                builder.mentions(mentions(Channel.X, 100 + i, 20 + i % 80, 1_000 + 50L * i, 10L * i, 0.15,
                        Map.of(i % 2 == 0 ? Topic.DELIVERY : Topic.PRODUCT_QUALITY, 10L + i)));
            }
            if (i % 5 == 0) {
                builder.claim(new Claim("k" + i, "claim " + i, Topic.ETHICS, "@someone",
                        Claim.Status.values()[i % 3], i % 2 == 0));
            }
            for (int c = 0; c < i % 7; c++) {
                // each evaluation's authors are its own, so that remembered offences (MOD-04) do not
                // make one evaluation depend on another
                builder.comment(comment("c" + c, "author-" + i + "-" + c,
                        Set.of(c % 2 == 0 ? CommentLabel.HATEFUL : CommentLabel.QUESTION), Map.of()));
            }
            snapshots.add(builder.build());
        }
        return snapshots;
    }

    @Test
    void concurrent_evaluations_on_one_engine_equal_sequential_ones() throws Exception {
        CrisisEngine engine = Engines.defaults();
        List<Snapshot> snapshots = variedSnapshots();
        List<Assessment> sequential = snapshots.stream().map(engine::evaluate).toList();

        assertThat(concurrently(engine, snapshots)).isEqualTo(sequential);
        assertThat(sequential).anySatisfy(a -> assertThat(a.incidents()).isNotEmpty());
        assertThat(sequential).anySatisfy(a -> assertThat(a.incidents()).isEmpty());
    }

    @Test
    void the_default_engine_remembering_offences_gives_concurrent_evaluations_the_results_of_sequential_ones()
            throws Exception {
        List<Snapshot> snapshots = variedSnapshots();
        List<Assessment> sequential = snapshots.stream().map(defaultEngine()::evaluate).toList();
        CrisisEngine shared = defaultEngine();

        assertThat(concurrently(shared, snapshots)).isEqualTo(sequential);
        assertThat(sequential).anySatisfy(a -> assertThat(a.moderation())
                .anySatisfy(d -> assertThat(d.action()).isEqualTo(ModerationAction.DELETE_AND_REPORT)));
    }

    @Test
    void offences_of_one_author_recorded_from_many_threads_are_all_remembered_and_never_block_a_first_offence()
            throws Exception {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30));
        CrisisEngine engine = defaultEngine().withOffenceHistory(history);
        int calls = 64;

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<ModerationDecision> decisions = new ArrayList<>();
        try {
            List<Future<List<ModerationDecision>>> futures = IntStream.range(0, calls)
                    .mapToObj(i -> pool.submit(() -> engine.moderate(List.of(
                            comment("troll-" + i, "the-troll", Set.of(CommentLabel.HATEFUL), Map.of())))))
                    .toList();
            for (Future<List<ModerationDecision>> future : futures) {
                decisions.addAll(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Offence> remembered = history.offencesSince("the-troll", Engines.NOW.minus(Duration.ofDays(30)));
        assertThat(remembered).extracting(Offence::commentId).doesNotHaveDuplicates().hasSize(calls);
        assertThat(decisions).hasSize(calls).allSatisfy(d -> assertThat(d.action())
                .isIn(ModerationAction.DELETE_AND_REPORT, ModerationAction.BLOCK_AUTHOR));
        assertThat(decisions).filteredOn(d -> d.action() == ModerationAction.BLOCK_AUTHOR)
                .as("blocks once the author has offended before (MOD-04), so never the first offences")
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(calls - (PolicySettings.defaults().moderation().blockAfterOffences() - 1));
    }

    /** @return the assessments of {@code snapshots} evaluated by {@link #THREADS} threads at once, in order */
    private static List<Assessment> concurrently(CrisisEngine engine, List<Snapshot> snapshots) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Assessment>> futures = new ArrayList<>();
            for (Snapshot snapshot : snapshots) {
                futures.add(pool.submit(() -> engine.evaluate(snapshot)));
            }
            List<Assessment> assessments = new ArrayList<>();
            for (Future<Assessment> future : futures) {
                assessments.add(future.get(60, TimeUnit.SECONDS));
            }
            return assessments;
        } finally {
            pool.shutdownNow();
        }
    }

    private static CrisisEngine defaultEngine() {
        return CrisisEngine.builder().clock(Clock.fixed(Engines.NOW, ZoneOffset.UTC)).build();
    }
}
