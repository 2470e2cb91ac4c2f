package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.RuleCheck;
import io.crisisrules.RuleCompilationException;
import io.crisisrules.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link CrisisEngine.Builder#check()} (issue 18): the same problems as a full build for broken
 * overlays, the same rules for a good one, and only the overlay's files compiled: the precompiled
 * default rules are not even loaded.
 */
class RuleCheckTest {
    @TempDir
    Path rules;

    private static final String HEADER = """
            package acme.moderation;
            import io.crisisrules.model.*;
            import io.crisisrules.facts.ModerationFinding;
            ruleflow-group "moderation"

            """;

    private static final String GOOD = HEADER + """
            rule "ACME-101 Hide legal threats for the legal team"
                @policy("ACME-101")
                @description("House rule.")
            when
                Comment($id : id, hasLabel(CommentLabel.DEFAMATORY))
            then
                insert(ModerationFinding.of($id, ModerationAction.HIDE_PENDING_REVIEW));
            end
            """;

    private void write(String path, String drl) throws IOException {
        io.crisisrules.rules.support.RuleFolders.write(rules, path, drl);
    }

    private CrisisEngine.Builder builder() {
        return CrisisEngine.builder().rulesDirectory(rules);
    }

    private List<RuleProblem> fullBuildProblems() {
        RuleCompilationException e = catchThrowableOfType(() -> builder().build(), RuleCompilationException.class);
        assertThat(e).as("the full build must fail too").isNotNull();
        return e.problems();
    }

    @Test
    void a_good_overlay_lists_the_rules_a_built_engine_holds_and_compiles_only_its_own_file() throws IOException {
        write("acme/moderation/legal.drl", GOOD);

        RuleCheck check = builder().check();

        assertThat(check.problems()).isEmpty();
        assertThat(check.ok()).isTrue();
        assertThat(check.rules()).isEqualTo(builder().build().rules());
        assertThat(check.overlay().addedPolicyIds()).containsExactly("ACME-101");
        // the default packages are not compiled again: they come precompiled
        assertThat(check.compiledFiles()).containsExactly(rules.resolve("acme/moderation/legal.drl").toString());
    }

    @Test
    void broken_overlays_give_the_problems_a_full_build_gives() throws IOException {
        List<String> broken = List.of(
                // does not parse
                HEADER + "rule \"ACME-102 x\" @policy(\"ACME-102\") when Comment( then end\n",
                // a type error in an action
                HEADER + """
                        rule "ACME-103 x"
                            @policy("ACME-103")
                        when
                            Comment($id : id)
                        then
                            int n = $id;
                        end
                        """,
                // no phase
                "package acme;\nimport io.crisisrules.model.*;\nrule \"ACME-104 x\" @policy(\"ACME-104\") when Comment() then end\n",
                // not a policy ID
                HEADER + "rule \"ACME-105 x\" @policy(\"acme\") when Comment() then end\n");
        for (String drl : broken) {
            write("acme/house.drl", drl);

            RuleCheck check = builder().check();

            assertThat(check.problems()).as(drl).isNotEmpty().isEqualTo(fullBuildProblems());
            assertThat(check.rules()).isEmpty();
            assertThat(check.compiledFiles()).noneMatch(file -> file.startsWith("classpath:"));
        }
    }

    @Test
    void a_replaced_default_that_drops_a_policy_is_reported_as_the_build_reports_it() throws IOException {
        write("moderation/abusive-content.drl", "package io.crisisrules.rules.moderation;\n");

        RuleCheck refused = builder().check();
        RuleCheck allowed = builder().allowRemovedPolicies("MOD-01").check();

        assertThat(refused.problems()).isEqualTo(fullBuildProblems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("MOD-01"));
        assertThat(allowed.ok()).isTrue();
        assertThat(allowed.overlay().removedPolicyIds()).containsExactly("MOD-01");
        assertThat(allowed.rules()).isEqualTo(builder().allowRemovedPolicies("MOD-01").build().rules())
                .noneMatch(rule -> rule.policyIds().contains("MOD-01"));
    }

    /** Records the classes looked up through it: loading the precompiled default rules looks up their generated classes. */
    private static final class RecordingLoader extends ClassLoader {
        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        RecordingLoader() {
            super(CrisisEngine.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            loaded.add(name);
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void checking_an_overlay_does_not_load_the_precompiled_default_rules() throws IOException {
        write("acme/moderation/legal.drl", GOOD);
        RecordingLoader building = new RecordingLoader();
        RecordingLoader checking = new RecordingLoader();
        RecordingLoader checkingNothingNew = new RecordingLoader();

        CrisisEngine.builder().classLoader(building).build(); // the defaults alone: precompiled, loaded
        RuleCheck check = builder().classLoader(checking).check();
        RuleCheck unchanged = CrisisEngine.builder().classLoader(checkingNothingNew)
                .rulesDirectory(Files.createDirectories(rules.resolve("empty"))).check();

        // the recording loader can fail the check below: building an engine looks up the generated rule classes
        assertThat(building.loaded).anyMatch(name -> name.startsWith("io.crisisrules.rules."));
        assertThat(check.ok()).isTrue();
        assertThat(check.rules()).hasSizeGreaterThan(1).anyMatch(rule -> rule.file().startsWith("classpath:"));
        assertThat(checking.loaded).noneMatch(name -> name.startsWith("io.crisisrules.rules."));
        assertThat(unchanged.rules()).isEqualTo(CrisisEngine.builder().build().rules());
        assertThat(unchanged.compiledFiles()).isEmpty();
        assertThat(checkingNothingNew.loaded).noneMatch(name -> name.startsWith("io.crisisrules.rules."));
    }
}
