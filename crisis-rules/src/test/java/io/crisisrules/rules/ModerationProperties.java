package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Severity;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.ModerationOutcome;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.settings.ModerationSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static io.crisisrules.rules.support.Engines.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Properties of the moderation policy (MOD-01…MOD-08) over generated batches of comments. Each
 * property counts how often its interesting case came up, and the suite fails if one never did, so
 * a property cannot pass by never meeting what it is about. {@code -Dcrisis.tries=2000} searches deeper.
 */
class ModerationProperties {
    private static final int TRIES = Integer.getInteger("crisis.tries", 100);
    private static final ModerationSettings SETTINGS = Engines.defaults().settings().moderation();
    private static final Map<String, AtomicLong> REACHED = new ConcurrentHashMap<>();

    /** One comment before it gets its id: ids are given by position, so they are unique. */
    private record Spec(int author, int minutesAgo, Set<CommentLabel> labels, Map<CommentLabel, Double> scores,
                        String subject) {
        Comment toComment(int index) {
            return new Comment("c" + index, "a" + author, Channel.X, "", NOW.minus(Duration.ofMinutes(minutesAgo)),
                    labels, scores, subject);
        }
    }

    private static Gen<Set<CommentLabel>> labels() {
        return lists().of(arbitrary().enumValues(CommentLabel.class)).ofSizeBetween(0, 2)
                .map(list -> list.isEmpty() ? Set.of() : EnumSet.copyOf(list));
    }

    private static Gen<Map<CommentLabel, Double>> scores() {
        // values around the thresholds of the default settings (0.30, 0.50, 0.85)
        Gen<Double> score = arbitrary().pick(0.0, 0.1, 0.3, 0.4, 0.5, 0.6, 0.84, 0.85, 0.95, 1.0);
        Gen<Map.Entry<CommentLabel, Double>> entry = arbitrary().enumValues(CommentLabel.class)
                .zip(score, Map::entry);
        return lists().of(entry).ofSizeBetween(0, 2).map(entries -> {
            Map<CommentLabel, Double> map = new EnumMap<>(CommentLabel.class);
            entries.forEach(e -> map.put(e.getKey(), e.getValue()));
            return map;
        });
    }

    private static Gen<Spec> spec() {
        return integers().between(0, 3).zip(integers().between(0, 600), labels(), scores(),
                arbitrary().pick(List.of("", "refunds", "delivery")),
                (author, minutes, labels, scores, subject) ->
                        new Spec(author, minutes, labels, scores, subject.isEmpty() ? null : subject));
    }

    private static Gen<List<Comment>> batches() {
        return lists().of(spec()).ofSizeBetween(0, 16).map(specs -> {
            List<Comment> comments = new ArrayList<>(specs.size());
            for (int i = 0; i < specs.size(); i++) {
                comments.add(specs.get(i).toComment(i));
            }
            return comments;
        });
    }

    private static Gen<ModerationContext> contexts() {
        return arbitrary().pick(ModerationContext.NONE, ModerationContext.duringCrisis(Severity.MODERATE),
                ModerationContext.duringCrisis(Severity.MAJOR));
    }

    /** An engine with a fresh memory of offences, so each try starts from nothing yet MOD-04 is live. */
    private static CrisisEngine freshEngine() {
        return Engines.defaults().withOffenceHistory(OffenceHistory.inMemory(Duration.ofDays(30)));
    }

    private static void reached(String category) {
        REACHED.computeIfAbsent(category, c -> new AtomicLong()).incrementAndGet();
    }

    @Test
    void exactly_one_decision_per_valid_comment_in_input_order() {
        qt().withExamples(TRIES).forAll(batches(), contexts()).checkAssert((comments, context) -> {
            List<ModerationDecision> decisions = freshEngine().moderate(comments, context);

            assertThat(decisions).extracting(ModerationDecision::commentId)
                    .containsExactlyElementsOf(comments.stream().map(Comment::id).toList());
            // a rule explains every action taken; leaving a comment as it is needs no rule (MOD-06)
            assertThat(decisions).allSatisfy(d -> assertThat(d.explanation().rules().isEmpty())
                    .as("explanation of %s", d).isEqualTo(d.action() == ModerationAction.NO_ACTION));
            // the overruling rule only ever explains a decision two other rules disagreed on
            assertThat(decisions).filteredOn(d -> d.explanation().policyIds().contains("MOD-06"))
                    .allSatisfy(d -> assertThat(d.explanation().rules()).as("explanation of %s", d).hasSizeGreaterThanOrEqualTo(3));
            decisions.stream().filter(d -> d.explanation().policyIds().contains("MOD-06"))
                    .forEach(d -> reached("overruled"));
            decisions.forEach(d -> reached("decision " + d.action()));
        });
    }

    @Test
    void MOD_01_hateful_insulting_or_defamatory_content_is_never_left_visible() {
        qt().withExamples(TRIES).forAll(batches(), contexts()).checkAssert((comments, context) -> {
            List<ModerationDecision> decisions = freshEngine().moderate(comments, context);
            for (int i = 0; i < comments.size(); i++) {
                if (comments.get(i).abuseConfidence() >= SETTINGS.actionThreshold()) {
                    reached("abusive");
                    assertThat(decisions.get(i).action().leavesVisible()).as(decisions.get(i).toString()).isFalse();
                    assertThat(decisions.get(i).explanation().policyIds()).contains("MOD-01");
                }
            }
        });
    }

