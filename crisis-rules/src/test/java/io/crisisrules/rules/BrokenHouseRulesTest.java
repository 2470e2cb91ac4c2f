package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.RuleCompilationException;
import io.crisisrules.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rule author's broken file over the default rules is reported first, and its knock-on effects as such. */
class BrokenHouseRulesTest {

    @TempDir
    Path houseRules;

    @Test
    void a_broken_override_is_listed_first_and_problems_it_causes_in_default_files_are_labelled() throws IOException {
        Path file = houseRules.resolve("moderation/abusive-content.drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package io.crisisrules.rules.moderation;
                import io.crisisrules.model.*;
                ruleflow-group "moderation"

                rule "MOD-01 broken"
                    @policy("MOD-01")
                when
                    Comment(abuseConfidence >= )
                then
                end
                """);

        assertThatThrownBy(() -> CrisisEngine.builder().rulesDirectory(houseRules).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error -> {
                    assertThat(error.problems().get(0)).satisfies(first -> {
                        assertThat(first.file()).isEqualTo(file.toString());
                        assertThat(first.line()).isEqualTo(8);
                    });
                    assertThat(error.problems()).noneSatisfy(problem -> assertThat(problem.line()).isZero());
                    assertThat(error.problems()).filteredOn(problem -> problem.file().startsWith("classpath:"))
                            .extracting(RuleProblem::message)
                            .allSatisfy(message -> assertThat(message).endsWith(
                                    "(in a default file: most likely a consequence of the problems in your files)"));
                });
    }

    @Test
    void every_problem_of_a_file_is_reported_at_once_even_behind_a_parse_error() throws IOException {
        Path file = houseRules.resolve("acme/several-problems.drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package acme.moderation;
                import io.crisisrules.model.*;
                ruleflow-group "moderation"

                rule "does not parse" @policy("ACME-1")
                when
                    Comment(abuseConfidence >= )
                then
                end

                rule "reads a field that does not exist" @policy("ACME-1")
                when
                    Comment(noSuchField > 1)
                then
                end

                rule "calls what does not exist" @policy("ACME-1")
                when
                    Comment()
                then
                    undefinedCall();
                end

                rule "is fine" @policy("ACME-1")
                when
                    Comment()
                then
                end
                """);

        assertThatThrownBy(() -> CrisisEngine.builder().withoutDefaultRules().rulesDirectory(houseRules).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error -> {
                    assertThat(error.problems()).allSatisfy(problem ->
                            assertThat(problem.file()).isEqualTo(file.toString()));
                    assertThat(error.problems()).extracting(RuleProblem::line).contains(7, 13, 21)
                            .allSatisfy(line -> assertThat(line).isIn(7, 13, 21));
                });
    }
}
