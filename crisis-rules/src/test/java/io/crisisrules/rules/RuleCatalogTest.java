package io.crisisrules.rules;

import io.crisisrules.RuleInfo;
import io.crisisrules.internal.RuleConventions;
import io.crisisrules.internal.RuleSources;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.PolicyCatalogue;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Structural checks over the compiled default rules, as the style guide asks. */
class RuleCatalogTest {
    private static final Map<String, String> PHASE_OF_FOLDER = Map.of(
            "detection", "detection",
            "classification", "classification",
            "response", "decision",
            "escalation", "escalation",
            "moderation", "moderation",
            "monitoring", "monitoring");

    private final List<RuleInfo> rules = Engines.defaults().rules();

    @Test
    void every_rule_names_at_least_one_policy_id_of_the_catalogue() {
        Set<String> catalogue = PolicyCatalogue.ids();
        assertThat(catalogue).contains("DET-01", "MOD-08", "ORG-05");
        for (RuleInfo rule : rules) {
            assertThat(rule.policyIds()).as("policy IDs of %s", rule.name()).isNotEmpty();
            assertThat(catalogue).as("catalogue entries for %s", rule.name()).containsAll(rule.policyIds());
        }
    }

    @Test
    void the_default_rules_keep_the_conventions_house_rules_are_checked_against() {
        // the same check as building an engine runs on house rules: a policy ID, a phase, no literal threshold
        assertThat(RuleConventions.check(RuleSources.defaults(getClass().getClassLoader()))).isEmpty();
    }

    @Test
    void every_rule_has_a_description() {
        assertThat(rules).allSatisfy(rule -> assertThat(rule.description()).as(rule.name()).isNotBlank());
    }

    @Test
    void every_rule_name_starts_with_one_of_its_policy_ids() {
        assertThat(rules).allSatisfy(rule ->
                assertThat(rule.policyIds()).as(rule.name()).contains(rule.name().substring(0, rule.name().indexOf(' '))));
    }

    @Test
    void rule_names_are_unique() {
        Set<String> names = new HashSet<>();
        assertThat(rules).allSatisfy(rule -> assertThat(names.add(rule.name())).as(rule.name()).isTrue());
    }

    @Test
    void each_folder_holds_rules_of_its_phase_only() {
        for (RuleInfo rule : rules) {
            String folder = rule.file().replaceFirst("^classpath:io/crisisrules/rules/", "").replaceFirst("/.*$", "");
            assertThat(PHASE_OF_FOLDER).as("known folder for %s", rule.file()).containsKey(folder);
            assertThat(rule.phase()).as("phase of %s in %s", rule.name(), rule.file())
                    .isEqualTo(PHASE_OF_FOLDER.get(folder));
        }
    }
}
