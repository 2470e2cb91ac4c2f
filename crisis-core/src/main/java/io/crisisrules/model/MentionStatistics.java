package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.util.Map;

/**
 * What social listening saw about the brand over one window: volume, reach, sentiment and topics.
 *
 * @param window                when
 * @param channel               where, or {@code null} for all channels together
 * @param mentions              number of mentions
 * @param negativeMentions      of which negative; at most {@code mentions}
 * @param reach                 people reached by the mentions
 * @param negativeReach         people reached by negative mentions; at most {@code reach}
 * @param baselineNegativeShare the usual negative share in [0, 1], or {@code null} when unknown
 * @param topics                mentions per topic, as the host's listening tool classifies them
 */
public record MentionStatistics(ObservationPeriod window, Channel channel, long mentions, long negativeMentions,
                                long reach, long negativeReach, Double baselineNegativeShare,
                                Map<Topic, Long> topics) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param window when
     * @param channel where, or {@code null} for all channels together
     * @param mentions number of mentions
     * @param negativeMentions of which negative; at most {@code mentions}
     * @param reach people reached by the mentions
     * @param negativeReach people reached by negative mentions; at most {@code reach}
     * @param baselineNegativeShare the usual negative share in [0, 1], or {@code null} when unknown
     * @param topics mentions per topic, as the host's listening tool classifies them
     */
    public MentionStatistics {
        Checks.required("window", window);
        Checks.nonNegative("mentions", mentions);
        Checks.nonNegative("negativeMentions", negativeMentions);
        Checks.atMost("negativeMentions", negativeMentions, "mentions", mentions);
        Checks.nonNegative("reach", reach);
        Checks.nonNegative("negativeReach", negativeReach);
        Checks.atMost("negativeReach", negativeReach, "reach", reach);
        Checks.optionalUnitInterval("baselineNegativeShare", baselineNegativeShare);
        topics = Checks.map("topics", topics);
        topics.forEach((topic, count) -> Checks.nonNegative("topics." + topic, count));
    }

    /** @return negative mentions / mentions, 0 when there are no mentions */
    public double negativeShare() {
        return mentions == 0 ? 0.0 : (double) negativeMentions / mentions;
    }

    /**
     * @return how far the negative share is above its baseline, in points (0.15 for 15 points), or
     *         {@code null} when the baseline is unknown
     */
    public Double negativeShareChange() {
        return baselineNegativeShare == null ? null : Checks.decimal(negativeShare() - baselineNegativeShare);
    }

    /** @return people reached by negative content per hour of the window */
    public double negativeReachPerHour() {
        return negativeReach / window.hours();
    }

    /** @return mentions per hour of the window */
    public double mentionsPerHour() {
        return mentions / window.hours();
    }

    /** @return whether a baseline negative share is known */
    public boolean hasBaselineNegativeShare() {
        return baselineNegativeShare != null;
    }

    /** @return the key of the channel, {@code "all"} when the statistics cover every channel */
    public String scope() {
        return channel == null ? "all" : channel.name();
    }
}
