package io.crisisrules.facts;

import io.crisisrules.checks.Checks;

/**
 * How far the negative content of the latest listening windows went, all channels together,
 * against what is normal for the brand: the measure the severity rules read (TYP-04). Computed by
 * the engine from the snapshot before the rules run; arithmetic, not policy.
 *
 * @param mentions                mentions in the latest window of each channel
 * @param negativeMentions        of which negative
 * @param reach                   people those mentions reached
 * @param negativeReach           people the negative ones reached
 * @param mentionsPerHour         mentions per hour over those windows
 * @param negativeReachPerHour    people reached by negative content per hour
 * @param audience                people the brand reaches on its own channels, or -1 when unknown
 * @param surge                   mentions as a multiple of the brand's usual volume: the windows'
 *                                mentions per hour against the brand's usual figure when the host
 *                                gives it, else the mention series' latest interval against the median
 *                                of the ones before; -1 when neither is known
 */
public record Exposure(long mentions, long negativeMentions, long reach, long negativeReach, double mentionsPerHour,
                       double negativeReachPerHour, long audience, double surge) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param mentions mentions in the latest window of each channel
     * @param negativeMentions of which negative
     * @param reach people those mentions reached
     * @param negativeReach people the negative ones reached
     * @param mentionsPerHour mentions per hour over those windows
     * @param negativeReachPerHour people reached by negative content per hour
     * @param audience people the brand reaches on its own channels, or -1 when unknown
     * @param surge mentions as a multiple of the brand's usual volume: the windows' mentions per hour against the brand's usual figure when the host gives it, else the mention series' latest interval against the median of the ones before; -1 when neither is known
     */
    public Exposure {
        Checks.nonNegative("mentions", mentions);
        Checks.nonNegative("negativeMentions", negativeMentions);
        Checks.nonNegative("reach", reach);
        Checks.nonNegative("negativeReach", negativeReach);
        Checks.nonNegative("mentionsPerHour", mentionsPerHour);
        Checks.nonNegative("negativeReachPerHour", negativeReachPerHour);
    }

    /** @return negative mentions / mentions, 0 without mentions */
    public double negativeShare() {
        return mentions == 0 ? 0 : (double) negativeMentions / mentions;
    }

    /** @return whether the brand's audience is known */
    public boolean hasAudience() {
        return audience >= 0;
    }

    /** @return whether the brand's usual volume is known, so that {@link #surge()} means something */
    public boolean hasUsualVolume() {
        return surge >= 0;
    }

    /**
     * @return people reached by negative content as a share of the brand's audience; 0 when the
     *         audience is unknown, and the negative reach itself when the audience is zero
     */
    public double audienceShare() {
        if (!hasAudience()) {
            return 0;
        }
        return audience == 0 ? negativeReach : Checks.decimal((double) negativeReach / audience);
    }
}
