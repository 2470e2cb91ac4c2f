package io.crisisrules.model;

/** Where a customer complaint stands in the host's CRM or helpdesk. */
public enum ComplaintStatus {
    OPEN, IN_PROGRESS, RESOLVED;

    /** @return whether the customer's problem is still unsolved */
    public boolean isUnresolved() {
        return this != RESOLVED;
    }
}
