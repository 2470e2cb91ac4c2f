package io.crisisrules.invariants;

import io.crisisrules.model.Assessment;
import io.crisisrules.model.InputReceipt;
import io.crisisrules.model.WarningSignal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The completeness family of the policy's invariants (DET-17, MOD-06): everything handed in is
 * accounted for in the assessment.
 */
public final class CompletenessInvariants {

    private CompletenessInvariants() {
    }

    /**
     * @return the receipt counts everything handed in, every comment has a decision and every signal
     *         handed in is among the assessment's signals (DET-17, MOD-06)
     */
    public static Invariant nothingLost() {
        return new SimpleInvariant("nothing-lost", List.of("DET-17", "MOD-06"),
                "Nothing handed in is lost: Assessment.received() counts it and signals handed in come back.",
                (in, out, engine) -> {
                    List<String> problems = new ArrayList<>();
                    InputReceipt expected = InputReceipt.of(in);
                    if (!expected.equals(out.received())) {
                        problems.add("received " + out.received() + " but the snapshot holds " + expected);
                    }
                    if (out.moderation().size() != in.comments().size()) {
                        problems.add(in.comments().size() + " comments handed in but " + out.moderation().size()
                                + " decisions returned");
                    }
                    Set<String> returned = out.signals().stream().map(WarningSignal::key).collect(Collectors.toSet());
                    for (WarningSignal signal : in.signals()) {
                        if (!returned.contains(signal.key())) {
                            problems.add("signal " + signal.key() + " was handed in but is not in the assessment");
                        }
                    }
                    return problems;
                });
    }
}
