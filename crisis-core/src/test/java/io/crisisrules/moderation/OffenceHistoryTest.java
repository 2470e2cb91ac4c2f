package io.crisisrules.moderation;

import io.crisisrules.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-memory default of the MOD-04 offence history. */
class OffenceHistoryTest {
    private static final Instant T = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void MOD_04_in_memory_history_returns_an_authors_offences_since_an_instant() {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30));
        history.record(new Offence("u1", "c1", T.minus(Duration.ofDays(10))));
        history.record(new Offence("u1", "c2", T.minus(Duration.ofDays(1))));
        history.record(new Offence("u2", "c3", T));

        assertThat(history.offencesSince("u1", T.minus(Duration.ofDays(5)))).extracting(Offence::commentId)
                .containsExactly("c2");
        assertThat(history.offencesSince("nobody", Instant.EPOCH)).isEmpty();
    }

    @Test
    void MOD_04_recording_the_same_comment_twice_keeps_one_offence() {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30));
        history.record(new Offence("u1", "c1", T));
        history.record(new Offence("u1", "c1", T));

        assertThat(history.offencesSince("u1", Instant.EPOCH)).hasSize(1);
    }

    @Test
    void MOD_04_offences_older_than_the_window_are_forgotten() {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30));
        history.record(new Offence("u1", "old", T.minus(Duration.ofDays(31))));
        history.record(new Offence("u1", "new", T));
        history.record(new Offence("u2", "older", T.minus(Duration.ofDays(60))));

        assertThat(history.offencesSince("u1", Instant.EPOCH)).extracting(Offence::commentId).containsExactly("new");
        assertThat(history.offencesSince("u2", Instant.EPOCH)).isEmpty();
    }

    @Test
    void the_in_memory_history_is_bounded_in_authors() {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30), 100);
        for (int i = 0; i < 1_000; i++) {
            history.record(new Offence("u" + i, "c" + i, T.plusSeconds(i)));
        }

        long remembered = IntStream.range(0, 1_000)
                .filter(i -> !history.offencesSince("u" + i, Instant.EPOCH).isEmpty()).count();
        assertThat(remembered).isPositive().isLessThanOrEqualTo(100);
    }

    @Test
    void MOD_04_a_flood_of_other_offending_authors_does_not_push_a_repeat_offender_out() {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30), 1_000);
        history.record(new Offence("troll", "t1", T));
        history.offencesSince("troll", T.minus(Duration.ofDays(30)));
        history.record(new Offence("troll", "t2", T.plusSeconds(60)));
        history.offencesSince("troll", T.minus(Duration.ofDays(30)));

        for (int i = 0; i < 101_000; i++) {
            history.record(new Offence("flood-" + i, "f" + i, T.plusSeconds(120 + i / 100)));
            if (i % 500 == 0) {
                // the troll keeps commenting: MOD-04 reads their offences for each comment
                history.offencesSince("troll", T.minus(Duration.ofDays(30)));
            }
        }
        history.record(new Offence("troll", "t3", T.plusSeconds(3_600)));

        assertThat(history.offencesSince("troll", T.minus(Duration.ofDays(1)))).extracting(Offence::commentId)
                .containsExactly("t1", "t2", "t3");
    }

    @Test
    void MOD_04_a_flood_past_the_default_bound_does_not_push_out_a_repeat_offender_nobody_looked_up() {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30));
        history.record(new Offence("troll", "t1", T));
        history.record(new Offence("troll", "t2", T.plusSeconds(60)));

        // more one-time offenders than the default bound, and no lookup of the troll meanwhile:
        // frequency cannot be what keeps them
        int flood = InMemoryOffenceHistory.DEFAULT_MAX_AUTHORS + 1_000;
        for (int i = 0; i < flood; i++) {
            history.record(new Offence("flood-" + i, "f" + i, T.plusSeconds(120 + i / 100)));
        }
        history.record(new Offence("troll", "t3", T.plusSeconds(3_600)));

        assertThat(history.offencesSince("troll", T.minus(Duration.ofDays(1)))).extracting(Offence::commentId)
                .containsExactly("t1", "t2", "t3");
        long floodRemembered = IntStream.range(0, flood)
                .filter(i -> !history.offencesSince("flood-" + i, Instant.EPOCH).isEmpty()).count();
        assertThat(floodRemembered).as("one-time offenders remembered")
                .isPositive().isLessThanOrEqualTo(InMemoryOffenceHistory.DEFAULT_MAX_AUTHORS);
    }

    @Test
    void MOD_04_every_repeat_offender_is_kept_through_a_flood_while_they_fit_in_the_bound() {
        int bound = 1_000;
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30), bound);
        for (int r = 0; r < bound; r++) {
            history.record(new Offence("repeat-" + r, "a" + r, T.plusSeconds(r)));
            history.record(new Offence("repeat-" + r, "b" + r, T.plusSeconds(r + 1)));
        }
        for (int i = 0; i < 101_000; i++) {
            history.record(new Offence("flood-" + i, "f" + i, T.plusSeconds(2_000 + i / 100)));
        }

        assertThat(IntStream.range(0, bound).filter(r -> history.offencesSince("repeat-" + r, T).size() == 2).count())
                .as("repeat offenders with both offences").isEqualTo(bound);
    }

    @Test
    void repeat_offenders_are_bounded_too() {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30), 100);
        for (int r = 0; r < 1_000; r++) {
            history.record(new Offence("repeat-" + r, "a" + r, T.plusSeconds(r)));
            history.record(new Offence("repeat-" + r, "b" + r, T.plusSeconds(r)));
        }

        long remembered = IntStream.range(0, 1_000)
                .filter(r -> !history.offencesSince("repeat-" + r, Instant.EPOCH).isEmpty()).count();
        assertThat(remembered).isPositive().isLessThanOrEqualTo(100);
    }

    @Test
    void an_author_moving_up_a_tier_loses_no_offence_when_threads_race() throws Exception {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30));
        int threads = 4;
        int authors = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int a = 0; a < authors; a++) {
                        // every thread records each author's offence at about the same moment
                        history.record(new Offence("u" + a, "t" + thread + "-" + a, T.plusSeconds(a)));
                        history.offencesSince("u" + a, Instant.EPOCH);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(IntStream.range(0, authors).map(a -> history.offencesSince("u" + a, Instant.EPOCH).size()).distinct())
                .containsExactly(threads);
    }

    @Test
    void a_bound_below_one_names_the_parameter() {
        assertThatThrownBy(() -> OffenceHistory.inMemory(Duration.ofDays(30), 0))
                .isInstanceOf(InvalidInputException.class).hasMessage("maxAuthors must be >= 1, but was 0");
    }

    @Test
    void MOD_04_one_offence_dated_a_month_ahead_does_not_make_the_others_expire() {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30));
        history.record(new Offence("u1", "c1", T.minus(Duration.ofDays(2))));
        history.record(new Offence("u2", "c2", T.minus(Duration.ofDays(1))));
        history.record(new Offence("skewed", "x", T.plus(Duration.ofDays(60))));
        history.record(new Offence("u1", "c3", T));

        assertThat(history.offencesSince("u1", T.minus(Duration.ofDays(30)))).extracting(Offence::commentId)
                .containsExactly("c1", "c3");
        assertThat(history.offencesSince("u2", T.minus(Duration.ofDays(30)))).hasSize(1);
    }

    @Test
    void MOD_04_time_moves_on_when_several_authors_agree_and_old_offences_are_forgotten() {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30));
        history.record(new Offence("u1", "old", T));
        history.record(new Offence("u2", "a", T.plus(Duration.ofDays(40))));
        history.record(new Offence("u3", "b", T.plus(Duration.ofDays(40))));

        assertThat(history.offencesSince("u1", Instant.EPOCH)).as("40 days later, for two authors").isEmpty();
        assertThat(history.offencesSince("u2", Instant.EPOCH)).hasSize(1);
    }

    @Test
    void the_in_memory_history_is_safe_to_share_between_threads() throws Exception {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        history.record(new Offence("u" + (i % 5), "t" + thread + "-" + i, T.minusSeconds(i)));
                        history.offencesSince("u" + (i % 5), Instant.EPOCH);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int total = 0;
        for (int a = 0; a < 5; a++) {
            total += history.offencesSince("u" + a, Instant.EPOCH).size();
        }
        assertThat(total).isEqualTo(200);
    }

    @Test
    void none_remembers_nothing() {
        OffenceHistory none = OffenceHistory.none();
        none.record(new Offence("u1", "c1", T));

        assertThat(none.offencesSince("u1", Instant.EPOCH)).isEmpty();
    }

    @Test
    void a_bad_retention_names_the_field() {
        assertThatThrownBy(() -> OffenceHistory.inMemory(Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessage("retention must be > 0, but was PT0S");
    }
}
