package io.crisisrules.rules.support;

import io.crisisrules.FiredRule;
import io.crisisrules.RuleListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every fired rule, so tests assert which rules fired and not only the outcome. */
public final class RecordingListener implements RuleListener {
    private final List<FiredRule> fired = new CopyOnWriteArrayList<>();

    @Override
    public void ruleFired(FiredRule rule) {
        fired.add(rule);
    }

    /** @return the names of the fired rules, in firing order */
    public List<String> names() {
        return fired.stream().map(FiredRule::name).toList();
    }

    /** @return the policy IDs of the fired rules, in firing order, with repeats */
    public List<String> policyIds() {
        return fired.stream().flatMap(rule -> rule.policyIds().stream()).toList();
    }

    /** @return whether a rule whose name starts with {@code prefix} fired */
    public boolean firedRuleStartingWith(String prefix) {
        return fired.stream().anyMatch(rule -> rule.name().startsWith(prefix));
    }

    /** @return how many times a rule with this exact name fired */
    public long count(String name) {
        return fired.stream().filter(rule -> rule.name().equals(name)).count();
    }
}
