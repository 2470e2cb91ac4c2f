package io.crisisrules.model;

/** The brand's sector; some sectors do not allow humour in a crisis (policy RSP-06, a setting). */
public enum Sector {
    COSMETICS, FOOD, RETAIL, ECOMMERCE, FASHION, BANKING, INSURANCE, HEALTHCARE, PHARMACEUTICAL,
    TRANSPORT, TELECOM, ENERGY, TECHNOLOGY, MEDIA, ENTERTAINMENT, HOSPITALITY, AUTOMOTIVE,
    PUBLIC_SERVICE, OTHER
}
