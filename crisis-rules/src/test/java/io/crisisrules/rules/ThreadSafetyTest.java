package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.Metric;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.rules.support.Engines;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.crisisrules.rules.support.Fixtures.againstBaseline;
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
                builder.comment(labelled("c" + c, c % 2 == 0 ? CommentLabel.HATEFUL : CommentLabel.QUESTION));
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

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Assessment>> futures = new ArrayList<>();
            for (Snapshot snapshot : snapshots) {
                futures.add(pool.submit(() -> engine.evaluate(snapshot)));
            }
            for (int i = 0; i < snapshots.size(); i++) {
                assertThat(futures.get(i).get(60, TimeUnit.SECONDS)).as("evaluation %d", i).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential).anySatisfy(a -> assertThat(a.incidents()).isNotEmpty());
        assertThat(sequential).anySatisfy(a -> assertThat(a.incidents()).isEmpty());
    }
}
