package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.InvalidInputException;
import io.crisisrules.RuleCompilationException;
import io.crisisrules.RuleInfo;
import io.crisisrules.internal.Overlays;
import io.crisisrules.internal.RuleSources;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.rules.support.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.crisisrules.rules.support.Fixtures.labelled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rule author's folder over the default rules (issue 18): an overlay may not silently drop a
 * default policy, house policy IDs are kept whole, every house rule has a phase of its own file.
 */
class HouseRulesOverlayTest {

    private static final String LEGAL_QUEUE = """
            package acme.moderation;
            import io.crisisrules.model.*;
            import io.crisisrules.facts.ModerationFinding;
            ruleflow-group "moderation"

            rule "ACME-101 Hide legal threats for the legal team"
                @policy("ACME-101", "LEGAL-7")
                @description("House rule: a defamation claim waits for the legal team.")
            when
                Comment($id : id, hasLabel(CommentLabel.DEFAMATORY))
            then
                insert(ModerationFinding.of($id, ModerationAction.HIDE_PENDING_REVIEW));
            end
            """;

    @TempDir
    Path houseRules;

    private Path write(String relativePath, String drl) throws IOException {
        Path file = houseRules.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, drl);
        return file;
    }

    private CrisisEngine.Builder builder() {
        return CrisisEngine.builder().rulesDirectory(houseRules).offenceHistory(OffenceHistory.none());
    }

    @Test
    void an_empty_override_that_drops_a_default_policy_fails_the_build_naming_the_file_and_the_id() throws IOException {
        Path empty = write("moderation/abusive-content.drl", "package io.crisisrules.rules.moderation;\n");

        assertThatThrownBy(() -> builder().build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error ->
                        assertThat(error.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo(empty.toString());
                            assertThat(problem.message()).contains("moderation/abusive-content.drl")
                                    .contains("MOD-01").contains("allowRemovedPolicies(\"MOD-01\")")
                                    .contains("--allow-removed MOD-01");
                        }));
    }

    @Test
    void a_policy_dropped_on_purpose_builds_and_is_reported_as_removed() throws IOException {
        write("moderation/abusive-content.drl", "package io.crisisrules.rules.moderation;\n");

        CrisisEngine engine = builder().allowRemovedPolicies("MOD-01").build();

        assertThat(engine.overlay().removedPolicyIds()).containsExactly("MOD-01");
        assertThat(engine.overlay().replacedFiles()).containsExactly("moderation/abusive-content.drl");
        assertThat(engine.overlay().addedFiles()).isEmpty();
        assertThat(engine.rules()).flatExtracting(RuleInfo::policyIds).doesNotContain("MOD-01");
        assertThat(engine.moderate(List.of(labelled("c1", CommentLabel.HATEFUL))).get(0).action())
                .isNotEqualTo(ModerationAction.DELETE_AND_REPORT);
    }

    @Test
    void an_override_keeping_its_policy_ids_is_only_a_replacement() throws IOException {
        String original = new String(CrisisEngine.class.getClassLoader()
                .getResourceAsStream("io/crisisrules/rules/moderation/abusive-content.drl").readAllBytes());
        write("moderation/abusive-content.drl", original.replace("DELETE_AND_REPORT", "HIDE_PENDING_REVIEW"));

        CrisisEngine engine = builder().build();

        assertThat(engine.overlay().replacedFiles()).containsExactly("moderation/abusive-content.drl");
        assertThat(engine.overlay().removedPolicyIds()).isEmpty();
        assertThat(engine.overlay().addedPolicyIds()).isEmpty();
        assertThat(engine.moderate(List.of(labelled("c1", CommentLabel.HATEFUL))).get(0).action())
                .isEqualTo(ModerationAction.HIDE_PENDING_REVIEW);
    }

    @Test
    void allowing_something_that_is_no_policy_id_is_refused_naming_it() {
        assertThatThrownBy(() -> CrisisEngine.builder().allowRemovedPolicies("MOD-01", "mod 5"))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo("allowRemovedPolicies[1]");
                    assertThat(error.value()).isEqualTo("mod 5");
                });
    }

    @Test
    void house_policy_ids_are_kept_whole_in_the_rule_list_and_in_decisions() throws IOException {
        write("acme/legal-queue.drl", LEGAL_QUEUE);

        CrisisEngine engine = builder().build();

        assertThat(engine.rules()).filteredOn(rule -> rule.name().startsWith("ACME-101"))
                .singleElement().satisfies(rule -> {
                    assertThat(rule.policyIds()).containsExactly("ACME-101", "LEGAL-7");
                    assertThat(rule.phase()).isEqualTo("moderation");
                });
        assertThat(engine.overlay().addedFiles()).containsExactly("acme/legal-queue.drl");
        assertThat(engine.overlay().addedPolicyIds()).containsExactly("ACME-101", "LEGAL-7");
        ModerationDecision decision = engine.moderate(List.of(labelled("c1", CommentLabel.DEFAMATORY))).get(0);
        assertThat(decision.explanation().policyIds()).contains("ACME-101", "LEGAL-7", "MOD-01")
                .doesNotContain("ACME-10");
    }

    @Test
    void a_policy_id_of_the_wrong_shape_is_a_problem_naming_it() throws IOException {
        Path file = write("acme/legal-queue.drl", LEGAL_QUEUE.replace("\"LEGAL-7\"", "\"legal_7\""));

        assertThatThrownBy(() -> builder().build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error ->
                        assertThat(error.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo(file.toString());
                            assertThat(problem.line()).isEqualTo(6);
                            assertThat(problem.message()).contains("\"legal_7\"").contains("not a policy ID");
                        }));
    }

    @Test
    void a_file_in_the_default_package_without_a_phase_is_a_problem_even_beside_one_with_a_phase() throws IOException {
        write("acme/with-phase.drl", LEGAL_QUEUE.replace("package acme.moderation;\n", ""));
        Path without = write("acme/without-phase.drl", """
                import io.crisisrules.model.*;
                import io.crisisrules.facts.ModerationFinding;

                rule "ACME-102 Hide spam"
                    @policy("ACME-102")
                when
                    Comment($id : id, hasLabel(CommentLabel.SPAM))
                then
                    insert(ModerationFinding.of($id, ModerationAction.HIDE_PENDING_REVIEW));
                end
                """);

        assertThatThrownBy(() -> builder().build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error ->
                        assertThat(error.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo(without.toString());
                            assertThat(problem.line()).isEqualTo(4);
                            assertThat(problem.message()).contains("ACME-102 Hide spam").contains("ruleflow-group");
                        }));
    }

    @Test
    void a_rule_in_the_default_package_is_listed_with_its_file_phase_and_policy_ids() throws IOException {
        Path file = write("acme/with-phase.drl", LEGAL_QUEUE.replace("package acme.moderation;\n", ""));

        CrisisEngine engine = builder().build();

        assertThat(engine.rules()).filteredOn(rule -> rule.name().startsWith("ACME-101")).singleElement()
                .satisfies(rule -> {
                    assertThat(rule.file()).isEqualTo(file.toString());
                    assertThat(rule.phase()).isEqualTo("moderation");
                    assertThat(rule.policyIds()).containsExactly("ACME-101", "LEGAL-7");
                });
    }

    @Test
    void the_policy_ids_read_from_the_default_files_text_are_those_of_the_compiled_default_rules() {
        Set<String> compiled = new TreeSet<>();
        Engines.defaults().rules().forEach(rule -> compiled.addAll(rule.policyIds()));

        Set<String> read = new TreeSet<>(Overlays.ids(RuleSources.defaults(CrisisEngine.class.getClassLoader())));

        assertThat(read).isEqualTo(compiled).hasSizeGreaterThan(60);
    }

    @Test
    void an_empty_rules_folder_changes_nothing() {
        assertThat(builder().build().overlay().isEmpty()).isTrue();
    }
}
