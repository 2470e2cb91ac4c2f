package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.util.List;

/**
 * What the rules need to know about the brand itself.
 *
 * @param brandId         the host's identifier of the brand
 * @param sector          its sector (humour is not allowed in some sectors, RSP-06)
 * @param history         crises it went through before (TYP-05, RSP-17)
 * @param priorReputation its reputation before this incident (RSP-17)
 * @param readiness       its crisis readiness, or {@code null} to skip the readiness audit
 */
public record BrandContext(String brandId, Sector sector, List<PastCrisis> history, Reputation priorReputation,
                           ReadinessProfile readiness) {

    public BrandContext {
        Checks.text("brandId", brandId);
        Checks.required("sector", sector);
        history = Checks.list("history", history);
        priorReputation = priorReputation == null ? Reputation.NEUTRAL : priorReputation;
    }

    /**
     * @param brandId the brand
     * @param sector  its sector
     * @return a context with no crisis history, a neutral reputation and no readiness audit
     */
    public static BrandContext of(String brandId, Sector sector) {
        return new BrandContext(brandId, sector, List.of(), Reputation.NEUTRAL, null);
    }

    /** The brand's reputation before the incident. */
    public enum Reputation {
        FAVOURABLE, NEUTRAL, UNFAVOURABLE
    }
}
