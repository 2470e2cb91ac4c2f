package io.crisisrules.model;

import io.crisisrules.internal.Checks;

import java.util.Set;

/**
 * How prepared the organisation is for a crisis; the readiness audit (policies ORG-01…ORG-05)
 * reports what is missing.
 *
 * @param monitoredKeywords     which kinds of keywords social listening follows
 * @param crisisTeam            which crisis-team roles are staffed
 * @param internalProtocol      whether a protocol says who is informed first and who decides
 * @param editorialCharter      whether an editorial charter exists
 * @param socialMediaStrategy   which parts of a social-media strategy are defined
 * @param crmCapturedChannels   complaint channels whose complaints reach the CRM
 * @param roiIndicators         social-media return-on-investment indicators that are defined
 */
public record ReadinessProfile(Set<KeywordKind> monitoredKeywords, Set<OwnerRole> crisisTeam,
                               boolean internalProtocol, boolean editorialCharter,
                               Set<StrategyElement> socialMediaStrategy,
                               Set<ComplaintChannel> crmCapturedChannels, Set<RoiIndicator> roiIndicators) {

    public ReadinessProfile {
        monitoredKeywords = Checks.set("monitoredKeywords", monitoredKeywords);
        crisisTeam = Checks.set("crisisTeam", crisisTeam);
        socialMediaStrategy = Checks.set("socialMediaStrategy", socialMediaStrategy);
        crmCapturedChannels = Checks.set("crmCapturedChannels", crmCapturedChannels);
        roiIndicators = Checks.set("roiIndicators", roiIndicators);
    }

    /** What social listening can follow (ORG-01). */
    public enum KeywordKind {
        BRAND, PRODUCT, SLOGAN, HASHTAG, COMPETITOR
    }

    /** The parts of a social-media strategy (ORG-03, seed 003). */
    public enum StrategyElement {
        TARGET, PLATFORMS, OBJECTIVES, OWNER, MEASUREMENT
    }

    /** Social-media return-on-investment indicators (ORG-05). */
    public enum RoiIndicator {
        POSITIVE_MENTIONS, FEWER_CRITICISMS, FOLLOWERS, COMMENTS
    }
}
