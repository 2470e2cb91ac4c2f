package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Severity;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.Offence;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import io.crisisrules.settings.PolicySettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.crisisrules.rules.support.Engines.NOW;

import static io.crisisrules.rules.support.Fixtures.labelled;
import static io.crisisrules.rules.support.Fixtures.scored;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

class ModerationRulesTest {
    private final RecordingListener recorder = new RecordingListener();

    @Test
    void MOD_01_hateful_insulting_and_defamatory_comments_are_deleted_and_reported() {
        List<ModerationDecision> decisions = Engines.recording(recorder).moderate(List.of(
                labelled("c1", CommentLabel.HATEFUL),
                labelled("c2", CommentLabel.INSULTING),
                scored("c3", CommentLabel.DEFAMATORY, 0.95)));

        assertThat(decisions).extracting(ModerationDecision::action).containsOnly(ModerationAction.DELETE_AND_REPORT);
        assertThat(decisions).allSatisfy(decision -> {
            assertThat(decision.provisional()).isFalse();
            assertThat(decision.explanation().policyIds()).containsExactly("MOD-01");
        });
        assertThat(recorder.count("MOD-01 Delete hateful, insulting or defamatory comments")).isEqualTo(3);
    }

    @Test
    void MOD_01_a_score_below_the_action_threshold_is_not_deleted() {
        ModerationDecision decision = Engines.defaults().moderate(List.of(scored("c1", CommentLabel.HATEFUL, 0.84)))
                .get(0);

        assertThat(decision.action()).isNotEqualTo(ModerationAction.DELETE_AND_REPORT);
    }

