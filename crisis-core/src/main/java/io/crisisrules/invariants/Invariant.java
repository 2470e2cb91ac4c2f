package io.crisisrules.invariants;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Snapshot;

import java.util.List;

/**
 * One promise of the crisis policy, checked on one evaluation. Implementations are stateless and
 * thread-safe. Metamorphic invariants (same input, shuffled input, more reach) evaluate variants of
 * the input with the engine they are given, at the output's evaluation time; the others only read
 * the input and the output.
 *
 * <p>Any test framework can drive them: generate a snapshot, evaluate it, call
 * {@link #check(Snapshot, Assessment, CrisisEngine)} and fail on a non-empty result.
 */
public interface Invariant {

    /** @return a short, stable name, e.g. {@code "one-decision-per-comment"} */
    String name();

    /** @return the policy IDs of {@code POLICY.md} this invariant guards */
    List<String> policyIds();

    /** @return what the invariant promises, in one sentence */
    String description();

    /**
     * @param input  the snapshot handed to {@code engine.evaluate}
     * @param output what {@code engine.evaluate(input)} returned
     * @param engine the engine that evaluated it (its settings are the ones checked against)
     * @return every violation found; empty when the promise holds
     */
    List<Violation> check(Snapshot input, Assessment output, CrisisEngine engine);

    /**
     * @param explanation what is wrong
     * @return a violation of this invariant
     */
    default Violation violation(String explanation) {
        return new Violation(name(), policyIds(), explanation);
    }
}
