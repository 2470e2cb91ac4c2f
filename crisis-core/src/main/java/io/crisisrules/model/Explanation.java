package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Why a result exists: the rules that produced it and, through them, the policy IDs behind it.
 *
 * @param rules the contributing rules, sorted by name, without repeats
 */
public record Explanation(List<RuleRef> rules) {

    /**
     * No rule produced the result: a comment no moderation rule had a concern about
     * ({@link ModerationAction#NO_ACTION}), an incident the host handed in that no new evidence
     * changed, or a rule result still in working memory before the engine explains it.
     */
    public static final Explanation NONE = new Explanation(List.of());

    /**
     * Creates one, rejecting invalid components.
     *
     * @param rules the contributing rules, sorted by name, without repeats
     */
    public Explanation {
        rules = Checks.list("rules", rules);
        if (rules.size() > 1) {
            rules = List.copyOf(new TreeSet<>(rules));
        }
    }

    /**
     * @param rules the contributing rules, sorted by name, without repeats
     * @return an explanation naming these rules
     */
    public static Explanation of(Collection<RuleRef> rules) {
        return new Explanation(rules instanceof List<RuleRef> list ? list : List.copyOf(rules));
    }

    /** @return the policy IDs of every contributing rule, sorted, without repeats */
    public List<String> policyIds() {
        TreeSet<String> ids = new TreeSet<>();
        rules.forEach(rule -> ids.addAll(rule.policyIds()));
        return List.copyOf(ids);
    }

    /** @return the names of the contributing rules */
    public List<String> ruleNames() {
        return rules.stream().map(RuleRef::name).toList();
    }

    /**
     * @param other the explanation to add
     * @return an explanation holding the rules of both
     */
    public Explanation and(Explanation other) {
        TreeSet<RuleRef> all = new TreeSet<>(rules);
        all.addAll(other.rules);
        return new Explanation(List.copyOf(all));
    }
}
