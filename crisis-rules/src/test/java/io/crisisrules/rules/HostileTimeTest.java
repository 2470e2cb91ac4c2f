package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.InvalidInputException;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.CustomerActivity;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.SignalChange;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.ModerationOutcome;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.rules.support.Fixtures;
import io.crisisrules.rules.support.MentionStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.crisisrules.rules.support.Engines.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19, "hostile time": one event dated far ahead, at the edges of {@link Instant}, or with a
 * value that overflows arithmetic must not switch a policy off, blind a monitor or fail a batch.
 * Each test reproduces a finding of the issue.
 */
class HostileTimeTest {
    private static final Instant MONTH_AHEAD = NOW.plus(Duration.ofDays(31));
    private static final Instant YEAR_9966 = Instant.parse("9966-06-01T00:00:00Z");

    private static CrisisEngine engine() {
        return CrisisEngine.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .offenceHistory(OffenceHistory.inMemory(Duration.ofDays(30))).build();
    }

    private static CommentInput insulting(String id, String author, Instant at) {
        return new CommentInput(id, author, "X", "text", at, Set.of("INSULTING"), Map.of(), null);
    }

    @Test
    void MOD_04_deleted_comments_dated_a_month_ahead_are_rejected_and_repeat_offenders_are_still_blocked() {
        CrisisEngine engine = engine();
        // two authors' comments a month ahead: two distinct authors moved the history's event time before
        List<ModerationOutcome> future = engine.moderateBatch(List.of(insulting("f1", "a", MONTH_AHEAD),
                insulting("f2", "b", MONTH_AHEAD.plusSeconds(1))), ModerationContext.NONE);
        assertThat(future).noneMatch(ModerationOutcome::isDecided);
        assertThat(future.get(0).rejection().field()).isEqualTo("postedAt");
        assertThat(future.get(0).rejection().reason())
                .isEqualTo("postedAt must be at most PT5M after the engine clock's " + NOW
                        + " (futureTolerance), but was " + MONTH_AHEAD);

        List<ModerationAction> troll = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            troll.add(engine.moderateBatch(List.of(insulting("t" + i, "troll", NOW.minus(Duration.ofHours(3 - i)))),
                    ModerationContext.NONE).get(0).decision().action());
        }

