package io.crisisrules.model;

/**
 * A marketing or CRM indicator the host measures. Rates are fractions (0.012 for 1.2 %), costs and
 * visits are absolute numbers; only {@link #ROI} may be negative. The rates that count each person
 * or item once ({@link #isFraction()}) cannot exceed 1, which catches a percentage passed by mistake.
 */
public enum Metric {
    /** Return on investment of a campaign or channel, as a fraction (0.35 for +35 %). */
    ROI,
    /** (likes + shares + comments) / reach, as a fraction. */
    ENGAGEMENT_RATE,
    /** Responses or clicks on an offer / people targeted by it. */
    OFFER_RESPONSE_RATE,
    /** Subscription cancellations per period (count or rate, compared with its own baseline). */
    CANCELLATIONS,
    /** Conversions / visits. */
    CONVERSION_RATE,
    /** Spend or effort put into the campaign in the period. */
    SPEND,
    /** The campaign's main result (sales, leads, sign-ups), compared with its forecast. */
    MAIN_RESULT,
    /** Unsubscribes / recipients. */
    UNSUBSCRIBE_RATE,
    /** Cost of acquiring one customer. */
    ACQUISITION_COST,
    /** Visits arriving through one channel; the scope names the channel. */
    CHANNEL_VISITS,
    /** Unique email opens / emails delivered. */
    EMAIL_OPEN_RATE,
    /** Unique email clicks / emails delivered. */
    EMAIL_CLICK_RATE,
    /** Customers lost / customers at the start of the period. */
    CHURN_RATE,
    /** Clicks / impressions of a campaign. */
    CLICK_RATE;

    /** @return whether a value below zero is meaningful for this metric */
    public boolean allowsNegative() {
        return this == ROI;
    }

    /** @return whether the value is a share of a whole, within [0, 1] */
    public boolean isFraction() {
        return switch (this) {
            case CONVERSION_RATE, UNSUBSCRIBE_RATE, EMAIL_OPEN_RATE, EMAIL_CLICK_RATE, CHURN_RATE, CLICK_RATE -> true;
            default -> false;
        };
    }
}
