package io.crisisrules.internal;

import io.crisisrules.RuleProblem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleConventionsTest {

    private static List<RuleProblem> check(String drl) {
        return RuleConventions.check(List.of(new RuleSource("moderation/house.drl", "my-rules/moderation/house.drl", drl)));
    }

    @Test
    void a_literal_threshold_in_a_condition_is_a_problem_at_its_line() {
        List<RuleProblem> problems = check("""
                package acme.moderation;
                ruleflow-group "moderation"
                rule "ACME-101 Hide very hateful comments"
                    @policy("ACME-101")
                when
                    Comment(hatefulness > 0.75, text.length() >= 1)
                    Comment(hatefulness > 0, within(30m))
                then
                    insert(new Object());
                end
                """);

        assertThat(problems).extracting(RuleProblem::line).containsExactly(6, 7);
        assertThat(problems.get(0).file()).isEqualTo("my-rules/moderation/house.drl");
        assertThat(problems.get(0).message()).startsWith(
                "rule \"ACME-101 Hide very hateful comments\" compares with the literal 0.75 in its condition");
        assertThat(problems.get(1).message()).contains("the literal 30m");
    }

    @Test
    void zero_and_one_comments_strings_names_and_actions_are_no_literal_thresholds() {
        assertThat(check("""
                package acme.moderation;
                ruleflow-group "moderation"
                // a threshold of 0.9 would be wrong here
                rule "ACME-102 Count 2 things"
                    @policy("ACME-102") @description("more than 3")
                    salience 10
                when
                    $c : Comment(score >= 0.0, count > 1L, id != "c-42", $DET01 : score) /* 0.5 */
                    Comment(within(0s))
                then
                    insert(new Finding($c, 42));
                end
                """)).isEmpty();
    }

    @Test
    void a_rule_without_policy_id_and_one_without_phase_are_problems() {
        List<RuleProblem> problems = check("""
                package acme.moderation;
                rule "No policy"
                    ruleflow-group "moderation"
                when
                    Comment()
                then
                end

                rule "ACME-103 No phase"
                    @policy("ACME-103")
                when
                    Comment()
                then
                end
                """);

        assertThat(problems).extracting(RuleProblem::line, RuleProblem::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(2, "rule \"No policy\" names no policy: add @policy(\"ID\") with the"
                        + " policy it implements, e.g. @policy(\"ACME-101\")"),
                org.assertj.core.groups.Tuple.tuple(9, "rule \"ACME-103 No phase\" is in no phase: add ruleflow-group"
                        + " \"detection\", \"classification\", \"decision\", \"escalation\", \"moderation\", \"monitoring\" to it or to the"
                        + " top of its file"));
    }
}
