package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisRulesException;
import io.crisisrules.RuleCheck;
import io.crisisrules.RuleCompilationException;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.HouseAction;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.moderation.OffenceHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.crisisrules.rules.support.Fixtures.labelled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * House actions (issue 18, item 3): house rules attach declared labels to moderation decisions
 * without changing the action, and an undeclared key is an error naming file and line, or the rule.
 */
class HouseActionsTest {

    private static final HouseAction LEGAL_QUEUE = new HouseAction("acme.legal-queue", "Legal team", "zendesk:legal",
            "A legal threat or defamation claim: the legal team reviews it before anyone replies.", "ACME-101");

    @TempDir
    Path folder;

    static Path houseActions() {
        try {
            return Path.of(HouseActionsTest.class.getResource("/house-actions").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String relativePath, String text) throws IOException {
        Path file = folder.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String labelRule(String keyExpression) {
        return """
                package acme.moderation;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.HouseLabelFinding;
                ruleflow-group "moderation"

                rule "ACME-101 Route defamation claims to the legal queue"
                    @policy("ACME-101")
                    @description("House rule: defamation goes to the legal queue.")
                when
                    Comment($id : id, hasLabel(CommentLabel.DEFAMATORY))
                then
                    insert(new HouseLabelFinding($id, %s));
                end
                """.formatted(keyExpression);
    }

    @Test
    void a_house_label_is_attached_to_the_decision_and_the_strictest_action_still_decides() {
        CrisisEngine engine = CrisisEngine.builder().rulesDirectory(houseActions())
                .offenceHistory(OffenceHistory.none()).build();

        List<ModerationDecision> decisions = engine.moderate(List.of(
                labelled("c1", CommentLabel.DEFAMATORY), labelled("c2", CommentLabel.CONSTRUCTIVE_CRITICISM)));

        assertThat(decisions).hasSize(2);
        ModerationDecision defamatory = decisions.get(0);
        assertThat(defamatory.action()).isEqualTo(ModerationAction.DELETE_AND_REPORT); // MOD-01, unchanged
        assertThat(defamatory.labels()).containsExactly(LEGAL_QUEUE);
        assertThat(defamatory.explanation().rules()).extracting(rule -> rule.name())
                .contains("ACME-101 Route defamation claims to the legal queue");
        assertThat(decisions.get(1).labels()).isEmpty();
    }

    @Test
    void the_default_rules_attach_no_label() {
        ModerationDecision decision = CrisisEngine.builder().offenceHistory(OffenceHistory.none()).build()
                .moderate(List.of(labelled("c1", CommentLabel.DEFAMATORY))).get(0);

        assertThat(decision.labels()).isEmpty();
    }

    @Test
    void a_literal_undeclared_key_fails_the_build_and_the_check_at_its_line() throws IOException {
        Files.copy(houseActions().resolve("house-actions.properties"), folder.resolve("house-actions.properties"));
        write("moderation/legal-queue.drl", labelRule("\"acme.legal-queu\""));
        String file = folder.resolve("moderation/legal-queue.drl").toString();

        assertThatThrownBy(() -> CrisisEngine.builder().rulesDirectory(folder).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error ->
                        assertThat(error.problems()).anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo(file);
                            assertThat(problem.line()).isEqualTo(12);
                            assertThat(problem.message()).contains("\"acme.legal-queu\"").contains("not declared")
                                    .contains("acme.legal-queue");
                        }));
        RuleCheck check = CrisisEngine.builder().rulesDirectory(folder).check();
        assertThat(check.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.line()).isEqualTo(12);
            assertThat(problem.message()).contains("acme.legal-queu");
        });
    }

    @Test
    void a_key_computed_at_run_time_and_undeclared_fails_the_call_naming_the_rule_and_the_key() throws IOException {
        Files.copy(houseActions().resolve("house-actions.properties"), folder.resolve("house-actions.properties"));
        write("moderation/legal-queue.drl", labelRule("\"acme.\" + \"legal\""));
        CrisisEngine engine = CrisisEngine.builder().rulesDirectory(folder).offenceHistory(OffenceHistory.none()).build();

        assertThatThrownBy(() -> engine.moderate(List.of(labelled("c1", CommentLabel.DEFAMATORY))))
                .isInstanceOf(CrisisRulesException.class)
                .hasMessageContaining("ACME-101 Route defamation claims to the legal queue")
                .hasMessageContaining("\"acme.legal\"").hasMessageContaining("not declared");
    }

    @Test
    void a_declaration_file_reports_every_problem_at_its_line() throws IOException {
        write("house-actions.properties", """
                acme.legal-queue.use = label
                acme.legal-queue.owner = Legal team
                acme.legal-queue.chanel = zendesk:legal
                Acme.Tag.use = label
                acme.notify.use = plan
                acme.notify.owner = Support
                acme.notify.channel = slack:#support
                acme.notify.text = Tell support
                acme.notify.policy = acme_7
                """);
        write("moderation/legal-queue.drl", labelRule("\"acme.legal-queue\""));
        String file = folder.resolve("house-actions.properties").toString();

        RuleCheck check = CrisisEngine.builder().rulesDirectory(folder).check();

        assertThat(check.problems()).filteredOn(problem -> problem.file().equals(file))
                .extracting(problem -> problem.line() + ": " + problem.message())
                .anySatisfy(line -> assertThat(line).startsWith("3: ").contains("unknown field \"chanel\""))
                .anySatisfy(line -> assertThat(line).startsWith("4: ").contains("\"Acme.Tag\""))
                .anySatisfy(line -> assertThat(line).startsWith("1: ").contains("lacks channel, text, policy"))
                .anySatisfy(line -> assertThat(line).startsWith("5: ").contains("use must be label").contains("\"plan\""))
                .anySatisfy(line -> assertThat(line).startsWith("5: ").contains("policy ID").contains("\"acme_7\""));
        // the rule's key is declared nowhere valid, so it is reported as well
        assertThat(check.problems()).anySatisfy(problem -> assertThat(problem.message()).contains("not declared"));
    }
}
