package io.crisisrules.model;

/** Who owns an action (policy RSP-10). The first four make up the crisis team (ORG-02). */
public enum OwnerRole {
    /** The brand's spokesperson. */
    SPOKESPERSON,
    /** The community manager. */
    COMMUNITY_MANAGER,
    /** The legal counsel. */
    LAWYER,
    /** Senior management. */
    MANAGEMENT,
    /** Customer service. */
    CUSTOMER_SERVICE;

    /** @return whether the role belongs to the crisis team */
    public boolean isCrisisTeamRole() {
        return this != CUSTOMER_SERVICE;
    }
}
