package io.crisisrules;

import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.settings.PolicySettings;
import io.crisisrules.model.Sector;
import io.crisisrules.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facade's own contract, with small rule sets written here (the default rules live in crisis-rules). */
class CrisisEngineTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private static final String DELETE_HATEFUL = """
            package test.moderation;
            import io.crisisrules.model.*;
            import io.crisisrules.facts.ModerationFinding;
            ruleflow-group "moderation"

            rule "MOD-01 Delete hateful comments"
                @policy("MOD-01")
                @description("test rule")
            when
                Comment($id : id, hasLabel(CommentLabel.HATEFUL))
            then
                insert(ModerationFinding.of($id, ModerationAction.DELETE_AND_REPORT));
            end
            """;

    @TempDir
    Path rules;

    private static Comment comment(String id, CommentLabel... labels) {
        return new Comment(id, "author", Channel.X, "", NOW, Set.of(labels), Map.of(), null);
    }

    private void write(String relativePath, String drl) throws IOException {
        Path file = rules.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, drl);
    }

    private CrisisEngine.Builder builder() {
        return CrisisEngine.builder().withoutDefaultRules().rulesDirectory(rules)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void an_engine_built_from_a_rules_directory_applies_its_rules_and_explains_decisions() throws IOException {
        write("moderation/delete-hateful.drl", DELETE_HATEFUL);
        CrisisEngine engine = builder().build();

        List<ModerationDecision> decisions = engine.moderate(List.of(comment("c1", CommentLabel.HATEFUL)));

        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.action()).isEqualTo(ModerationAction.DELETE_AND_REPORT);
            assertThat(decision.explanation().ruleNames()).containsExactly("MOD-01 Delete hateful comments");
            assertThat(decision.explanation().policyIds()).containsExactly("MOD-01");
        });
        assertThat(engine.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.phase()).isEqualTo("moderation");
            assertThat(rule.policyIds()).containsExactly("MOD-01");
            assertThat(rule.description()).isEqualTo("test rule");
            assertThat(rule.file()).endsWith("delete-hateful.drl");
        });
    }

    @Test
    void a_moderation_rule_may_read_any_settings_group_even_though_moderation_runs_on_its_own_rule_base()
            throws IOException {
        write("moderation/reply-within-first-response.drl", """
                package test.moderation;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.ModerationFinding;
                import io.crisisrules.settings.ResponseSettings;
                ruleflow-group "moderation"

                rule "MOD-03 Reply to criticism as fast as to a crisis"
                    @policy("MOD-03")
                    @description("test rule reading another settings group")
                when
                    ResponseSettings($within : firstResponseWithin)
                    Comment($id : id, $posted : postedAt, hasLabel(CommentLabel.CONSTRUCTIVE_CRITICISM))
                then
                    insert(ModerationFinding.reply($id, ModerationAction.REPLY, $posted.plus($within)));
                end
                """);

        List<ModerationDecision> decisions = builder().build()
                .moderate(List.of(comment("c1", CommentLabel.CONSTRUCTIVE_CRITICISM)));

        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.action()).isEqualTo(ModerationAction.REPLY);
            assertThat(decision.replyDue()).isEqualTo(NOW.plus(PolicySettings.defaults().response().firstResponseWithin()));
        });
    }

    @Test
    void moderation_rules_that_need_a_type_declared_in_another_file_still_moderate() throws IOException {
        write("classification/quiet-period.drl", """
                package test.shared;
                declare QuietPeriod
                    reason : String
                end
                """);
        write("moderation/delete-unless-quiet.drl", """
                package test.shared;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.ModerationFinding;
                ruleflow-group "moderation"

                rule "MOD-01 Delete hateful comments unless a quiet period is declared"
                    @policy("MOD-01")
                    @description("test rule using a type declared in another file")
                when
                    not QuietPeriod()
                    Comment($id : id, hasLabel(CommentLabel.HATEFUL))
                then
                    insert(ModerationFinding.of($id, ModerationAction.DELETE_AND_REPORT));
                end
                """);

        List<ModerationDecision> decisions = builder().build().moderate(List.of(comment("c1", CommentLabel.HATEFUL)));

        assertThat(decisions).singleElement().satisfies(decision ->
                assertThat(decision.action()).isEqualTo(ModerationAction.DELETE_AND_REPORT));
    }

    @Test
    void broken_drl_is_reported_with_every_problem_file_and_line_and_no_engine_is_built() throws IOException {
        write("detection/parse-error.drl", """
                package test.detection;
                ruleflow-group "detection"

                rule "DET-01 broken"
                when
                    Comment(
                then
                end
                """);
        write("moderation/unknown-field.drl", """
                package test.moderation;
                import io.crisisrules.model.*;
                ruleflow-group "moderation"

                rule "MOD-01 uses a field that does not exist"
                    @policy("MOD-01")
                when
                    Comment(hatefulness > 0.5)
                then
                end
                """);

        assertThatThrownBy(() -> builder().build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error -> {
                    assertThat(error.problems()).hasSizeGreaterThanOrEqualTo(2);
                    assertThat(error.problems()).anySatisfy(problem -> {
                        assertThat(problem.file()).endsWith("parse-error.drl");
                        assertThat(problem.line()).isEqualTo(8);
                    });
                    assertThat(error.problems()).anySatisfy(problem -> {
                        assertThat(problem.file()).endsWith("unknown-field.drl");
                        assertThat(problem.line()).isEqualTo(8);
                        assertThat(problem.message()).contains("hatefulness");
                    });
                    assertThat(error.getMessage()).contains("parse-error.drl:8:").contains("unknown-field.drl:8:");
                    assertThat(error.problems()).as("no line-0 echo of the parse error")
                            .noneSatisfy(problem -> assertThat(problem.line()).isZero());
                });
    }

    @Test
    void java_errors_in_an_action_are_reported_at_their_own_lines_naming_the_rule() throws IOException {
        write("moderation/broken-action.drl", """
                package test.moderation;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.ModerationFinding;
                ruleflow-group "moderation"

                rule "MOD-01 An action with two Java errors"
                    @policy("MOD-01")
                when
                    $comment : Comment()
                then
                    String id = $comment.id();
                    int length = "not a number";

                    notifyTheTeam($comment);
                end
                """);

        assertThatThrownBy(() -> builder().build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error -> {
                    assertThat(error.problems()).extracting(RuleProblem::line).containsExactly(12, 14);
                    assertThat(error.problems()).allSatisfy(problem -> {
                        assertThat(problem.file()).endsWith("broken-action.drl");
                        assertThat(problem.message()).startsWith("in the action of rule \"MOD-01 An action with two Java errors\": ")
                                .doesNotContain("Rule_");
                    });
                    assertThat(error.problems().get(1).message()).contains("notifyTheTeam");
                });
    }

    @Test
    void a_rule_outside_the_phases_is_a_problem_because_it_would_never_fire() throws IOException {
        write("moderation/no-phase.drl", """
                package test.moderation;
                import io.crisisrules.model.*;

                rule "MOD-02 forgot its phase"
                    @policy("MOD-02")
                when
                    Comment()
                then
                end
                """);

        assertThatThrownBy(() -> builder().build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error ->
                        assertThat(error.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(4);
                            assertThat(problem.message()).contains("MOD-02 forgot its phase").contains("ruleflow-group");
                        }));
    }

    @Test
    void a_comment_rule_in_the_decision_phase_is_a_problem_because_moderation_would_skip_it() throws IOException {
        write("moderation/old-phase.drl", DELETE_HATEFUL.replace("ruleflow-group \"moderation\"", "ruleflow-group \"decision\""));

        assertThatThrownBy(() -> builder().build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error ->
                        assertThat(error.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).endsWith("old-phase.drl");
                            assertThat(problem.line()).isEqualTo(6);
                            assertThat(problem.message()).contains("MOD-01 Delete hateful comments")
                                    .contains("ruleflow-group \"moderation\"");
                        }));
    }

    @Test
    void policy_metadata_without_an_id_is_a_problem() throws IOException {
        write("moderation/bad-policy.drl", DELETE_HATEFUL.replace("@policy(\"MOD-01\")", "@policy(\"moderation\")"));

        assertThatThrownBy(() -> builder().build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error ->
                        assertThat(error.problems()).singleElement().satisfies(problem ->
                                assertThat(problem.message()).contains("without a policy ID")));
    }

    @Test
    void a_missing_rules_directory_or_missing_default_rules_fail_with_a_clear_message() {
        assertThatThrownBy(() -> CrisisEngine.builder().withoutDefaultRules().rulesDirectory(rules.resolve("nope")).build())
                .isInstanceOf(CrisisRulesException.class)
                .hasMessageContaining("does not exist");
        // crisis-core alone does not carry the default rules: the message says which dependency to add
        assertThatThrownBy(() -> CrisisEngine.builder().build())
                .isInstanceOf(CrisisRulesException.class)
                .hasMessageContaining("io.crisisrules:crisis-rules");
        assertThatThrownBy(() -> CrisisEngine.builder().withoutDefaultRules().rulesDirectory(rules).build())
                .isInstanceOf(CrisisRulesException.class)
                .hasMessageContaining("no .drl file");
    }

    @Test
    void listeners_hear_each_fired_rule_with_its_policy_ids_and_matched_facts() throws IOException {
        write("moderation/delete-hateful.drl", DELETE_HATEFUL);
        List<FiredRule> fired = new ArrayList<>();
        CrisisEngine engine = builder().listener(new RuleListener() {
            @Override
            public void ruleFired(FiredRule rule) {
                fired.add(rule);
            }
        }).build();

        Comment hateful = comment("c1", CommentLabel.HATEFUL);
        engine.moderate(List.of(hateful, comment("c2")));

        assertThat(fired).singleElement().satisfies(rule -> {
            assertThat(rule.name()).isEqualTo("MOD-01 Delete hateful comments");
            assertThat(rule.phase()).isEqualTo("moderation");
            assertThat(rule.policyIds()).containsExactly("MOD-01");
            assertThat(rule.facts()).containsExactly(hateful);
        });
    }

    @Test
    void a_comment_no_rule_decides_still_gets_one_decision() throws IOException {
        write("moderation/delete-hateful.drl", DELETE_HATEFUL);

        List<ModerationDecision> decisions = builder().build().moderate(List.of(comment("c1")));

        assertThat(decisions).singleElement().satisfies(decision ->
                assertThat(decision.action()).isEqualTo(ModerationAction.NO_ACTION));
    }

    @Test
    void a_rule_whose_action_throws_fails_the_call_with_the_documented_exception_naming_rule_and_file()
            throws IOException {
        write("moderation/broken-action.drl", """
                package test.moderation;
                import io.crisisrules.model.*;
                ruleflow-group "moderation"

                rule "MOD-01 A rule whose action throws"
                    @policy("MOD-01")
                    @description("test rule")
                when
                    Comment(id == "boom")
                then
                    throw new IllegalStateException("the house classifier is down");
                end
                """);
        CrisisEngine engine = builder().build();
        Snapshot snapshot = Snapshot.builder(BrandContext.of("acme", Sector.RETAIL)).comment(comment("boom")).build();

        for (Runnable call : List.<Runnable>of(() -> engine.moderate(List.of(comment("boom"))),
                () -> engine.evaluate(snapshot))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleExecutionException.class, error -> {
                assertThat(error.ruleName()).isEqualTo("MOD-01 A rule whose action throws");
                assertThat(error.file()).endsWith("broken-action.drl");
                assertThat(error.getCause()).isInstanceOf(IllegalStateException.class);
                assertThat(error.getMessage()).isEqualTo("rule \"MOD-01 A rule whose action throws\" ("
                        + error.file() + ") failed: IllegalStateException: the house classifier is down");
            });
        }
        assertThat(engine.moderate(List.of(comment("fine")))).as("the engine still works")
                .singleElement().extracting(ModerationDecision::action).isEqualTo(ModerationAction.NO_ACTION);
    }

    @Test
    void a_condition_that_throws_fails_the_call_with_the_documented_exception_naming_the_rule() throws IOException {
        write("moderation/broken-condition.drl", """
                package test.moderation;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.ModerationFinding;
                ruleflow-group "moderation"

                rule "MOD-02 A rule whose condition throws on every text"
                    @policy("MOD-02")
                    @description("test rule")
                when
                    Comment($id : id, text.charAt(text.length()) == 'x')
                then
                    insert(ModerationFinding.of($id, ModerationAction.HIDE_PENDING_REVIEW));
                end
                """);
        CrisisEngine engine = builder().build();

        assertThatThrownBy(() -> engine.moderate(List.of(comment("short"))))
                .isInstanceOfSatisfying(RuleExecutionException.class, error -> {
                    assertThat(error.ruleName()).isEqualTo("MOD-02 A rule whose condition throws on every text");
                    assertThat(error.file()).endsWith("broken-condition.drl");
                });
    }

    @Test
    void bad_arguments_throw_the_documented_exception_naming_the_field() throws IOException {
        write("moderation/delete-hateful.drl", DELETE_HATEFUL);
        CrisisEngine engine = builder().build();

        assertThatThrownBy(() -> engine.evaluate(null))
                .isInstanceOf(InvalidInputException.class).hasMessage("snapshot must be present, but was null");
        assertThatThrownBy(() -> engine.moderate(List.of(comment("same"), comment("same"))))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo("comments[1]");
                    assertThat(error.value()).isEqualTo("same");
                    assertThat(error.getMessage()).contains("\"same\"");
                });
    }

    @Test
    void engines_derived_with_other_settings_or_clock_share_the_rules_and_keep_the_original() throws IOException {
        write("moderation/delete-hateful.drl", DELETE_HATEFUL);
        CrisisEngine engine = builder().build();

        CrisisEngine stricter = engine.withSettings(engine.settings().with("moderation.actionThreshold", "0.9"));

        assertThat(stricter.settings().moderation().actionThreshold()).isEqualTo(0.9);
        assertThat(engine.settings().moderation().actionThreshold()).isEqualTo(0.85);
        assertThat(stricter.rules()).isEqualTo(engine.rules());
        Snapshot empty = Snapshot.builder(BrandContext.of("b", Sector.OTHER)).build();
        Instant later = NOW.plusSeconds(60);
        assertThat(engine.withClock(Clock.fixed(later, ZoneOffset.UTC)).evaluate(empty).evaluatedAt()).isEqualTo(later);
        assertThat(engine.evaluate(empty).evaluatedAt()).isEqualTo(NOW);
    }
}
