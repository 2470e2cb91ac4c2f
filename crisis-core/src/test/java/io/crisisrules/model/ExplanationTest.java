package io.crisisrules.model;

import io.crisisrules.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExplanationTest {

    private static final RuleRef MOD_01 = new RuleRef("MOD-01 Delete hateful, insulting or defamatory comments",
            List.of("MOD-01"));
    private static final RuleRef MOD_06 = new RuleRef("MOD-06 Strictest action wins", List.of("MOD-06", "MOD-01"));
    private static final RuleRef DET_01 = new RuleRef("DET-01 ROI below baseline", List.of("DET-01"));

    @Test
    void rules_are_sorted_by_name() {
        Explanation explanation = Explanation.of(List.of(MOD_06, DET_01, MOD_01));

        assertThat(explanation.rules()).containsExactly(DET_01, MOD_01, MOD_06);
        assertThat(explanation.ruleNames()).containsExactly(DET_01.name(), MOD_01.name(), MOD_06.name());
    }

    @Test
    void repeated_rules_appear_once() {
        Explanation explanation = new Explanation(List.of(MOD_01, DET_01, MOD_01, DET_01));

        assertThat(explanation.rules()).containsExactly(DET_01, MOD_01);
    }

    @Test
    void policy_ids_are_the_sorted_union_of_the_rules_ids() {
        Explanation explanation = Explanation.of(List.of(MOD_06, MOD_01, DET_01));

        assertThat(explanation.policyIds()).containsExactly("DET-01", "MOD-01", "MOD-06");
    }

    @Test
    void none_has_no_rules_and_no_policy_ids() {
        assertThat(Explanation.NONE.rules()).isEmpty();
        assertThat(Explanation.NONE.policyIds()).isEmpty();
        assertThat(Explanation.NONE.ruleNames()).isEmpty();
    }

    @Test
    void and_merges_the_rules_of_both_sorted_without_repeats() {
        Explanation left = Explanation.of(List.of(MOD_06, MOD_01));
        Explanation right = Explanation.of(List.of(DET_01, MOD_01));

        Explanation merged = left.and(right);

        assertThat(merged.rules()).containsExactly(DET_01, MOD_01, MOD_06);
        assertThat(merged.policyIds()).containsExactly("DET-01", "MOD-01", "MOD-06");
        assertThat(left.rules()).containsExactly(MOD_01, MOD_06);
        assertThat(right.rules()).containsExactly(DET_01, MOD_01);
    }

    @Test
    void and_with_none_changes_nothing() {
        Explanation explanation = Explanation.of(List.of(MOD_01));

        assertThat(explanation.and(Explanation.NONE)).isEqualTo(explanation);
        assertThat(Explanation.NONE.and(explanation)).isEqualTo(explanation);
    }

    @Test
    void rules_are_a_defensive_copy() {
        List<RuleRef> rules = new ArrayList<>(List.of(MOD_01));
        Explanation explanation = new Explanation(rules);

        rules.add(DET_01);

        assertThat(explanation.rules()).containsExactly(MOD_01);
        assertThatThrownBy(() -> explanation.rules().add(DET_01)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_null_rule_is_rejected_naming_its_position() {
        List<RuleRef> rules = new ArrayList<>();
        rules.add(MOD_01);
        rules.add(null);

        assertThatThrownBy(() -> new Explanation(rules))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("rules[1] must be present, but was null");
    }

    @Test
    void a_rule_reference_needs_a_name() {
        assertThatThrownBy(() -> new RuleRef(" ", List.of("MOD-01")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("name must not be blank, but was \" \"");
    }
}
