package io.crisisrules.model;

/**
 * What people are talking or complaining about, as the host's listening or CRM tools classify it.
 * The typology rules map topics to failure types (policy TYP-01) and aggravating factors (TYP-05).
 */
public enum Topic {
    /** Bad design of a product. */
    PRODUCT_DESIGN,
    /** Insufficient product or service quality, defects. */
    PRODUCT_QUALITY,
    /** The product does not meet the market's needs. */
    MARKET_FIT,
    /** An inappropriate campaign message. */
    CAMPAIGN_MESSAGE,
    /** A badly defined target audience. */
    TARGETING,
    /** An ineffective distribution channel. */
    CHANNEL_MISFIT,
    /** Offensive remarks made by the brand or its people. */
    OFFENSIVE_REMARK,
    /** Wrong information published by the brand. */
    WRONG_INFORMATION,
    /** A crisis the brand handled badly. */
    CRISIS_HANDLING,
    /** Late, lost or damaged deliveries. */
    DELIVERY,
    /** Failing customer service. */
    CUSTOMER_SERVICE,
    /** The website or app is down. */
    WEBSITE_OUTAGE,
    /** Harm to people's health or safety. */
    SAFETY,
    /** Legal exposure: a lawsuit, a regulator, a breach of law. */
    LEGAL,
    /** The brand's practices or values (e.g. animal testing, working conditions). */
    ETHICS,
    /** Prices, fees, billing. */
    PRICING
}
