package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.crisisrules.rules.support.Fixtures.labelled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine reuses its KIE sessions (a pool, reset between runs): nothing of one evaluation may
 * reach the next, neither facts nor listeners.
 */
class SessionReuseTest {

    @Test
    void evaluations_do_not_depend_on_what_the_reused_sessions_evaluated_before() {
        List<Snapshot> snapshots = ThreadSafetyTest.variedSnapshots();
        List<Assessment> forward = snapshots.stream().map(Engines.defaults()::evaluate).toList();

        CrisisEngine fresh = CrisisEngine.builder().clock(Clock.fixed(Engines.NOW, ZoneOffset.UTC))
                .offenceHistory(OffenceHistory.none()).build();
        List<Snapshot> reversed = new ArrayList<>(snapshots);
        Collections.reverse(reversed);
        List<Assessment> backward = new ArrayList<>(reversed.stream().map(fresh::evaluate).toList());
        Collections.reverse(backward);

        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void a_listener_hears_only_the_runs_of_its_own_engine_even_on_a_reused_session() {
        RecordingListener recorder = new RecordingListener();
        Engines.recording(recorder).moderate(List.of(labelled("c1", CommentLabel.HATEFUL)));
        Engines.recording(recorder).evaluate(Snapshot.builder(io.crisisrules.rules.support.Fixtures.snapshot()
                .build().brand()).comment(labelled("c2", CommentLabel.HATEFUL)).build());
        long heard = recorder.names().size();

        assertThat(Engines.defaults().moderate(List.of(labelled("c3", CommentLabel.HATEFUL))))
                .singleElement().satisfies(d -> assertThat(d.action()).isEqualTo(ModerationAction.DELETE_AND_REPORT));
        Engines.defaults().evaluate(io.crisisrules.rules.support.Fixtures.snapshot()
                .comment(labelled("c4", CommentLabel.HATEFUL)).build());

        assertThat(heard).isGreaterThanOrEqualTo(2);
        assertThat(recorder.names()).hasSize((int) heard);
    }
}
