package io.crisisrules.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TextRules} (issue 18, fast checks): the rules read from DRL text are those the compiled
 * rule base lists, metadata included, for the shapes rule files take: several IDs, no description,
 * a description with escapes and spaces, a rule's own ruleflow-group, a query, a file without package.
 */
class TextRulesTest {

    private static final List<RuleSource> SOURCES = List.of(
            new RuleSource("text/a.drl", "a.drl", """
                    package test.text;
                    ruleflow-group "decision"

                    query "pending strings"
                        $s : String()
                    end

                    rule "TXT-01 Two policies, a plain description"
                        @policy("TXT-01", "TXT-02")
                        @description("Counts strings.")
                    when
                        String()
                    then
                    end

                    // @description("not this one")
                    rule "TXT-03 No description, its own phase"
                        @policy("TXT-03")
                        ruleflow-group "moderation"
                    when
                        Integer()
                    then
                    end

                    rule "No policy, a description with quotes and spaces"
                        @description("  Says \\"hello\\", then stops.  ")
                    when
                        Long()
                    then
                    end
                    """),
            new RuleSource("b.drl", "b.drl", """
                    ruleflow-group "detection"
                    rule "TXT-04 A file without package"
                        @description("In the default package.") @policy("TXT-04")
                    when
                        String()
                    then
                    end
                    """));

    @Test
    void the_rules_read_from_the_text_are_those_the_compiled_rules_list() {
        List<io.crisisrules.RuleInfo> compiled = CompiledRules.compile(SOURCES).rules();

        assertThat(TextRules.of(SOURCES)).isEqualTo(compiled).hasSize(4);
        assertThat(compiled)// Drools keeps the description as written, escapes and spaces included
                .anySatisfy(rule -> assertThat(rule.description()).isEqualTo("  Says \\\"hello\\\", then stops.  "))
                .anySatisfy(rule -> assertThat(rule.policyIds()).containsExactly("TXT-01", "TXT-02"))
                .anySatisfy(rule -> assertThat(rule.description()).isEmpty());
    }
}