    @Test
    void MOD_06_a_comment_no_rule_has_a_concern_about_is_left_as_it_is_with_no_reason_to_give() {
        List<ModerationDecision> decisions = Engines.recording(recorder).moderate(List.of(labelled("c1")));

        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.action()).isEqualTo(ModerationAction.NO_ACTION);
            assertThat(decision.provisional()).isFalse();
            assertThat(decision.explanation().rules()).isEmpty();
        });
        assertThat(recorder.names()).as("no rule fires for an unremarkable comment").isEmpty();
    }

    @Test
    void MOD_06_a_single_finding_is_not_overruled_and_only_its_rule_is_the_reason() {
        ModerationDecision decision = Engines.recording(recorder).moderate(List.of(labelled("c1", CommentLabel.HATEFUL)))
                .get(0);

        assertThat(decision.explanation().policyIds()).containsExactly("MOD-01");
        assertThat(recorder.count(STRICTEST)).isZero();
    }

    @Test
    void an_evaluation_decides_every_comment_of_the_snapshot_in_order() {
        var assessment = Engines.defaults().evaluate(snapshot()
                .comment(labelled("c1"))
                .comment(labelled("c2", CommentLabel.HATEFUL))
                .comment(labelled("c3"))
                .build());

        assertThat(assessment.moderation()).extracting(ModerationDecision::commentId).containsExactly("c1", "c2", "c3");
        assertThat(assessment.decisionFor("c2").orElseThrow().action()).isEqualTo(ModerationAction.DELETE_AND_REPORT);
    }

    // ---- MOD-02 ----

    @Test
    void MOD_02_provocation_is_ignored() {
        ModerationDecision decision = Engines.recording(recorder)
                .moderate(List.of(labelled("c1", CommentLabel.PROVOCATION))).get(0);

        assertThat(decision.action()).isEqualTo(ModerationAction.IGNORE);
        assertThat(decision.provisional()).isFalse();
        assertThat(decision.explanation().ruleNames()).containsExactly("MOD-02 Ignore provocation and trolling");
        assertThat(recorder.count("MOD-02 Ignore provocation and trolling")).isEqualTo(1);
    }

    @Test
    void MOD_02_a_provocation_score_below_the_action_threshold_is_not_ignored_outside_a_crisis() {
        ModerationDecision decision = Engines.defaults().moderate(List.of(scored("c1", CommentLabel.PROVOCATION, 0.6)))
                .get(0);

        assertThat(decision.action()).isEqualTo(ModerationAction.NO_ACTION);
    }

    // ---- MOD-03 ----

    @Test
    void MOD_03_constructive_criticism_gets_a_reply_due_within_the_response_deadline() {
        Comment criticism = labelled("c1", CommentLabel.CONSTRUCTIVE_CRITICISM);

        ModerationDecision decision = Engines.recording(recorder).moderate(List.of(criticism)).get(0);

        assertThat(decision.action()).isEqualTo(ModerationAction.REPLY);
        assertThat(decision.replyDue()).isEqualTo(criticism.postedAt().plus(Duration.ofHours(4)));
        assertThat(decision.openCrmCase()).isFalse();
        assertThat(recorder.count("MOD-03 Reply to constructive criticism within the response deadline")).isEqualTo(1);
    }

    @Test
    void MOD_03_the_reply_deadline_is_a_setting() {
        CrisisEngine engine = Engines.defaults().withSettings(PolicySettings.defaults().with("moderation.replyWithin", "1h"));
        Comment criticism = labelled("c1", CommentLabel.CONSTRUCTIVE_CRITICISM);

        assertThat(engine.moderate(List.of(criticism)).get(0).replyDue())
                .isEqualTo(criticism.postedAt().plus(Duration.ofHours(1)));
    }

    // ---- MOD-04 ----

    private static Comment hatefulBy(String id, String author, Instant postedAt) {
        return new Comment(id, author, Channel.X, "abuse " + id, postedAt, Set.of(CommentLabel.HATEFUL), Map.of(), null);
    }

    private static CrisisEngine withMemory() {
        return Engines.defaults().withOffenceHistory(OffenceHistory.inMemory(Duration.ofDays(30)));
    }

    @Test
    void MOD_04_the_third_offence_within_the_window_blocks_the_author_never_the_first() {
        List<ModerationDecision> decisions = withMemory().withListener(recorder).moderate(List.of(
                hatefulBy("h3", "troll", NOW.minus(Duration.ofHours(1))),
                hatefulBy("h1", "troll", NOW.minus(Duration.ofHours(3))),
                hatefulBy("h2", "troll", NOW.minus(Duration.ofHours(2)))));

        assertThat(decisions).extracting(ModerationDecision::action).containsExactly(
                ModerationAction.BLOCK_AUTHOR, ModerationAction.DELETE_AND_REPORT, ModerationAction.DELETE_AND_REPORT);
        assertThat(decisions.get(0).explanation().policyIds()).containsExactly("MOD-01", "MOD-04", "MOD-06");
        assertThat(recorder.count("MOD-04 Block an author who keeps breaking the policy")).isEqualTo(1);
    }

    @Test
    void MOD_04_offences_recorded_by_a_decision_are_visible_to_the_next_call() {
        CrisisEngine engine = withMemory();

        ModerationAction first = engine.moderate(List.of(hatefulBy("h1", "troll", NOW.minus(Duration.ofDays(2))))).get(0).action();
        ModerationAction second = engine.moderate(List.of(hatefulBy("h2", "troll", NOW.minus(Duration.ofDays(1))))).get(0).action();
        ModerationAction third = engine.moderate(List.of(hatefulBy("h3", "troll", NOW))).get(0).action();

        assertThat(List.of(first, second, third)).containsExactly(ModerationAction.DELETE_AND_REPORT,
                ModerationAction.DELETE_AND_REPORT, ModerationAction.BLOCK_AUTHOR);
        assertThat(engine.offenceHistory().offencesSince("troll", NOW.minus(Duration.ofDays(30))))
                .extracting(Offence::commentId).containsExactly("h1", "h2", "h3");
    }

    @Test
    void MOD_04_offences_older_than_the_window_do_not_count() {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(365));
        history.record(new Offence("troll", "old1", NOW.minus(Duration.ofDays(40))));
        history.record(new Offence("troll", "old2", NOW.minus(Duration.ofDays(31))));

        ModerationDecision decision = Engines.defaults().withOffenceHistory(history)
                .moderate(List.of(hatefulBy("h1", "troll", NOW))).get(0);

        assertThat(decision.action()).isEqualTo(ModerationAction.DELETE_AND_REPORT);
    }

    @Test
    void MOD_04_a_first_offence_is_never_blocked_even_at_the_lowest_setting() {
        CrisisEngine engine = withMemory().withSettings(PolicySettings.defaults().with("moderation.blockAfterOffences", "2"));

        List<ModerationDecision> decisions = engine.moderate(List.of(hatefulBy("h1", "troll", NOW.minus(Duration.ofHours(1))),
                hatefulBy("h2", "troll", NOW)));

        assertThat(decisions).extracting(ModerationDecision::action)
                .containsExactly(ModerationAction.DELETE_AND_REPORT, ModerationAction.BLOCK_AUTHOR);
    }

    @Test
    void MOD_04_a_retried_batch_does_not_count_its_offences_twice() {
        CrisisEngine engine = withMemory();
        List<Comment> batch = List.of(hatefulBy("h1", "troll", NOW.minus(Duration.ofHours(2))),
                hatefulBy("h2", "troll", NOW.minus(Duration.ofHours(1))));

        List<ModerationDecision> first = engine.moderate(batch);
        List<ModerationDecision> retry = engine.moderate(batch);

        assertThat(retry).isEqualTo(first);
        assertThat(retry).extracting(ModerationDecision::action).containsOnly(ModerationAction.DELETE_AND_REPORT);
    }

    @Test
    void MOD_04_a_comment_held_for_review_is_not_an_offence() {
        CrisisEngine engine = withMemory();
        for (int i = 0; i < 3; i++) {
            engine.moderate(List.of(new Comment("s" + i, "maybe", Channel.X, "", NOW, Set.of(),
                    Map.of(CommentLabel.INSULTING, 0.6), null)));
        }

        assertThat(engine.offenceHistory().offencesSince("maybe", Instant.EPOCH)).isEmpty();
    }

    // ---- MOD-05 ----

    @Test
    void MOD_05_a_customer_complaint_gets_an_empathetic_reply_and_a_crm_case() {
        Comment complaint = labelled("c1", CommentLabel.CUSTOMER_COMPLAINT);

        ModerationDecision decision = Engines.recording(recorder).moderate(List.of(complaint)).get(0);

        assertThat(decision.action()).isEqualTo(ModerationAction.REPLY_AND_OPEN_CASE);
        assertThat(decision.openCrmCase()).isTrue();
        assertThat(decision.provisional()).isFalse();
        assertThat(decision.replyDue()).isEqualTo(complaint.postedAt().plus(Duration.ofHours(4)));
        assertThat(recorder.count("MOD-05 Reply with empathy to a customer complaint and open a CRM case")).isEqualTo(1);
    }

    @Test
    void MOD_05_an_angry_complaint_that_is_also_a_provocation_is_not_ignored() {
        ModerationDecision decision = Engines.defaults()
                .moderate(List.of(labelled("c1", CommentLabel.CUSTOMER_COMPLAINT, CommentLabel.PROVOCATION))).get(0);

        assertThat(decision.action()).isEqualTo(ModerationAction.REPLY_AND_OPEN_CASE);
        assertThat(decision.explanation().policyIds()).containsExactly("MOD-02", "MOD-05", "MOD-06");
    }

    @Test
    void MOD_05_an_insulting_complaint_is_deleted_but_its_crm_case_is_still_opened() {
        ModerationDecision decision = Engines.defaults()
                .moderate(List.of(labelled("c1", CommentLabel.CUSTOMER_COMPLAINT, CommentLabel.INSULTING))).get(0);

        assertThat(decision.action()).isEqualTo(ModerationAction.DELETE_AND_REPORT);
        assertThat(decision.openCrmCase()).isTrue();
    }

    @Test
    void MOD_05_a_probable_complaint_is_answered_provisionally() {
        ModerationDecision decision = Engines.defaults()
                .moderate(List.of(scored("c1", CommentLabel.CUSTOMER_COMPLAINT, 0.6))).get(0);

        assertThat(decision.action()).isEqualTo(ModerationAction.REPLY_AND_OPEN_CASE);
        assertThat(decision.provisional()).isTrue();
        assertThat(decision.explanation().policyIds()).containsExactly("MOD-05", "MOD-08");
    }

    // ---- MOD-06 ----

    private static final String STRICTEST = "MOD-06 The strictest action on a comment overrules the milder ones";

    @Test
    void MOD_06_the_precedence_is_declared_once_strictest_first() {
        // the policy's chain, pair by pair, so that a new action slots in without this test listing it
        List<ModerationAction> chain = List.of(ModerationAction.BLOCK_AUTHOR, ModerationAction.DELETE_AND_REPORT,
                ModerationAction.HIDE_PENDING_REVIEW, ModerationAction.HOLD_FOR_REVIEW,
                ModerationAction.REPLY_AND_OPEN_CASE, ModerationAction.IGNORE, ModerationAction.REPLY,
                ModerationAction.POINT_TO_FAQ, ModerationAction.NO_ACTION);
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i - 1).isStricterThan(chain.get(i))).as(chain.get(i - 1) + " over " + chain.get(i))
                    .isTrue();
        }
        List<ModerationAction> byPrecedence = ModerationAction.byPrecedence();
        assertThat(byPrecedence).containsExactlyInAnyOrder(ModerationAction.values());
        assertThat(byPrecedence.get(0)).isEqualTo(ModerationAction.BLOCK_AUTHOR);
        assertThat(byPrecedence.get(byPrecedence.size() - 1)).isEqualTo(ModerationAction.NO_ACTION);
        for (int i = 1; i < byPrecedence.size(); i++) {
            assertThat(byPrecedence.get(i - 1).strictness()).isGreaterThan(byPrecedence.get(i).strictness());
        }
        assertThat(ModerationAction.strictest(List.of(ModerationAction.REPLY, ModerationAction.IGNORE,
                ModerationAction.DELETE_AND_REPORT))).isEqualTo(ModerationAction.DELETE_AND_REPORT);
        assertThat(ModerationAction.strictest(List.of(ModerationAction.REPLY, ModerationAction.IGNORE)))
                .isEqualTo(ModerationAction.IGNORE);
        assertThat(ModerationAction.DELETE_AND_REPORT.isStricterThan(ModerationAction.IGNORE)).isTrue();
        assertThat(ModerationAction.IGNORE.isStricterThan(ModerationAction.DELETE_AND_REPORT)).isFalse();
        assertThat(ModerationAction.REPLY.isStricterThan(ModerationAction.REPLY)).isFalse();
        assertThat(ModerationAction.REPLY.stricterOf(ModerationAction.IGNORE)).isEqualTo(ModerationAction.IGNORE);
    }

    @Test
    void MOD_06_the_strictest_action_wins_and_every_matching_rule_is_a_reason() {
        ModerationDecision decision = Engines.defaults().moderate(List.of(labelled("c1", CommentLabel.INSULTING,
                CommentLabel.PROVOCATION, CommentLabel.CONSTRUCTIVE_CRITICISM))).get(0);

        assertThat(decision.action()).isEqualTo(ModerationAction.DELETE_AND_REPORT);
        assertThat(decision.replyDue()).isNull();
        assertThat(decision.explanation().ruleNames()).containsExactly(
                "MOD-01 Delete hateful, insulting or defamatory comments",
                "MOD-02 Ignore provocation and trolling",
                "MOD-03 Reply to constructive criticism within the response deadline",
                STRICTEST);
        assertThat(decision.explanation().policyIds()).contains("MOD-06");
    }

    @Test
    void MOD_06_each_milder_finding_is_overruled_by_each_stricter_one_of_the_same_comment_only() {
        List<ModerationDecision> decisions = Engines.recording(recorder).moderate(List.of(
                labelled("c1", CommentLabel.INSULTING, CommentLabel.PROVOCATION, CommentLabel.CONSTRUCTIVE_CRITICISM),
                labelled("c2", CommentLabel.PROVOCATION), labelled("c3", CommentLabel.CONSTRUCTIVE_CRITICISM)));

        assertThat(decisions).extracting(ModerationDecision::action).containsExactly(ModerationAction.DELETE_AND_REPORT,
                ModerationAction.IGNORE, ModerationAction.REPLY);
        // on c1: delete overrules ignore and reply, ignore overrules reply; c2 and c3 have one finding each
        assertThat(recorder.count(STRICTEST)).isEqualTo(3);
    }

    // ---- MOD-07 ----

    private static Comment question(String id, String subject) {
        return new Comment(id, "author-" + id, Channel.FACEBOOK, "when is my refund?", NOW.minus(Duration.ofMinutes(10)),
                Set.of(CommentLabel.QUESTION), Map.of(), subject);
    }

    @Test
    void MOD_07_repeated_questions_during_a_crisis_are_pointed_to_the_faq() {
        List<ModerationDecision> decisions = Engines.recording(recorder).moderate(
                List.of(question("q1", "refunds"), question("q2", "refunds"), question("q3", "refunds"),
                        question("q4", "opening-hours")),
                ModerationContext.duringCrisis(Severity.MODERATE));

        assertThat(decisions).extracting(ModerationDecision::action).containsExactly(ModerationAction.POINT_TO_FAQ,
                ModerationAction.POINT_TO_FAQ, ModerationAction.POINT_TO_FAQ, ModerationAction.NO_ACTION);
        assertThat(decisions.get(0).replyDue()).isNotNull();
        assertThat(recorder.count("MOD-07 Point repeated questions to the FAQ during a crisis")).isEqualTo(3);
    }

    @Test
    void MOD_07_without_a_crisis_or_below_the_repetition_minimum_questions_are_not_pointed_to_the_faq() {
        List<Comment> three = List.of(question("q1", "refunds"), question("q2", "refunds"), question("q3", "refunds"));

        assertThat(Engines.defaults().moderate(three)).extracting(ModerationDecision::action)
                .doesNotContain(ModerationAction.POINT_TO_FAQ);
        assertThat(Engines.defaults().moderate(three.subList(0, 2), ModerationContext.duringCrisis(Severity.MAJOR)))
                .extracting(ModerationDecision::action).doesNotContain(ModerationAction.POINT_TO_FAQ);
    }

    // ---- MOD-08 ----

    @Test
    void MOD_08_an_uncertain_abuse_score_is_hidden_pending_review_and_provisional() {
        ModerationDecision decision = Engines.recording(recorder)
                .moderate(List.of(scored("c1", CommentLabel.DEFAMATORY, 0.6))).get(0);

        assertThat(decision.action()).isEqualTo(ModerationAction.HIDE_PENDING_REVIEW);
        assertThat(decision.provisional()).isTrue();
        assertThat(recorder.count("MOD-08 Hold a possibly abusive comment for human review")).isEqualTo(1);
    }

    @Test
    void MOD_08_settings_may_leave_held_comments_visible() {
        CrisisEngine engine = Engines.defaults().withSettings(PolicySettings.defaults().with("moderation.hideHeldComments", "false"));

        ModerationDecision decision = engine.moderate(List.of(scored("c1", CommentLabel.HATEFUL, 0.6))).get(0);

        assertThat(decision.action()).isEqualTo(ModerationAction.HOLD_FOR_REVIEW);
        assertThat(decision.provisional()).isTrue();
    }

    @Test
    void MOD_08_a_score_below_the_review_threshold_is_left_alone_outside_a_crisis() {
        assertThat(Engines.defaults().moderate(List.of(scored("c1", CommentLabel.INSULTING, 0.4))).get(0).action())
                .isEqualTo(ModerationAction.NO_ACTION);
    }

    @Test
    void MOD_08_during_a_major_crisis_borderline_comments_go_to_review_rather_than_being_ignored() {
        List<Comment> borderline = List.of(scored("c1", CommentLabel.PROVOCATION, 0.6), scored("c2", CommentLabel.INSULTING, 0.4));

        List<ModerationDecision> calm = Engines.defaults().moderate(borderline, ModerationContext.duringCrisis(Severity.MODERATE));
        List<ModerationDecision> major = Engines.recording(recorder).moderate(borderline,
                ModerationContext.duringCrisis(Severity.MAJOR));

        assertThat(calm).extracting(ModerationDecision::action).containsOnly(ModerationAction.NO_ACTION);
        assertThat(major).extracting(ModerationDecision::action).containsOnly(ModerationAction.HIDE_PENDING_REVIEW);
        assertThat(major).allSatisfy(d -> assertThat(d.provisional()).isTrue());
        assertThat(recorder.count("MOD-08 During a major crisis, borderline comments go to review rather than being ignored"))
                .isEqualTo(2);
    }

    @Test
    void MOD_08_a_certain_troll_is_still_ignored_during_a_major_crisis() {
        assertThat(Engines.defaults().moderate(List.of(labelled("c1", CommentLabel.PROVOCATION)),
                ModerationContext.duringCrisis(Severity.MAJOR)).get(0).action()).isEqualTo(ModerationAction.IGNORE);
    }

    @Test
    void MOD_07_MOD_08_an_evaluation_moderates_against_the_major_crisis_it_resolves() {
        var assessment = Engines.recording(recorder).evaluate(snapshot()
                .mentions(io.crisisrules.rules.support.Fixtures.mentions(Channel.X, 5_000, 3_000, 8_000_000, 5_000_000, 0.2, Map.of()))
                .comment(scored("borderline", CommentLabel.PROVOCATION, 0.6))
                .comment(question("q1", "refunds"))
                .comment(question("q2", "refunds"))
                .comment(question("q3", "refunds"))
                .build());

        assertThat(assessment.incident().orElseThrow().severity()).isEqualTo(Severity.MAJOR);
        assertThat(assessment.decisionFor("borderline").orElseThrow().action()).isEqualTo(ModerationAction.HIDE_PENDING_REVIEW);
        assertThat(assessment.decisionFor("borderline").orElseThrow().provisional()).isTrue();
        assertThat(assessment.decisionFor("q2").orElseThrow().action()).isEqualTo(ModerationAction.POINT_TO_FAQ);
    }

    @Test
    void MOD_04_concurrent_calls_share_one_history_without_losing_an_offence() throws Exception {
        CrisisEngine engine = withMemory();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<ModerationDecision>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Comment comment = hatefulBy("h" + i, "troll", NOW.minus(Duration.ofMinutes(60 - i)));
                futures.add(pool.submit(() -> engine.moderate(List.of(comment)).get(0)));
            }
            long blocked = 0;
            for (var future : futures) {
                ModerationDecision decision = future.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(decision.action().isOffence()).isTrue();
                blocked += decision.action() == ModerationAction.BLOCK_AUTHOR ? 1 : 0;
            }
            // concurrent calls see each other's offences only once recorded, so how many are blocks depends
            // on the interleaving; the first two recorded can never be, whatever it is
            assertThat(blocked).isBetween(0L, 10L);
        } finally {
            pool.shutdownNow();
        }
        assertThat(engine.offenceHistory().offencesSince("troll", Instant.EPOCH)).hasSize(12);
    }
}
