package io.crisisrules.model;

/** The warning signals of the detection policy (DET-01…DET-16), each with its policy ID. */
public enum SignalKind {
    /** DET-01: roi drop. */
    ROI_DROP("DET-01"),
    /** DET-02: low engagement. */
    LOW_ENGAGEMENT("DET-02"),
    /** DET-03: recurrent negative comments. */
    RECURRENT_NEGATIVE_COMMENTS("DET-03"),
    /** DET-04: no interest. */
    NO_INTEREST("DET-04"),
    /** DET-05: cancellation spike. */
    CANCELLATION_SPIKE("DET-05"),
    /** DET-06: stalled conversion. */
    STALLED_CONVERSION("DET-06"),
    /** DET-07: results below forecast. */
    RESULTS_BELOW_FORECAST("DET-07"),
    /** DET-08: unsubscribe rise. */
    UNSUBSCRIBE_RISE("DET-08"),
    /** DET-09: acquisition cost surge. */
    ACQUISITION_COST_SURGE("DET-09"),
    /** DET-10: channel traffic drop. */
    CHANNEL_TRAFFIC_DROP("DET-10"),
    /** DET-11: open click decline. */
    OPEN_CLICK_DECLINE("DET-11"),
    /** DET-12: churn rise. */
    CHURN_RISE("DET-12"),
    /** DET-13: customer silent. */
    CUSTOMER_SILENT("DET-13"),
    /** DET-14: mention spike. */
    MENTION_SPIKE("DET-14"),
    /** DET-15: sentiment shift. */
    SENTIMENT_SHIFT("DET-15"),
    /** DET-16: fading launch. */
    FADING_LAUNCH("DET-16");

    private final String policyId;

    SignalKind(String policyId) {
        this.policyId = policyId;
    }

    /** @return the policy ID that defines this signal */
    public String policyId() {
        return policyId;
    }

    /** @return whether the signal comes from public conversation rather than from KPIs */
    public boolean isPublic() {
        return this == RECURRENT_NEGATIVE_COMMENTS || this == MENTION_SPIKE || this == SENTIMENT_SHIFT;
    }
}
