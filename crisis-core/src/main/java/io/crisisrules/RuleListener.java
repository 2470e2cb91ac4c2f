package io.crisisrules;

/**
 * Observes rule firings, for audit trails, metrics or debugging: a functional interface, so a
 * lambda will do ({@code .listener(rule -> audit.record(rule.name(), rule.policyIds()))}). Calls
 * happen on the evaluating thread, synchronously; an engine shared between threads calls one
 * listener from several threads at once, so implementations must be thread-safe and quick.
 */
@FunctionalInterface
public interface RuleListener {

    /**
     * Called after a rule's consequence ran.
     *
     * @param rule the rule and the facts it matched
     */
    void ruleFired(FiredRule rule);
}
