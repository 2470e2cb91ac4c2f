package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.VerificationStatus;

/**
 * Where the validation of one claim stands (TYP-03). The incident is
 * {@link VerificationStatus#UNVERIFIED} if any claim is, else {@code CONFIRMED} if any claim is,
 * else {@code REFUTED} if any is, else {@code NOT_APPLICABLE}: one unchecked claim is enough to
 * hold back substantive answers.
 *
 * @param claimId the claim
 * @param status  its status; never {@code NOT_APPLICABLE}
 */
public record VerificationEvidence(String claimId, VerificationStatus status) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param claimId the claim
     * @param status its status; never {@code NOT_APPLICABLE}
     */
    public VerificationEvidence {
        Checks.text("claimId", claimId);
        Checks.required("status", status);
        if (status == VerificationStatus.NOT_APPLICABLE) {
            throw new io.crisisrules.InvalidInputException("status", status, "describe a claim's validation");
        }
    }
}
