package io.crisisrules.model;

/** Where a customer complaint stands in the host's CRM or helpdesk. */
public enum ComplaintStatus {
    /** Received, not handled yet. */
    OPEN,
    /** Being handled. */
    IN_PROGRESS,
    /** Handled. */
    RESOLVED;

    /** @return whether the customer's problem is still unsolved */
    public boolean isUnresolved() {
        return this != RESOLVED;
    }
}
