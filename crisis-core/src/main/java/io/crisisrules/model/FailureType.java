package io.crisisrules.model;

/** What kind of marketing failure an incident is (policy TYP-01). */
public enum FailureType {
    /** Bad design, poor market fit, insufficient quality. */
    PRODUCT,
    /** Inappropriate message, badly defined target, ineffective channel. */
    CAMPAIGN,
    /** Offensive remarks, wrong information, a mishandled crisis. */
    COMMUNICATION,
    /** Delivery problems, failing customer service, website down. */
    OPERATIONAL,
    /** The evidence does not say (yet). */
    UNDETERMINED
}
