package io.crisisrules.model;

/** Whether the claims behind an incident have been validated (policy TYP-03). */
public enum VerificationStatus {
    /** No claim is involved: the incident rests on measurements. */
    NOT_APPLICABLE,
    /** At least one claim comes from a source not verified yet: no substantive answer. */
    UNVERIFIED,
    /** The claims were checked and are true. */
    CONFIRMED,
    /** The claims were checked and are false. */
    REFUTED
}
