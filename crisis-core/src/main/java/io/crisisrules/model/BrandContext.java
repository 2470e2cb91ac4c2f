package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.util.List;

/**
 * What the rules need to know about the brand itself. Its audience and usual mention volume make
 * severity relative to the brand (TYP-04): the same negative reach is a storm for a local shop and
 * an ordinary day for a national brand.
 *
 * @param brandId             the host's identifier of the brand
 * @param sector              its sector (humour is not allowed in some sectors, RSP-06)
 * @param history             crises it went through before (TYP-05, RSP-17)
 * @param priorReputation     its reputation before this incident (RSP-17)
 * @param readiness           its crisis readiness, or {@code null} to skip the readiness audit
 * @param audience            people the brand reaches on its own channels (followers, subscribers,
 *                            customers it can write to), or {@code null} when unknown
 * @param usualMentionsPerDay how many times a day the brand is usually mentioned, all channels
 *                            together, or {@code null} when unknown
 */
public record BrandContext(String brandId, Sector sector, List<PastCrisis> history, Reputation priorReputation,
                           ReadinessProfile readiness, Long audience, Double usualMentionsPerDay) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param brandId the host's identifier of the brand
     * @param sector its sector (humour is not allowed in some sectors, RSP-06)
     * @param history crises it went through before (TYP-05, RSP-17)
     * @param priorReputation its reputation before this incident (RSP-17)
     * @param readiness its crisis readiness, or {@code null} to skip the readiness audit
     * @param audience people the brand reaches on its own channels (followers, subscribers, customers it can write to), or {@code null} when unknown
     * @param usualMentionsPerDay how many times a day the brand is usually mentioned, all channels together, or {@code null} when unknown
     */
    public BrandContext {
        Checks.text("brandId", brandId);
        Checks.required("sector", sector);
        history = Checks.list("history", history);
        priorReputation = priorReputation == null ? Reputation.NEUTRAL : priorReputation;
        if (audience != null) {
            Checks.nonNegative("audience", audience.longValue());
        }
        Checks.optionalNonNegative("usualMentionsPerDay", usualMentionsPerDay);
    }

    /**
     * The form without audience and usual volume: severity then rests on absolute figures alone.
     *
     * @param brandId the host's identifier of the brand
     * @param sector its sector (humour is not allowed in some sectors, RSP-06)
     * @param history crises it went through before (TYP-05, RSP-17)
     * @param priorReputation its reputation before this incident (RSP-17)
     * @param readiness its crisis readiness, or {@code null} to skip the readiness audit
     */
    public BrandContext(String brandId, Sector sector, List<PastCrisis> history, Reputation priorReputation,
                        ReadinessProfile readiness) {
        this(brandId, sector, history, priorReputation, readiness, null, null);
    }

    /**
     * @param brandId the brand
     * @param sector  its sector
     * @return a context with no crisis history, a neutral reputation, no readiness audit and no
     *         known audience or usual volume
     */
    public static BrandContext of(String brandId, Sector sector) {
        return new BrandContext(brandId, sector, List.of(), Reputation.NEUTRAL, null, null, null);
    }

    /**
     * @param people people the brand reaches on its own channels
     * @return a copy with that audience
     */
    public BrandContext withAudience(long people) {
        return new BrandContext(brandId, sector, history, priorReputation, readiness, people, usualMentionsPerDay);
    }

    /**
     * @param mentions how many times a day the brand is usually mentioned
     * @return a copy with that usual volume
     */
    public BrandContext withUsualMentionsPerDay(double mentions) {
        return new BrandContext(brandId, sector, history, priorReputation, readiness, audience, mentions);
    }

    /** @return whether the brand's audience is known */
    public boolean hasAudience() {
        return audience != null;
    }

    /** @return the usual mentions per hour, or {@code null} when the usual volume is unknown */
    public Double usualMentionsPerHour() {
        return usualMentionsPerDay == null ? null : usualMentionsPerDay / 24.0;
    }

    /** The brand's reputation before the incident. */
    public enum Reputation {
        /** The public thought well of the brand before the crisis. */
        FAVOURABLE,
        /** Neither good nor bad. */
        NEUTRAL,
        /** The public thought badly of the brand before the crisis. */
        UNFAVOURABLE
    }
}
