package io.crisisrules.model;

/** Where a customer complaint was received (policy ORG-04 expects CRM capture from all of them). */
public enum ComplaintChannel {
    /** In a store. */
    STORE,
    /** By phone. */
    PHONE,
    /** E-mail. */
    EMAIL,
    /** The after-sales service. */
    AFTER_SALES,
    /** A hotline. */
    HOTLINE,
    /** A form on the brand's website. */
    WEB_FORM
}
