package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.FailureType;

/**
 * Evidence for a failure type (TYP-01). The incident takes the type with the greatest total weight;
 * ties go to the type declared first in {@link FailureType}. Without evidence it is
 * {@link FailureType#UNDETERMINED}; a host override outranks all evidence.
 *
 * @param type   the failure type
 * @param weight how many reports support it; at least 1
 */
public record FailureTypeEvidence(FailureType type, long weight) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param type the failure type
     * @param weight how many reports support it; at least 1
     */
    public FailureTypeEvidence {
        Checks.required("type", type);
        if (weight < 1) {
            throw new io.crisisrules.InvalidInputException("weight", weight, "be >= 1");
        }
    }
}
