package io.crisisrules.invariants;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Snapshot;

import java.util.List;

/** An invariant made of a name, its policy IDs, a description and a check returning explanations. */
record SimpleInvariant(String name, List<String> policyIds, String description, Check check) implements Invariant {

    /** Checks one evaluation and returns explanations of what is wrong. */
    @FunctionalInterface
    interface Check {
        List<String> problems(Snapshot input, Assessment output, CrisisEngine engine);
    }

    @Override
    public List<Violation> check(Snapshot input, Assessment output, CrisisEngine engine) {
        return check.problems(input, output, engine).stream().map(this::violation).toList();
    }

    @Override
    public String toString() {
        return name + " " + policyIds;
    }
}
