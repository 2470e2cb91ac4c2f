package io.crisisrules.model;

import io.crisisrules.internal.Checks;

import java.util.List;

/**
 * A rule that contributed to a result, with the policy IDs it implements (from its
 * {@code @policy} metadata).
 *
 * @param name      the rule's name, e.g. {@code "MOD-01 Delete hateful, insulting or defamatory comments"}
 * @param policyIds the policy IDs it names, e.g. {@code ["MOD-01"]}
 */
public record RuleRef(String name, List<String> policyIds) implements Comparable<RuleRef> {

    public RuleRef {
        Checks.text("name", name);
        policyIds = Checks.list("policyIds", policyIds);
    }

    @Override
    public int compareTo(RuleRef other) {
        int byName = name.compareTo(other.name);
        return byName != 0 ? byName : String.join(",", policyIds).compareTo(String.join(",", other.policyIds));
    }
}
