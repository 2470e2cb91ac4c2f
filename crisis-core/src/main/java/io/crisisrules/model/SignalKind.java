package io.crisisrules.model;

/**
 * The warning signals of the detection policy, each declaring what it is as data: its policy ID,
 * its {@linkplain #family() family} and whether it {@linkplain #opensIncident() opens an incident}
 * on its own (DET-17). Rules and the engine read these attributes instead of keeping lists of kinds,
 * so a new signal declares them and nothing else. The README's signal table is generated from them.
 */
public enum SignalKind {
    /** DET-01: roi drop. */
    ROI_DROP("DET-01", Family.CAMPAIGN),
    /** DET-02: low engagement. */
    LOW_ENGAGEMENT("DET-02", Family.CAMPAIGN),
    /** DET-03: recurrent negative comments. */
    RECURRENT_NEGATIVE_COMMENTS("DET-03", Family.PUBLIC_CONVERSATION),
    /** DET-04: no interest. */
    NO_INTEREST("DET-04", Family.CAMPAIGN),
    /** DET-05: cancellation spike. */
    CANCELLATION_SPIKE("DET-05", Family.CUSTOMERS),
    /** DET-06: stalled conversion. */
    STALLED_CONVERSION("DET-06", Family.CAMPAIGN),
    /** DET-07: results below forecast. */
    RESULTS_BELOW_FORECAST("DET-07", Family.CAMPAIGN),
    /** DET-08: unsubscribe rise. */
    UNSUBSCRIBE_RISE("DET-08", Family.CAMPAIGN),
    /** DET-09: acquisition cost surge. */
    ACQUISITION_COST_SURGE("DET-09", Family.CAMPAIGN),
    /** DET-10: channel traffic drop. */
    CHANNEL_TRAFFIC_DROP("DET-10", Family.CHANNELS),
    /** DET-11: open click decline. */
    OPEN_CLICK_DECLINE("DET-11", Family.CAMPAIGN),
    /** DET-12: churn rise. */
    CHURN_RISE("DET-12", Family.CUSTOMERS),
    /**
     * DET-13: customer silent. A CRM follow-up: it joins an incident but does not open one on its own
     * (DET-17).
     */
    CUSTOMER_SILENT("DET-13", Family.CUSTOMERS, Grouping.JOINS_AN_INCIDENT),
    /** DET-14: mention spike. */
    MENTION_SPIKE("DET-14", Family.PUBLIC_CONVERSATION),
    /** DET-15: sentiment shift. */
    SENTIMENT_SHIFT("DET-15", Family.PUBLIC_CONVERSATION),
    /** DET-16: fading launch. */
    FADING_LAUNCH("DET-16", Family.CAMPAIGN);

    private final String policyId;
    private final Family family;
    private final Grouping grouping;

    SignalKind(String policyId, Family family) {
        this(policyId, family, Grouping.OPENS_AN_INCIDENT);
    }

    SignalKind(String policyId, Family family, Grouping grouping) {
        this.policyId = policyId;
        this.family = family;
        this.grouping = grouping;
    }

    /** @return the policy ID that defines this signal */
    public String policyId() {
        return policyId;
    }

    /** @return what the signal measures: a campaign's KPIs, the customer base, channels or public conversation */
    public Family family() {
        return family;
    }

    /**
     * @return whether the signal opens an incident on its own (DET-17); one that does not still joins
     *         an incident that something else opened
     */
    public boolean opensIncident() {
        return grouping == Grouping.OPENS_AN_INCIDENT;
    }

    /** @return whether the signal comes from public conversation rather than from KPIs */
    public boolean isPublic() {
        return family.isPublic();
    }

    /** What a signal measures. */
    public enum Family {
        /**
         * A campaign's own KPIs (ROI, engagement, conversion, results, e-mail, launch): sliding alone,
         * with no reported topic, they point to a campaign failure (TYP-01).
         */
        CAMPAIGN(false),
        /** The customer base: cancellations, churn, customers gone silent. */
        CUSTOMERS(false),
        /** Traffic on the brand's channels. */
        CHANNELS(false),
        /** What people say in public: mentions and their sentiment. */
        PUBLIC_CONVERSATION(true);

        private final boolean isPublic;

        Family(boolean isPublic) {
            this.isPublic = isPublic;
        }

        /** @return whether the family's signals come from public conversation rather than from KPIs */
        public boolean isPublic() {
            return isPublic;
        }
    }

    /** Whether a signal opens an incident on its own. */
    private enum Grouping {
        OPENS_AN_INCIDENT,
        JOINS_AN_INCIDENT
    }
}
