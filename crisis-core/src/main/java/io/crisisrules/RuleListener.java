package io.crisisrules;

/**
 * Observes rule firings, for audit trails, metrics or debugging. Every method has a no-op default,
 * so implement only what you need. Calls happen on the evaluating thread, synchronously; an engine
 * shared between threads calls one listener from several threads at once, so implementations must
 * be thread-safe and quick.
 */
public interface RuleListener {

    /**
     * Called after a rule's consequence ran.
     *
     * @param rule the rule and the facts it matched
     */
    default void ruleFired(FiredRule rule) {
    }
}
