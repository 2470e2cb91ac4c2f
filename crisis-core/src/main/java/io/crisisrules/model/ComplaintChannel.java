package io.crisisrules.model;

/** Where a customer complaint was received (policy ORG-04 expects CRM capture from all of them). */
public enum ComplaintChannel {
    STORE, PHONE, EMAIL, AFTER_SALES, HOTLINE, WEB_FORM
}
