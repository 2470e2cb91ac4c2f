package io.crisisrules.model;

/** The warning signals of the detection policy (DET-01…DET-16), each with its policy ID. */
public enum SignalKind {
    ROI_DROP("DET-01"),
    LOW_ENGAGEMENT("DET-02"),
    RECURRENT_NEGATIVE_COMMENTS("DET-03"),
    NO_INTEREST("DET-04"),
    CANCELLATION_SPIKE("DET-05"),
    STALLED_CONVERSION("DET-06"),
    RESULTS_BELOW_FORECAST("DET-07"),
    UNSUBSCRIBE_RISE("DET-08"),
    ACQUISITION_COST_SURGE("DET-09"),
    CHANNEL_TRAFFIC_DROP("DET-10"),
    OPEN_CLICK_DECLINE("DET-11"),
    CHURN_RISE("DET-12"),
    CUSTOMER_SILENT("DET-13"),
    MENTION_SPIKE("DET-14"),
    SENTIMENT_SHIFT("DET-15"),
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
