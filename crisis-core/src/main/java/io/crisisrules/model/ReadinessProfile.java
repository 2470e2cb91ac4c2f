package io.crisisrules.model;

import io.crisisrules.checks.Checks;

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

    /**
     * Creates one, rejecting invalid components.
     *
     * @param monitoredKeywords which kinds of keywords social listening follows
     * @param crisisTeam which crisis-team roles are staffed
     * @param internalProtocol whether a protocol says who is informed first and who decides
     * @param editorialCharter whether an editorial charter exists
     * @param socialMediaStrategy which parts of a social-media strategy are defined
     * @param crmCapturedChannels complaint channels whose complaints reach the CRM
     * @param roiIndicators social-media return-on-investment indicators that are defined
     */
    public ReadinessProfile {
        monitoredKeywords = Checks.set("monitoredKeywords", monitoredKeywords);
        crisisTeam = Checks.set("crisisTeam", crisisTeam);
        socialMediaStrategy = Checks.set("socialMediaStrategy", socialMediaStrategy);
        crmCapturedChannels = Checks.set("crmCapturedChannels", crmCapturedChannels);
        roiIndicators = Checks.set("roiIndicators", roiIndicators);
    }

    /** @return the keyword kinds social listening does not follow (ORG-01), in declaration order */
    public java.util.List<String> missingKeywords() {
        return missing(KeywordKind.values(), monitoredKeywords);
    }

    /** @return the crisis-team roles nobody holds (ORG-02), in declaration order */
    public java.util.List<String> missingCrisisTeamRoles() {
        return missing(java.util.Arrays.stream(OwnerRole.values()).filter(OwnerRole::isCrisisTeamRole)
                .toArray(OwnerRole[]::new), crisisTeam);
    }

    /** @return the parts of the social-media strategy not defined (ORG-03), in declaration order */
    public java.util.List<String> missingStrategyElements() {
        return missing(StrategyElement.values(), socialMediaStrategy);
    }

    /** @return the complaint channels whose complaints do not reach the CRM (ORG-04), in declaration order */
    public java.util.List<String> uncapturedComplaintChannels() {
        return missing(ComplaintChannel.values(), crmCapturedChannels);
    }

    /** @return the ROI indicators not defined (ORG-05), in declaration order */
    public java.util.List<String> missingRoiIndicators() {
        return missing(RoiIndicator.values(), roiIndicators);
    }

    private static <E extends Enum<E>> java.util.List<String> missing(E[] all, Set<E> present) {
        return java.util.Arrays.stream(all).filter(e -> !present.contains(e)).map(Enum::name).toList();
    }

    /** What social listening can follow (ORG-01). */
    public enum KeywordKind {
        /** The brand's name. */
        BRAND,
        /** A product's name. */
        PRODUCT,
        /** A slogan. */
        SLOGAN,
        /** A hashtag. */
        HASHTAG,
        /** A competitor's name. */
        COMPETITOR
    }

    /** The parts of a social-media strategy (ORG-03, seed 003). */
    public enum StrategyElement {
        /** The target audience. */
        TARGET,
        /** The platforms the brand is present on. */
        PLATFORMS,
        /** The objectives. */
        OBJECTIVES,
        /** Who owns the strategy. */
        OWNER,
        /** How results are measured. */
        MEASUREMENT
    }

    /** Social-media return-on-investment indicators (ORG-05). */
    public enum RoiIndicator {
        /** More positive mentions. */
        POSITIVE_MENTIONS,
        /** Fewer criticisms. */
        FEWER_CRITICISMS,
        /** More followers. */
        FOLLOWERS,
        /** More comments. */
        COMMENTS
    }
}
