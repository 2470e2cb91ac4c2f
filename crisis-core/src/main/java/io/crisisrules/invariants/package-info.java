/**
 * The policy's promises as plain Java, for any test framework: each {@link io.crisisrules.invariants.Invariant}
 * looks at one evaluation (the {@link io.crisisrules.model.Snapshot} handed in, the
 * {@link io.crisisrules.model.Assessment} returned and the {@link io.crisisrules.CrisisEngine} that
 * produced it) and returns the {@link io.crisisrules.invariants.Violation}s it finds, each naming the
 * policy IDs it guards. {@link io.crisisrules.invariants.PolicyInvariants#all()} lists them;
 * {@link io.crisisrules.invariants.PolicyInvariants#check} runs them all. A host that changes
 * settings or DRL files runs them over generated snapshots (see the {@code crisis-rules-testing}
 * artifact) to learn whether it broke a promise.
 */
package io.crisisrules.invariants;
