package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.util.List;

/**
 * A rule that contributed to a result, with the policy IDs it implements (from its
 * {@code @policy} metadata).
 *
 * @param name      the rule's name, e.g. {@code "MOD-01 Delete hateful, insulting or defamatory comments"}
 * @param policyIds the policy IDs it names, e.g. {@code ["MOD-01"]}
 */
public record RuleRef(String name, List<String> policyIds) implements Comparable<RuleRef> {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param name the rule's name, e.g. {@code "MOD-01 Delete hateful, insulting or defamatory comments"}
     * @param policyIds the policy IDs it names, e.g. {@code ["MOD-01"]}
     */
    public RuleRef {
        Checks.text("name", name);
        policyIds = Checks.list("policyIds", policyIds);
    }

    @Override
    public int compareTo(RuleRef other) {
        if (this == other) {
            return 0;
        }
        int byName = name.compareTo(other.name);
        if (byName != 0) {
            return byName;
        }
        for (int i = 0; i < Math.min(policyIds.size(), other.policyIds.size()); i++) {
            int byId = policyIds.get(i).compareTo(other.policyIds.get(i));
            if (byId != 0) {
                return byId;
            }
        }
        return Integer.compare(policyIds.size(), other.policyIds.size());
    }
}
