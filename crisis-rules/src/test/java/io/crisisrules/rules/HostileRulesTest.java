package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.InvalidInputException;
import io.crisisrules.RuleBudgetExceededException;
import io.crisisrules.RuleCompilationException;
import io.crisisrules.RuleExecutionException;
import io.crisisrules.RuleProblem;
import io.crisisrules.internal.RuleApis;
import io.crisisrules.internal.RuleSources;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.PolicySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.crisisrules.rules.support.Fixtures.labelled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19, hostile house rules: the probes that stopped the JVM, read /etc/passwd, opened a socket
 * and looped forever are rejected at build time (the static check) or bounded at run time (the
 * budget), and build when the host allows the API on purpose.
 */
class HostileRulesTest {

    private static final String HEADER = """
            package acme.moderation;
            import io.crisisrules.model.*;
            import io.crisisrules.facts.ModerationFinding;
            ruleflow-group "moderation"

            """;

    @TempDir
    Path houseRules;

    private Path write(String drl) throws IOException {
        Path file = houseRules.resolve("acme/probe.drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, HEADER + drl);
        return file;
    }

    private CrisisEngine.Builder builder() {
        return CrisisEngine.builder().rulesDirectory(houseRules).offenceHistory(OffenceHistory.none());
    }

    private static String rule(String name, String when, String then) {
        // a policy ID on the rule's own line, as the conventions ask, so the lines of the others stay put
        return "rule \"" + name + "\" @policy(\"ACME-1\")\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    /** @return a builder of the house rules alone: compiles several times faster than over the defaults */
    private CrisisEngine.Builder alone() {
        return builder().withoutDefaultRules();
    }

    /** @return the problems of a build that must fail */
    private List<RuleProblem> problems(CrisisEngine.Builder builder) {
        try {
            builder.build();
        } catch (RuleCompilationException e) {
            return e.problems();
        }
        throw new AssertionError("the build did not fail");
    }

    // --- the static check --------------------------------------------------------------------------

    @Test
    void the_default_rules_pass_the_check() {
        assertThat(RuleApis.check(RuleSources.defaults(getClass().getClassLoader()), List.of())).isEmpty();
    }

    @Test
    void system_exit_is_rejected_with_file_and_line_and_builds_when_allowed() throws IOException {
        Path file = write(rule("exit", "Comment()", "System.exit(42);"));

        assertThat(problems(builder())).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.message()).contains("java.lang.System").contains("processes and the JVM")
                    .contains("allowRuleApis(\"java.lang.System\")").contains("--allow-rule-api java.lang.System");
        });
        assertThat(alone().allowRuleApis("java.lang.System").build().rules())
                .extracting(io.crisisrules.RuleInfo::name).contains("exit"); // built, never run here
    }

    @Test
    void reading_etc_passwd_into_a_reply_is_rejected_in_imports_and_actions_and_runs_when_allowed() throws IOException {
        Path secret = Files.writeString(houseRules.resolve("passwd"), "root:x:0:0");
        write("import java.nio.file.Files;\nimport java.nio.file.Path;\n"
                + rule("leak", "$c : Comment(id == \"c1\")",
                "throw new IllegalStateException(Files.readString(Path.of(\"" + secret + "\")));"));

        assertThat(problems(builder())).extracting(RuleProblem::line, problem -> problem.message().split(",")[0])
                .containsExactly( // one problem per API and line
                        org.assertj.core.groups.Tuple.tuple(6, "uses java.nio.file.Files"),
                        org.assertj.core.groups.Tuple.tuple(7, "uses java.nio.file.Path"),
                        org.assertj.core.groups.Tuple.tuple(12, "uses java.nio.file.Files.readString"));
        assertThat(problems(builder())).allSatisfy(problem -> assertThat(problem.message()).contains("files")
                .contains("allowRuleApis(\"java.nio.file\")"));

        CrisisEngine allowed = alone().allowRuleApis("java.nio.file").build();
        assertThatThrownBy(() -> allowed.moderate(List.of(labelled("c1"))))
                .isInstanceOf(RuleExecutionException.class).hasMessageContaining("root:x:0:0");
    }

    @Test
    void a_socket_to_localhost_is_rejected_in_a_function_and_a_constraint() throws IOException {
        write("""
                function boolean send(String text) {
                    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", 9)) { return true; }
                    catch (Exception e) { return false; }
                }
                """ + rule("exfiltrate", "$c : Comment(new java.net.InetSocketAddress(\"127.0.0.1\", 0) != null)",
                "send($c.text());"));

        assertThat(problems(builder())).extracting(RuleProblem::line).containsExactly(7, 12); // one problem per API and line
        assertThat(problems(builder())).allSatisfy(problem -> assertThat(problem.message()).contains("the network"));
        assertThat(alone().allowRuleApis("java.net").build().rules()).isNotEmpty();
    }

    @Test
    void an_infinite_loop_in_an_action_is_rejected_in_every_form() throws IOException {
        write(rule("spin", "Comment()", "while (true) { }")
                + rule("spin2", "Comment()", "for (;;) { }")
                + rule("spin3", "Comment()", "do { } while (1 > 0);")
                + rule("spin4", "Comment()", "java.util.stream.Stream.iterate(0, i -> i + 1).forEach(i -> { });"));

        List<RuleProblem> problems = problems(builder());

        assertThat(problems).extracting(RuleProblem::line).containsExactly(10, 16, 22, 28);
        assertThat(problems).allSatisfy(problem -> assertThat(problem.message()).contains("loop")
                .contains("allowRuleApis(\"loops\")"));
    }

    @Test
    void tricks_do_not_hide_a_forbidden_api() throws IOException {
        write("""
                import static java.lang.Runtime.getRuntime;
                import function java.lang.System.exit;
                import java.io.*;
                """ + rule("tricks", "$c : Comment()", """
                java . lang . /* hidden */ Runtime.getRuntime();
                \\u0053ystem.exit(1);
                Class.forName("java.lang." + "Runtime");
                $c.getClass().getClassLoader();
                "x".getClass();
                Object loader = $c.class.classLoader;
                drools.getKieRuntime();
                Thread.sleep(1);
                java.util.concurrent.Executors.newSingleThreadExecutor();"""));

        List<RuleProblem> problems = problems(builder());

        assertThat(problems).extracting(RuleProblem::line)
                .containsExactly(6, 7, 8, 13, 14, 15, 16, 16, 17, 18, 19, 20, 21);
        assertThat(String.join("\n", problems.stream().map(RuleProblem::message).toList()))
                .contains("java.lang.Runtime", "java.lang.System", "java.io", "java.lang.Class",
                        "java.lang.ClassLoader.getClassLoader", "org.kie.api.runtime.getKieRuntime", "java.lang.Thread",
                        "java.util.concurrent");
    }

    @Test
    void names_in_strings_and_comments_are_not_flagged() throws IOException {
        write("""
                // System.exit(1) in a comment
                /* while (true) { java.io.File } */
                """ + rule("innocent", "$c : Comment(text != \"System.exit(1); java.io.File\")",
                "insert(ModerationFinding.of($c.id(), ModerationAction.IGNORE)); // while (true) {}"));

        assertThat(alone().build().rules()).extracting(io.crisisrules.RuleInfo::name).contains("innocent");
    }

    @Test
    void an_allowance_that_names_nothing_the_check_rejects_is_refused() {
        assertThatThrownBy(() -> CrisisEngine.builder().allowRuleApis("java.nio.flie"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("allowRuleApis[0]")
                .hasMessageContaining("java.nio.flie");
    }

    // --- the budget --------------------------------------------------------------------------------

    private static final String LOOP = """
            declare Tick
                n : int
            end
            """ + rule("start ticking", "Comment(id == \"loop\")\n    not Tick()", "insert(new Tick(0));")
            + rule("tick forever", "$t : Tick(n >= 0)", "modify($t) { setN($t.getN() + 1) }");

    @Test
    void a_rule_refiring_itself_forever_fails_the_call_naming_it_and_the_next_call_works() throws IOException {
        write(LOOP);
        CrisisEngine engine = builder().settings(PolicySettings.defaults().with("execution.maxRuleFirings", "1000"))
                .build();

        assertThatThrownBy(() -> engine.moderate(List.of(labelled("loop"))))
                .isInstanceOfSatisfying(RuleBudgetExceededException.class, error -> {
                    assertThat(error.ruleName()).isEqualTo("tick forever");
                    assertThat(error.file()).endsWith("probe.drl");
                    assertThat(error).hasMessageContaining("more than 1000 rule firings")
                            .hasMessageContaining("execution.maxRuleFirings");
                });
        for (int i = 0; i < 3; i++) { // the halted session was thrown away: the pool serves working ones
            List<ModerationDecision> decisions = engine.moderate(List.of(labelled("c1", CommentLabel.INSULTING)));
            assertThat(decisions).singleElement().extracting(ModerationDecision::action)
                    .isEqualTo(ModerationAction.DELETE_AND_REPORT);
        }
    }

    @Test
    void the_budget_has_documented_defaults() {
        // 10 s of a looping rule is what the default bounds a call to; not run here, to keep the suite fast
        assertThat(PolicySettings.defaults().execution())
                .isEqualTo(new io.crisisrules.settings.ExecutionSettings(1_000_000, java.time.Duration.ofSeconds(10)));
        assertThatThrownBy(() -> PolicySettings.defaults().with("execution.maxRuleFirings", "10"))
                .hasMessageContaining("execution.maxRuleFirings").hasMessageContaining("10");
    }

    @Test
    void a_slow_loop_allowed_on_purpose_is_bounded_by_the_time_budget() throws IOException {
        write(rule("slow", "Comment(id == \"slow\")",
                "long sum = 0; for (long i = 0; i < 2_000_000_000L; i++) { sum += i ^ (sum >>> 3); }"
                        + " insert(ModerationFinding.of(\"slow\" + (sum == 42 ? \"!\" : \"\"), ModerationAction.IGNORE));")
                + LOOP);
        assertThat(problems(builder())).extracting(RuleProblem::message).singleElement().asString().contains("loop");
        CrisisEngine engine = alone().allowRuleApis(RuleApis.LOOPS)
                .settings(PolicySettings.defaults().with("execution.maxCallTime", "10ms")).build();

        assertThatThrownBy(() -> engine.moderate(List.of(labelled("slow"))))
                .isInstanceOfSatisfying(RuleBudgetExceededException.class, error -> {
                    assertThat(error.ruleName()).isEqualTo("slow");
                    assertThat(error).hasMessageContaining("more than 10ms").hasMessageContaining("execution.maxCallTime");
                });
        assertThatThrownBy(() -> engine.moderate(List.of(labelled("loop"))))
                .isInstanceOfSatisfying(RuleBudgetExceededException.class, error ->
                        assertThat(error.ruleName()).isEqualTo("tick forever"));
        assertThat(engine.moderate(List.of(labelled("c1")))).hasSize(1);
    }

    @Test
    void an_evaluation_is_budgeted_too() throws IOException {
        write(LOOP);
        CrisisEngine engine = alone().settings(PolicySettings.defaults().with("execution.maxRuleFirings", "500"))
                .build();

        assertThatThrownBy(() -> engine.evaluate(io.crisisrules.rules.support.Fixtures.snapshot()
                .comments(List.of(labelled("loop"))).build()))
                .isInstanceOfSatisfying(RuleBudgetExceededException.class, error ->
                        assertThat(error.ruleName()).isEqualTo("tick forever"));
        assertThat(engine.evaluate(io.crisisrules.rules.support.Fixtures.snapshot().build())).isNotNull();
    }
}