    @Test
    void MOD_04_no_author_is_blocked_on_a_first_offence() {
        qt().withExamples(TRIES).forAll(batches(), contexts()).checkAssert((comments, context) -> {
            List<ModerationDecision> decisions = freshEngine().moderate(comments, context);
            Map<String, Comment> byId = new HashMap<>();
            comments.forEach(c -> byId.put(c.id(), c));
            Comparator<Comment> posting = Comparator.comparing(Comment::postedAt).thenComparing(Comment::id);
            for (ModerationDecision decision : decisions) {
                if (decision.action() == ModerationAction.BLOCK_AUTHOR) {
                    reached("block");
                    Comment blocked = byId.get(decision.commentId());
                    long earlierOffences = decisions.stream().filter(d -> d.action().isOffence() && !d.provisional())
                            .map(d -> byId.get(d.commentId()))
                            .filter(c -> c.authorId().equals(blocked.authorId()) && posting.compare(c, blocked) < 0)
                            .count();
                    assertThat(earlierOffences).as("offences before %s", blocked.id())
                            .isGreaterThanOrEqualTo(SETTINGS.blockAfterOffences() - 1L).isPositive();
                }
            }
        });
    }

    @Test
    void MOD_05_a_customer_complaint_is_never_ignored() {
        qt().withExamples(TRIES).forAll(batches(), contexts()).checkAssert((comments, context) -> {
            List<ModerationDecision> decisions = freshEngine().moderate(comments, context);
            for (int i = 0; i < comments.size(); i++) {
                if (comments.get(i).confidence(CommentLabel.CUSTOMER_COMPLAINT) >= SETTINGS.actionThreshold()) {
                    reached("complaint");
                    ModerationDecision decision = decisions.get(i);
                    assertThat(decision.action()).as(decision.toString())
                            .isNotIn(ModerationAction.IGNORE, ModerationAction.NO_ACTION);
                    assertThat(decision.openCrmCase()).as(decision.toString()).isTrue();
                }
            }
        });
    }

    @Test
    void MOD_06_input_order_does_not_change_any_decision() {
        qt().withExamples(TRIES).forAll(batches(), contexts(), longs().all()).checkAssert((comments, context, seed) -> {
            List<Comment> shuffled = new ArrayList<>(comments);
            Collections.shuffle(shuffled, new Random(seed));

            Map<String, ModerationDecision> inOrder = byId(freshEngine().moderate(comments, context));
            Map<String, ModerationDecision> reordered = byId(freshEngine().moderate(shuffled, context));

            assertThat(reordered).isEqualTo(inOrder);
            if (!shuffled.equals(comments)) {
                reached("reordered");
            }
        });
    }

    private static Map<String, ModerationDecision> byId(List<ModerationDecision> decisions) {
        Map<String, ModerationDecision> map = new LinkedHashMap<>();
        decisions.forEach(d -> map.put(d.commentId(), d));
        return map;
    }

    /** A comment as a pipeline may hand it in, sometimes broken in one of the ways the batch must survive. */
    private static Gen<CommentInput> inputs() {
        Gen<Integer> defect = integers().between(0, 9);
        return spec().zip(defect, integers().between(0, 5), (spec, kind, id) -> {
            Set<String> labels = new LinkedHashSet<>();
            spec.labels().forEach(l -> labels.add(l.name()));
            Map<String, Double> scores = new LinkedHashMap<>();
            spec.scores().forEach((l, s) -> scores.put(l.name(), s));
            String commentId = "c" + id; // a small id space: duplicates happen
            String author = "a" + spec.author();
            switch (kind) {
                case 0 -> commentId = null;
                case 1 -> author = "";
                case 2 -> scores.put("HATEFUL", 1.5);
                case 3 -> labels.add("SARCASM");
                default -> { }
            }
            return new CommentInput(commentId, author, "X", null, NOW.minus(Duration.ofMinutes(spec.minutesAgo())),
                    labels, scores, spec.subject());
        });
    }

    @Test
    void counts_in_equal_counts_out_decisions_plus_rejections() {
        qt().withExamples(TRIES).forAll(lists().of(inputs()).ofSizeBetween(0, 20), contexts())
                .checkAssert((inputs, context) -> {
                    List<ModerationOutcome> outcomes = freshEngine().moderateBatch(inputs, context);

                    long decided = outcomes.stream().filter(ModerationOutcome::isDecided).count();
                    long rejected = outcomes.stream().filter(o -> !o.isDecided()).count();
                    assertThat(decided + rejected).isEqualTo(inputs.size());
                    assertThat(outcomes).extracting(ModerationOutcome::index)
                            .containsExactlyElementsOf(java.util.stream.LongStream.range(0, inputs.size()).boxed().toList());
                    outcomes.stream().filter(o -> !o.isDecided()).forEach(o -> {
                        reached("rejected " + o.rejection().field().replaceAll("\\[\\d+]", ""));
                        assertThat(o.rejection().reason()).contains(o.rejection().field());
                    });
                    if (decided > 0) {
                        reached("decided in a batch");
                    }
                });
    }

    @AfterAll
    static void every_interesting_case_was_reached() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        REACHED.forEach((k, v) -> counts.put(k, v.get()));
        org.slf4j.LoggerFactory.getLogger(ModerationProperties.class).info("moderation properties reached {}", counts);
        assertThat(counts.keySet()).contains("abusive", "block", "complaint", "reordered", "decided in a batch",
                "rejected id", "rejected authorId", "rejected scores.HATEFUL", "rejected labels",
                "decision " + ModerationAction.DELETE_AND_REPORT, "decision " + ModerationAction.HIDE_PENDING_REVIEW,
                "decision " + ModerationAction.REPLY_AND_OPEN_CASE, "decision " + ModerationAction.IGNORE,
                "decision " + ModerationAction.REPLY, "decision " + ModerationAction.NO_ACTION, "overruled");
    }
}