        assertThat(troll).containsExactly(ModerationAction.DELETE_AND_REPORT, ModerationAction.DELETE_AND_REPORT,
                ModerationAction.BLOCK_AUTHOR);
    }

    @Test
    void a_comment_within_the_tolerance_is_decided_and_the_tolerance_is_a_builder_option() {
        CommentInput skewed = insulting("s", "u", NOW.plus(Duration.ofMinutes(4)));
        assertThat(engine().moderateBatch(List.of(skewed), ModerationContext.NONE).get(0).isDecided()).isTrue();

        CrisisEngine strict = CrisisEngine.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .futureTolerance(Duration.ZERO).build();
        assertThat(strict.moderateBatch(List.of(skewed), ModerationContext.NONE).get(0).isDecided()).isFalse();
        assertThatThrownBy(() -> CrisisEngine.builder().futureTolerance(Duration.ofMinutes(-1)))
                .isInstanceOf(InvalidInputException.class).hasMessage("futureTolerance must be >= 0, but was PT-1M");
    }

    @Test
    void one_comment_near_instant_max_is_rejected_and_the_999_others_are_decided() {
        List<CommentInput> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Instant at = i == 500 ? Instant.MAX : NOW.minus(Duration.ofSeconds(i));
            batch.add(insulting("c" + i, "u" + i, at));
        }

        List<ModerationOutcome> outcomes = engine().moderateBatch(batch, ModerationContext.NONE);

        assertThat(outcomes).hasSize(1000);
        assertThat(outcomes).filteredOn(ModerationOutcome::isDecided).hasSize(999);
        assertThat(outcomes.get(500).rejection().field()).isEqualTo("postedAt");
    }

    @Test
    void comments_at_the_edges_of_instant_do_not_stop_a_stream() {
        CrisisEngine engine = CrisisEngine.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).batchSize(10).build();
        Stream<CommentInput> comments = IntStream.range(0, 50).mapToObj(i -> insulting("c" + i, "u" + i,
                i == 5 ? Instant.MAX : i == 15 ? Instant.MIN : i == 25 ? YEAR_9966 : NOW.minusSeconds(i)));

        List<ModerationOutcome> outcomes = engine.moderateStream(comments, ModerationContext.NONE).toList();

        assertThat(outcomes).hasSize(50);
        assertThat(outcomes).filteredOn(o -> !o.isDecided()).extracting(ModerationOutcome::index)
                .containsExactly(5L, 15L, 25L);
        assertThat(outcomes.get(15).rejection().reason()).isEqualTo(
                "postedAt must be within the years 1 to 9999, but was " + Instant.MIN);
    }

    @Test
    void the_list_and_snapshot_methods_refuse_a_future_comment_naming_it() {
        Comment future = new Comment("c1", "u1", Channel.X, "", MONTH_AHEAD, Set.of(CommentLabel.INSULTING),
                Map.of(), null);

        assertThatThrownBy(() -> engine().moderate(List.of(Fixtures.labelled("ok"), future)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("comments[1].postedAt must be at most PT5M after the engine clock's");
        assertThatThrownBy(() -> engine().evaluate(Fixtures.snapshot().comment(future).build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("comments[0].postedAt must be at most PT5M after the engine clock's");
    }

    // ---- the monitor ----

    private static CrisisMonitor monitorAt(Instant wallClock) {
        return engine().monitor(Fixtures.brand()).clock(Clock.fixed(wallClock, ZoneOffset.UTC)).start();
    }

    @Test
    void one_mention_dated_a_month_ahead_is_rejected_and_the_last_hour_still_counts_what_follows() {
        Instant wall = NOW.plus(Duration.ofHours(1));
        try (CrisisMonitor monitor = monitorAt(wall)) {
            monitor.mention(new Mention(NOW, Channel.X, true, 10, null));
            assertThatThrownBy(() -> monitor.mention(new Mention(MONTH_AHEAD, Channel.X, true, 10, null)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("mention.at must be at most PT5M after the monitor's wall clock " + wall
                            + " (futureTolerance), but was " + MONTH_AHEAD);
            assertThat(monitor.now()).contains(NOW);
            for (int i = 1; i < 2_000; i++) {
                monitor.mention(new Mention(NOW.plusMillis(i), Channel.X, true, 10, null));
            }

            assertThat(monitor.lastHour()).hasValueSatisfying(hour -> assertThat(hour.mentions()).isEqualTo(2_000));
        }
    }

    @Test
    void a_bad_buzz_after_a_mention_dated_a_month_ahead_still_raises_an_alert() {
        MentionStreams.Recorder recorder = new MentionStreams.Recorder();
        // the synthetic series lies in March 2026; the monitor's wall clock is the system's
        MentionStreams.Feed feed = MentionStreams.warmedUp(engine(), recorder, new Random(42));
        try (CrisisMonitor monitor = feed.monitor()) {
            Instant ahead = Instant.now().plus(Duration.ofDays(31));
            assertThatThrownBy(() -> monitor.mention(new Mention(ahead, Channel.X, true, 1, null)))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> monitor.mentionCount(new MentionCount(ahead, 1)))
                    .isInstanceOf(InvalidInputException.class);
            for (int i = 0; i < 24; i++) {
                feed.push(600); // two hours of a bad buzz
            }

            assertThat(recorder.signals).extracting(SignalChange::to).contains(AlertState.FIRING);
        }
    }

    @Test
    @Timeout(20)
    void events_near_year_9966_or_at_the_edges_of_instant_are_refused_at_once_and_leave_the_clock() {
        try (CrisisMonitor monitor = monitorAt(NOW)) {
            monitor.mention(new Mention(NOW, Channel.X, false, 1, null));
            List<Runnable> pushes = List.of(
                    () -> monitor.mention(new Mention(YEAR_9966, Channel.X, false, 1, null)),
                    () -> monitor.mention(new Mention(Instant.MIN, Channel.X, false, 1, null)),
                    () -> monitor.mentionCount(new MentionCount(Instant.MAX, 1)),
                    () -> monitor.advanceTo(YEAR_9966),
                    () -> monitor.advanceTo(Instant.MAX),
                    () -> monitor.complaint(new Complaint("k1", null, ComplaintChannel.EMAIL, ComplaintStatus.OPEN,
                            MONTH_AHEAD, null)),
                    () -> monitor.metric(new MetricObservation(Metric.ACQUISITION_COST, null,
                            ObservationPeriod.of(MONTH_AHEAD, Duration.ofDays(1)), 10, 5.0, null)));
            for (Runnable push : pushes) {
                assertThatThrownBy(push::run).isInstanceOf(InvalidInputException.class);
            }

            assertThat(monitor.now()).contains(NOW);
            monitor.advanceTo(NOW.plus(Duration.ofMinutes(4)));
            assertThat(monitor.now()).contains(NOW.plus(Duration.ofMinutes(4)));
        }
    }

    @Test
    void a_monitor_without_any_event_refuses_a_first_event_far_ahead() {
        try (CrisisMonitor monitor = monitorAt(NOW)) {
            assertThatThrownBy(() -> monitor.advanceTo(YEAR_9966)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("time must be at most PT5M after the monitor's wall clock");
            assertThat(monitor.now()).isEmpty();
        }
    }

    // ---- values that overflow arithmetic ----

    @Test
    void an_acquisition_cost_of_1e308_against_a_baseline_of_1e_300_is_computed_without_blaming_a_rule() {
        Assessment assessment = engine().evaluate(Fixtures.snapshot()
                .metric(Fixtures.againstBaseline(Metric.ACQUISITION_COST, null, 1e308, 1e-300)).build());

        assertThat(assessment.signals()).isNotEmpty();
        assertThat(assessment.signals()).allSatisfy(signal -> assertThat(signal.relativeChange())
                .satisfies(change -> assertThat(change == null || Double.isFinite(change)).isTrue()));
    }

    @Test
    void a_usual_interval_under_a_millisecond_is_rejected_with_the_field_and_value() {
        assertThatThrownBy(() -> new CustomerActivity("k", Duration.ofNanos(500), NOW.minus(Duration.ofDays(1))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("usualInterval must be at least 1 millisecond, but was PT0.0000005S");
    }

    @Test
    void a_huge_usual_interval_is_computed_safely() {
        Assessment assessment = engine().evaluate(Fixtures.snapshot()
                .customer(new CustomerActivity("k", Duration.ofSeconds(Long.MAX_VALUE), NOW.minus(Duration.ofDays(1))))
                .build());

        assertThat(assessment.signals()).isEmpty();
    }

    @Test
    void a_reach_of_2_pow_62_in_the_last_hour_leaves_complaint_pushes_working() {
        try (CrisisMonitor monitor = monitorAt(NOW)) {
            monitor.mention(new Mention(NOW.minusSeconds(10), Channel.X, true, 1L << 62, null));
            monitor.mention(new Mention(NOW.minusSeconds(5), Channel.X, true, 1L << 62, null));
            monitor.mention(new Mention(NOW.minusSeconds(1), Channel.X, true, 1L << 62, null));

            monitor.complaint(new Complaint("k1", null, ComplaintChannel.EMAIL, ComplaintStatus.OPEN, NOW, null));

            assertThat(monitor.lastHour()).hasValueSatisfying(hour -> assertThat(hour.reach()).isEqualTo(Long.MAX_VALUE));
        }
    }

    @Test
    void a_snapshot_reach_of_2_pow_62_is_evaluated_without_blaming_a_rule() {
        Assessment assessment = engine().evaluate(Fixtures.snapshot()
                .mentions(Fixtures.mentions(Channel.X, 1000, 900, 1L << 62, 1L << 62, 0.1, Map.of()))
                .mentions(Fixtures.mentions(Channel.FACEBOOK, 1000, 900, 1L << 62, 1L << 62, 0.1, Map.of()))
                .build());

        assertThat(assessment.evaluatedAt()).isEqualTo(NOW);
    }
}
