package io.crisisrules.model;

/** Where the incident started, when the host knows (policy TYP-06). */
public enum TriggerOrigin {
    /** An employee's behaviour or words. */
    EMPLOYEE,
    /** An internal process failing. */
    INTERNAL_PROCESS,
    /** The brand's own communication or campaign. */
    OWN_COMMUNICATION,
    /** Customers' experience. */
    CUSTOMERS,
    /** A third party: media, activists, competitors, anonymous accounts. */
    THIRD_PARTY,
    /** Not known. */
    UNKNOWN;

    /** @return whether the trigger is inside the organisation */
    public boolean isInternal() {
        return this == EMPLOYEE || this == INTERNAL_PROCESS || this == OWN_COMMUNICATION;
    }
}
