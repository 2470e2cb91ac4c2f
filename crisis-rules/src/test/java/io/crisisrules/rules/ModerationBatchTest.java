package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.ModerationOutcome;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.moderation.Rejection;
import io.crisisrules.rules.support.Engines;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.crisisrules.rules.support.Engines.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** The batch API: one outcome per comment, rejections with reasons, streams in bounded chunks. */
class ModerationBatchTest {

    private static CommentInput input(String id, String author, Set<String> labels, Map<String, Double> scores) {
        return new CommentInput(id, author, "X", "text", NOW.minus(Duration.ofMinutes(5)), labels, scores, null);
    }

    @Test
    void bad_comments_are_rejected_with_their_reason_and_the_batch_goes_on() {
        List<CommentInput> batch = Arrays.asList(
                input("ok1", "u1", Set.of("HATEFUL"), Map.of()),
                input(null, "u2", Set.of(), Map.of()),
                input("noauthor", " ", Set.of(), Map.of()),
                input("badscore", "u3", Set.of(), Map.of("INSULTING", 1.5)),
                input("badlabel", "u4", Set.of("SARCASM"), Map.of()),
                null,
                input("ok1", "u5", Set.of(), Map.of()),
                input("ok2", "u6", Set.of("CUSTOMER_COMPLAINT"), Map.of()));

        List<ModerationOutcome> outcomes = Engines.defaults().moderateBatch(batch, ModerationContext.NONE);

        assertThat(outcomes).hasSize(batch.size());
        assertThat(outcomes).extracting(ModerationOutcome::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(outcomes).extracting(ModerationOutcome::isDecided)
                .containsExactly(true, false, false, false, false, false, false, true);
        assertThat(outcomes.get(0).decision().action()).isEqualTo(ModerationAction.DELETE_AND_REPORT);
        assertThat(outcomes.get(7).decision().action()).isEqualTo(ModerationAction.REPLY_AND_OPEN_CASE);
        assertThat(outcomes.subList(1, 7)).extracting(o -> o.rejection().reason()).containsExactly(
                "id must not be blank, but was null",
                "authorId must not be blank, but was \" \"",
                "scores.INSULTING must be within [0, 1], but was 1.5",
                "labels must name a known label " + Arrays.toString(CommentLabel.values()) + ", but was \"SARCASM\"",
                "comments[5] must not be null, but was null",
                "id must have a unique id, but \"ok1\" appears more than once");
        assertThat(outcomes.get(3).rejection()).isEqualTo(new Rejection("badscore", "scores.INSULTING",
                "scores.INSULTING must be within [0, 1], but was 1.5"));
    }

    @Test
    void a_stream_is_moderated_in_chunks_with_one_outcome_per_comment_in_order() {
        CrisisEngine engine = CrisisEngine.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).batchSize(3)
                .offenceHistory(OffenceHistory.inMemory(Duration.ofDays(30))).build();
        // the same author's abuse, spread over several chunks: the history carries offences across them
        Stream<CommentInput> comments = IntStream.range(0, 10).mapToObj(i -> i == 4
                ? input("bad" + i, "", Set.of(), Map.of())
                : new CommentInput("c" + i, "troll", "X", "", NOW.minus(Duration.ofMinutes(60 - i)), Set.of("INSULTING"),
                Map.of(), null));

        List<ModerationOutcome> outcomes;
        try (Stream<ModerationOutcome> stream = engine.moderateStream(comments, ModerationContext.NONE)) {
            outcomes = stream.toList();
        }

        assertThat(outcomes).extracting(ModerationOutcome::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(outcomes.get(4).isDecided()).isFalse();
        assertThat(outcomes).filteredOn(ModerationOutcome::isDecided).extracting(o -> o.decision().action())
                .containsExactly(ModerationAction.DELETE_AND_REPORT, ModerationAction.DELETE_AND_REPORT,
                        ModerationAction.BLOCK_AUTHOR, ModerationAction.BLOCK_AUTHOR, ModerationAction.BLOCK_AUTHOR,
                        ModerationAction.BLOCK_AUTHOR, ModerationAction.BLOCK_AUTHOR, ModerationAction.BLOCK_AUTHOR,
                        ModerationAction.BLOCK_AUTHOR);
    }

    @Test
    void a_stream_is_read_lazily() {
        AtomicInteger read = new AtomicInteger();
        CrisisEngine engine = Engines.defaults();
        Stream<CommentInput> endless = Stream.iterate(0, i -> i + 1).peek(i -> read.incrementAndGet())
                .map(i -> input("c" + i, "u" + i, Set.of(), Map.of()));

        List<ModerationOutcome> firstFive = engine.moderateStream(endless, ModerationContext.NONE).limit(5).toList();

        assertThat(firstFive).hasSize(5);
        assertThat(read.get()).isLessThanOrEqualTo(1000);
    }

    @Test
    void the_host_classifier_scores_comments_that_arrive_without_labels_or_scores() {
        List<String> asked = new ArrayList<>();
        CrisisEngine engine = CrisisEngine.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .offenceHistory(OffenceHistory.none())
                .classifier(comment -> {
                    synchronized (asked) {
                        asked.add(comment.id());
                    }
                    return switch (comment.id()) {
                        case "troll" -> Map.of(CommentLabel.PROVOCATION, 0.97);
                        case "broken" -> Map.of(CommentLabel.HATEFUL, 1.2);
                        case "crash" -> throw new IllegalStateException("model offline");
                        default -> Map.of();
                    };
                }).build();

        List<ModerationOutcome> outcomes = engine.moderateBatch(List.of(
                input("troll", "u1", Set.of(), Map.of()),
                input("labelled", "u2", Set.of("QUESTION"), Map.of()),
                input("broken", "u3", Set.of(), Map.of()),
                input("crash", "u4", Set.of(), Map.of())), ModerationContext.NONE);

        assertThat(asked).containsExactly("troll", "broken", "crash");
        assertThat(outcomes.get(0).decision().action()).isEqualTo(ModerationAction.IGNORE);
        assertThat(outcomes.get(1).isDecided()).isTrue();
        assertThat(outcomes.get(2).rejection().reason()).isEqualTo("scores.HATEFUL must be within [0, 1], but was 1.2");
        assertThat(outcomes.get(3).rejection().field()).isEqualTo("classifier");
        // the classifier's message may carry the comment's text: only its type is given
        assertThat(outcomes.get(3).rejection().reason()).isEqualTo(
                "classifier must classify the comment without failing, but was \"java.lang.IllegalStateException\"");
    }
}
