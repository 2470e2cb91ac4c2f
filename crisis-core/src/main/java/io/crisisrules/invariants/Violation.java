package io.crisisrules.invariants;

import java.util.List;
import java.util.Objects;

/**
 * One broken promise found by an {@link Invariant}: which invariant, the policy IDs it guards and a
 * readable explanation naming the items and values involved.
 *
 * @param invariant   the {@link Invariant#name() name} of the invariant that found it
 * @param policyIds   the policy IDs of {@code POLICY.md} the invariant guards
 * @param explanation what is wrong, naming the comment, incident or action and the values
 */
public record Violation(String invariant, List<String> policyIds, String explanation) {

    /**
     * Creates one from its components.
     *
     * @param invariant the {@link Invariant#name() name} of the invariant that found it
     * @param policyIds the policy IDs of {@code POLICY.md} the invariant guards
     * @param explanation what is wrong, naming the comment, incident or action and the values
     */
    public Violation {
        Objects.requireNonNull(invariant, "invariant");
        policyIds = List.copyOf(policyIds);
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public String toString() {
        return invariant + " " + policyIds + ": " + explanation;
    }
}
