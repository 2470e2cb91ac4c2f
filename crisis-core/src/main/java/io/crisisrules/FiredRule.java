package io.crisisrules;

import java.util.List;

/**
 * A rule that fired during an evaluation, as reported to a {@link RuleListener}.
 *
 * @param name      the rule's name
 * @param phase     the phase it fired in
 * @param policyIds the policy IDs it implements
 * @param facts     the facts it matched, in pattern order (the library's own records)
 */
public record FiredRule(String name, String phase, List<String> policyIds, List<Object> facts) {

    /**
     * Creates one from its components.
     *
     * @param name the rule's name
     * @param phase the phase it fired in
     * @param policyIds the policy IDs it implements
     * @param facts the facts it matched, in pattern order (the library's own records)
     */
    public FiredRule {
        policyIds = List.copyOf(policyIds);
        facts = List.copyOf(facts);
    }
}
