package io.crisisrules.model;

/** The brand's sector; some sectors do not allow humour in a crisis (policy RSP-06, a setting). */
public enum Sector {
    /** Cosmetics and personal care. */
    COSMETICS,
    /** Food and drink. */
    FOOD,
    /** Retail. */
    RETAIL,
    /** Online retail. */
    ECOMMERCE,
    /** Fashion and apparel. */
    FASHION,
    /** Banking. */
    BANKING,
    /** Insurance. */
    INSURANCE,
    /** Healthcare. */
    HEALTHCARE,
    /** Pharmaceuticals. */
    PHARMACEUTICAL,
    /** Transport. */
    TRANSPORT,
    /** Telecommunications. */
    TELECOM,
    /** Energy. */
    ENERGY,
    /** Technology. */
    TECHNOLOGY,
    /** Media. */
    MEDIA,
    /** Entertainment. */
    ENTERTAINMENT,
    /** Hotels and restaurants. */
    HOSPITALITY,
    /** Automotive. */
    AUTOMOTIVE,
    /** A public service. */
    PUBLIC_SERVICE,
    /** Any other sector. */
    OTHER
}
