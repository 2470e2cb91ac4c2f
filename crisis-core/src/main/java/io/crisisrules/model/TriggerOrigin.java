package io.crisisrules.model;

/**
 * Where the incident started, when the host knows (policies TYP-06 and RSP-16): the people or
 * things that set it off, which tells the SCCT frame apart when the facts alone do not.
 */
public enum TriggerOrigin {
    /** An employee's behaviour or words. */
    EMPLOYEE,
    /** An internal process failing through the people or the organisation running it. */
    INTERNAL_PROCESS,
    /** The brand's own communication or campaign. */
    OWN_COMMUNICATION,
    /** Customers' experience. */
    CUSTOMERS,
    /** A third party: media, activists, competitors, anonymous accounts. */
    THIRD_PARTY,
    /** A system, machine or product failed (an outage, a bug, a defect) with no human error known. */
    TECHNICAL_FAILURE,
    /** A supplier, carrier or service provider of the brand failed. */
    SUPPLIER,
    /** Someone attacked the brand or its customers: tampering, a cyberattack, fraud, sabotage, violence. */
    MALICIOUS_ACT,
    /** A natural disaster, a pandemic, an event nobody controls. */
    NATURAL_EVENT,
    /** Not known. */
    UNKNOWN;

    /** @return whether the trigger is the organisation's own people or communication (TYP-06) */
    public boolean isInternal() {
        return this == EMPLOYEE || this == INTERNAL_PROCESS || this == OWN_COMMUNICATION;
    }

    /** @return whether a technology or a supplier failed, without a human error known (accidental) */
    public boolean isTechnical() {
        return this == TECHNICAL_FAILURE || this == SUPPLIER;
    }
}
