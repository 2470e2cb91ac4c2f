package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisRulesException;
import io.crisisrules.HostComponentException;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.ModerationOutcome;
import io.crisisrules.moderation.Offence;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.moderation.OffenceHistoryException;
import io.crisisrules.rules.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.crisisrules.rules.support.Engines.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19, "failing host components": a host's offence history, rule listener or classifier that
 * throws, fails with an {@link Error} or hangs fails the call with a {@link CrisisRulesException}
 * naming it, or rejects only the comment concerned where a batch goes on; and nothing it says, nor
 * any comment id, author or text, reaches the logs above DEBUG.
 */
class FailingHostComponentsTest {
    private static final String SECRET = "the text of a private comment by alice@example.com";

    private static CrisisEngine.Builder builder() {
        return CrisisEngine.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static CommentInput input(String id, String author, Set<String> labels) {
        return new CommentInput(id, author, "X", SECRET, NOW.minus(Duration.ofMinutes(5)), labels, Map.of(), null);
    }

    /** A history whose reads fail from the {@code failFrom}-th call on, with a host's raw exception. */
    private static final class BrokenHistory implements OffenceHistory {
        private final int failFrom;
        private int reads;

        BrokenHistory(int failFrom) {
            this.failFrom = failFrom;
        }

        @Override
        public synchronized List<Offence> offencesSince(String authorId, Instant since) {
            if (++reads >= failFrom) {
                throw new IllegalStateException("connection pool closed while reading " + authorId);
            }
            return List.of();
        }

        @Override
        public void record(Offence offence) {
        }

        @Override
        public String toString() {
            return "BrokenHistory";
        }
    }

    @Test
    void a_history_throwing_a_raw_exception_fails_the_call_with_an_offence_history_exception_naming_it() {
        CrisisEngine engine = builder().offenceHistory(new BrokenHistory(1)).build();

        assertThatThrownBy(() -> engine.moderate(List.of(Fixtures.labelled("c1", CommentLabel.HATEFUL))))
                .isInstanceOf(OffenceHistoryException.class)
                .isInstanceOf(HostComponentException.class)
                .hasMessage("the offence history (BrokenHistory) failed to read offences: java.lang.IllegalStateException")
                .hasCauseInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(((HostComponentException) e).component()).isEqualTo("offenceHistory"));
    }

    @Test
    void a_stream_keeps_the_decisions_made_before_its_history_failed() {
        // one read per offending author, two per chunk: the third chunk's first read fails
        CrisisEngine engine = builder().batchSize(2).offenceHistory(new BrokenHistory(5)).build();
        Stream<CommentInput> comments = IntStream.range(0, 10).mapToObj(i -> input("c" + i, "u" + i, Set.of("HATEFUL")));
        List<ModerationOutcome> kept = new ArrayList<>();

        assertThatThrownBy(() -> engine.moderateStream(comments, ModerationContext.NONE).forEach(kept::add))
                .isInstanceOf(OffenceHistoryException.class);
        assertThat(kept).extracting(ModerationOutcome::index).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void a_throwing_rule_listener_fails_the_call_with_an_exception_naming_the_listener_not_a_rule() {
        CrisisEngine engine = builder().listener(rule -> {
            throw new IllegalStateException("audit store down");
        }).build();

        assertThatThrownBy(() -> engine.moderate(List.of(Fixtures.labelled("c1", CommentLabel.HATEFUL))))
                .isInstanceOf(HostComponentException.class)
                .hasMessageStartingWith("the rule listener")
                .hasMessageContaining("failed after rule \"MOD-01")
                .hasMessageEndingWith(": java.lang.IllegalStateException")
                .hasCauseInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(((HostComponentException) e).component()).isEqualTo("listener"));
        assertThatThrownBy(() -> engine.evaluate(Fixtures.snapshot()
                .comment(Fixtures.labelled("c1", CommentLabel.HATEFUL)).build()))
                .isInstanceOf(HostComponentException.class);
    }

    @Test
    void a_classifier_error_rejects_its_comment_and_the_batch_goes_on() {
        CrisisEngine engine = builder().offenceHistory(OffenceHistory.none()).classifier(comment -> {
            if (comment.id().equals("assert")) {
                throw new AssertionError(comment.text());
            }
            if (comment.id().equals("linkage")) {
                throw new NoClassDefFoundError("com/acme/Model");
            }
            return Map.of(CommentLabel.HATEFUL, 0.99);
        }).build();

        List<ModerationOutcome> outcomes = engine.moderateBatch(List.of(input("a", "u1", Set.of()),
                input("assert", "u2", Set.of()), input("linkage", "u3", Set.of()), input("b", "u4", Set.of())),
                ModerationContext.NONE);

        assertThat(outcomes).extracting(ModerationOutcome::isDecided).containsExactly(true, false, false, true);
        assertThat(outcomes.get(1).rejection().field()).isEqualTo("classifier");
        assertThat(outcomes.get(1).rejection().reason())
                .isEqualTo("classifier must classify the comment without failing, but was \"java.lang.AssertionError\"")
                .doesNotContain(SECRET);
    }

    @Test
    @Timeout(30)
    void a_hanging_classifier_times_out_and_rejects_only_its_comment() {
        CountDownLatch never = new CountDownLatch(1);
        CrisisEngine engine = builder().offenceHistory(OffenceHistory.none())
                .classifierTimeout(Duration.ofMillis(200))
                .classifier(comment -> {
                    if (comment.id().equals("hang")) {
                        try {
                            never.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return Map.of(CommentLabel.QUESTION, 0.9);
                }).build();

        long start = System.nanoTime();
        List<ModerationOutcome> outcomes = engine.moderateBatch(List.of(input("a", "u1", Set.of()),
                input("hang", "u2", Set.of()), input("b", "u3", Set.of())), ModerationContext.NONE);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcomes).extracting(ModerationOutcome::isDecided).containsExactly(true, false, true);
        assertThat(outcomes.get(1).rejection().reason())
                .isEqualTo("classifier must answer within PT0.2S, but was \"still classifying\"");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void nothing_of_a_comment_nor_the_classifiers_message_reaches_the_logs_above_debug() {
        String log = captureLog(() -> {
            CrisisEngine engine = builder().offenceHistory(OffenceHistory.none()).classifier(comment -> {
                throw new IllegalStateException("cannot classify: " + comment.text());
            }).build();
            return engine.moderateBatch(List.of(input("comment-4711", "author-alice", Set.of())),
                    ModerationContext.NONE);
        });

        assertThat(log).as("the log").contains("capture is on").contains("classifier")
                .doesNotContain("comment-4711").doesNotContain("author-alice").doesNotContain(SECRET)
                .doesNotContain("cannot classify");
    }

    /** slf4j-simple, the tests' binding, writes to whatever System.err is at the time, from INFO up. */
    private static String captureLog(Supplier<?> work) {
        PrintStream hostErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            LoggerFactory.getLogger(FailingHostComponentsTest.class).info("capture is on");
            work.get();
        } finally {
            System.setErr(hostErr);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
