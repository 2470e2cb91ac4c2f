package io.crisisrules.internal;

import io.crisisrules.RuleInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of DRL files that are known to compile, read from their text ({@link DrlOutline}) rather
 * than from a compiled rule base: what {@link RuleChecks} lists for the default files an overlay keeps,
 * so that checking an overlay never loads the precompiled default rules. For the default files it is
 * the same list, rule for rule, as the compiled rules give ({@code TextRulesTest} compares them).
 */
final class TextRules {

    private TextRules() {
    }

    /**
     * @param sources DRL files that compile without error (the default ones)
     * @return their rules, queries left out, ordered by file and name as {@link CompiledRules#rules()}
     */
    static List<RuleInfo> of(List<RuleSource> sources) {
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleSource source : sources) {
            for (DrlOutline.RuleOutline rule : DrlOutline.of(source.content()).rules()) {
                rules.add(new RuleInfo(rule.name(), source.origin(), rule.phase(),
                        rule.policies() == null ? List.of() : PolicyIds.of(rule.policies()),
                        rule.description() == null ? "" : rule.description()));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        return rules;
    }
}
