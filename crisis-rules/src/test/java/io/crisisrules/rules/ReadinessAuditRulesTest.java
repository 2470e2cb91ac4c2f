package io.crisisrules.rules;

import io.crisisrules.model.Assessment;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.OwnerRole;
import io.crisisrules.model.ReadinessGap;
import io.crisisrules.model.ReadinessProfile;
import io.crisisrules.model.ReadinessProfile.KeywordKind;
import io.crisisrules.model.ReadinessProfile.RoiIndicator;
import io.crisisrules.model.ReadinessProfile.StrategyElement;
import io.crisisrules.model.Sector;
import io.crisisrules.model.Snapshot;
import io.crisisrules.rules.support.Engines;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The readiness audit ORG-01…ORG-05, with or without an incident. */
class ReadinessAuditRulesTest {
    private static final ReadinessProfile READY = new ReadinessProfile(EnumSet.allOf(KeywordKind.class),
            EnumSet.allOf(OwnerRole.class), true, true, EnumSet.allOf(StrategyElement.class),
            EnumSet.allOf(ComplaintChannel.class), EnumSet.allOf(RoiIndicator.class));

    private static Assessment audit(ReadinessProfile profile) {
        return Engines.defaults().evaluate(Snapshot.builder(
                new BrandContext("acme", Sector.RETAIL, List.of(), BrandContext.Reputation.NEUTRAL, profile)).build());
    }

    private static ReadinessGap gap(Assessment assessment, ReadinessGap.Kind kind) {
        return assessment.readinessGaps().stream().filter(g -> g.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " gap in " + assessment.readinessGaps()));
    }

    @Test
    void a_ready_organisation_has_no_gap_and_no_profile_means_no_audit() {
        assertThat(audit(READY).readinessGaps()).isEmpty();
        assertThat(audit(null).readinessGaps()).isEmpty();
    }

    @Test
    void ORG_01_keywords_not_monitored_are_a_gap() {
        Assessment assessment = audit(new ReadinessProfile(Set.of(KeywordKind.BRAND, KeywordKind.PRODUCT),
                READY.crisisTeam(), true, true, READY.socialMediaStrategy(), READY.crmCapturedChannels(),
                READY.roiIndicators()));

        ReadinessGap gap = gap(assessment, ReadinessGap.Kind.MONITORING);
        assertThat(gap.missing()).containsExactly("SLOGAN", "HASHTAG", "COMPETITOR");
        assertThat(gap.explanation().policyIds()).containsExactly("ORG-01");
        assertThat(assessment.readinessGaps()).hasSize(1);
    }

    @Test
    void ORG_02_a_crisis_team_without_its_four_roles_or_without_protocol_is_a_gap() {
        Assessment assessment = audit(new ReadinessProfile(READY.monitoredKeywords(),
                Set.of(OwnerRole.SPOKESPERSON, OwnerRole.CUSTOMER_SERVICE), false, true, READY.socialMediaStrategy(),
                READY.crmCapturedChannels(), READY.roiIndicators()));

        assertThat(gap(assessment, ReadinessGap.Kind.CRISIS_TEAM).missing())
                .containsExactly("COMMUNITY_MANAGER", "LAWYER", "MANAGEMENT");
        assertThat(gap(assessment, ReadinessGap.Kind.INTERNAL_PROTOCOL).explanation().policyIds())
                .containsExactly("ORG-02");
    }

    @Test
    void ORG_03_no_editorial_charter_or_an_incomplete_strategy_is_a_gap() {
        Assessment assessment = audit(new ReadinessProfile(READY.monitoredKeywords(), READY.crisisTeam(), true, false,
                Set.of(StrategyElement.TARGET, StrategyElement.PLATFORMS), READY.crmCapturedChannels(),
                READY.roiIndicators()));

        assertThat(gap(assessment, ReadinessGap.Kind.EDITORIAL_CHARTER).missing()).isEmpty();
        assertThat(gap(assessment, ReadinessGap.Kind.EDITORIAL_CHARTER).explanation().policyIds()).containsExactly("ORG-03");
        assertThat(gap(assessment, ReadinessGap.Kind.SOCIAL_MEDIA_STRATEGY).missing())
                .containsExactly("OBJECTIVES", "OWNER", "MEASUREMENT");
    }

    @Test
    void ORG_04_complaint_channels_the_crm_does_not_capture_are_a_gap() {
        Assessment assessment = audit(new ReadinessProfile(READY.monitoredKeywords(), READY.crisisTeam(), true, true,
                READY.socialMediaStrategy(), Set.of(ComplaintChannel.EMAIL, ComplaintChannel.WEB_FORM),
                READY.roiIndicators()));

        assertThat(gap(assessment, ReadinessGap.Kind.CRM_CAPTURE).missing())
                .containsExactly("STORE", "PHONE", "AFTER_SALES", "HOTLINE");
        assertThat(gap(assessment, ReadinessGap.Kind.CRM_CAPTURE).explanation().policyIds()).containsExactly("ORG-04");
    }

    @Test
    void ORG_05_undefined_roi_indicators_are_a_gap() {
        Assessment assessment = audit(new ReadinessProfile(READY.monitoredKeywords(), READY.crisisTeam(), true, true,
                READY.socialMediaStrategy(), READY.crmCapturedChannels(), Set.of()));

        assertThat(gap(assessment, ReadinessGap.Kind.ROI_INDICATORS).missing())
                .containsExactly("POSITIVE_MENTIONS", "FEWER_CRITICISMS", "FOLLOWERS", "COMMENTS");
    }

    @Test
    void gaps_come_in_a_stable_order() {
        Assessment assessment = audit(new ReadinessProfile(Set.of(), Set.of(), false, false, Set.of(), Set.of(),
                Set.of()));

        assertThat(assessment.readinessGaps()).extracting(ReadinessGap::kind)
                .containsExactly(ReadinessGap.Kind.values());
    }
}
