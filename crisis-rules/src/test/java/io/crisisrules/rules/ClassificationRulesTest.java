package io.crisisrules.rules;

import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Metric;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Topic;
import io.crisisrules.model.TriggerOrigin;
import io.crisisrules.model.TypeOverride;
import io.crisisrules.model.VerificationStatus;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Fixtures.againstBaseline;
import static io.crisisrules.rules.support.Fixtures.mentions;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

class ClassificationRulesTest {
    private final RecordingListener recorder = new RecordingListener();

    private static Claim claim(String id, Claim.Status status, boolean accusesBrand) {
        return new Claim(id, "the brand tests on animals", Topic.ETHICS, "@anonymous", status, accusesBrand);
    }

    private static Complaint complaint(String id, Topic topic) {
        return new Complaint(id, "customer-" + id, ComplaintChannel.HOTLINE, ComplaintStatus.OPEN,
                NOW.minusSeconds(3_600), topic);
    }

    @Test
    void DET_17_several_signals_make_one_incident_that_lists_them_all() {
        Assessment assessment = Engines.recording(recorder).evaluate(snapshot()
                .metric(againstBaseline(Metric.UNSUBSCRIBE_RATE, "newsletter", 0.01, 0.004))
                .metric(againstBaseline(Metric.UNSUBSCRIBE_RATE, "promotions", 0.02, 0.004))
                .build());

        assertThat(assessment.signals()).hasSize(2);
        assertThat(assessment.incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.signalKeys()).hasSize(2);
            assertThat(incident.explanation().policyIds()).contains("DET-17");
        });
        assertThat(recorder.count("DET-17 Warning signals of one brand raise a single incident")).isEqualTo(1);
    }

    @Test
    void no_signal_and_no_claim_means_no_incident() {
        Assessment assessment = Engines.defaults().evaluate(snapshot().complaint(complaint("c1", Topic.DELIVERY)).build());

        assertThat(assessment.incidents()).isEmpty();
    }

    @Test
    void TYP_01_delivery_topics_make_an_operational_failure_and_TYP_02_a_product_service_criticism() {
        Incident incident = Engines.recording(recorder).evaluate(snapshot()
                .mentions(mentions(Channel.X, 100, 60, 5_000, 3_000, 0.2, Map.of(Topic.DELIVERY, 80L)))
                .complaint(complaint("c1", Topic.DELIVERY))
                .build()).incident().orElseThrow();

        assertThat(incident.failureType()).isEqualTo(FailureType.OPERATIONAL);
        assertThat(incident.crisisType()).isEqualTo(CrisisType.PRODUCT_SERVICE_CRITICISM);
        assertThat(incident.responsibility()).isEqualTo(CrisisType.Responsibility.ACCIDENTAL);
        assertThat(recorder.names()).contains(
                "TYP-01 Delivery, customer-service or website problems are an operational failure",
                "TYP-02 Criticism of products or services is a product/service criticism crisis");
    }

    @Test
    void TYP_01_the_most_reported_failure_type_wins() {
        Incident incident = Engines.defaults().evaluate(snapshot()
                .mentions(mentions(Channel.X, 100, 60, 5_000, 3_000, 0.2,
                        Map.of(Topic.PRODUCT_QUALITY, 70L, Topic.DELIVERY, 20L)))
                .build()).incident().orElseThrow();

        assertThat(incident.failureType()).isEqualTo(FailureType.PRODUCT);
    }

    @Test
    void TYP_01_campaign_kpis_sliding_without_public_topics_are_a_campaign_failure_without_reputation_crisis() {
        Incident incident = Engines.defaults().evaluate(snapshot()
                .trigger(TriggerOrigin.OWN_COMMUNICATION)
                .metric(againstBaseline(Metric.UNSUBSCRIBE_RATE, "newsletter", 0.01, 0.004))
                .build()).incident().orElseThrow();

        assertThat(incident.failureType()).isEqualTo(FailureType.CAMPAIGN);
        assertThat(incident.crisisType()).isEqualTo(CrisisType.NONE);
        assertThat(incident.severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void TYP_03_an_unverified_claim_opens_an_unverified_incident_handled_as_a_rumour() {
        Incident incident = Engines.recording(recorder).evaluate(snapshot()
                .claim(claim("k1", Claim.Status.UNVERIFIED, true))
                .build()).incident().orElseThrow();

        assertThat(incident.verification()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(incident.crisisType()).isEqualTo(CrisisType.BAD_BUZZ);
        assertThat(recorder.names()).contains("TYP-03 A claim about the brand opens an incident to validate it",
                "TYP-03 A lone claim the host does not mark as a side claim is the main fact",
                "TYP-03 A main claim not validated yet is marked unverified");
    }

    @Test
    void TYP_03_an_unverified_side_claim_does_not_hold_back_a_confirmed_main_fact() {
        Incident incident = Engines.recording(recorder).evaluate(snapshot()
                .claim(claim("k1", Claim.Status.CONFIRMED, true))
                .claim(claim("k2", Claim.Status.UNVERIFIED, true))
                .build()).incident().orElseThrow();

        assertThat(incident.verification()).isEqualTo(VerificationStatus.CONFIRMED);
        assertThat(recorder.names()).contains("TYP-03 Among several unmarked claims the confirmed ones are the main facts")
                .doesNotContain("TYP-03 A main claim not validated yet is marked unverified");
    }

    @Test
    void TYP_03_an_unverified_claim_the_host_marks_main_keeps_the_incident_unverified_among_checked_ones() {
        Incident incident = Engines.recording(recorder).evaluate(snapshot()
                .claim(claim("k1", Claim.Status.CONFIRMED, false))
                .claim(claim("k2", Claim.Status.UNVERIFIED, true).withRole(Claim.Role.MAIN))
                .build()).incident().orElseThrow();

        assertThat(incident.verification()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(recorder.names()).contains("TYP-03 The claim the host marks as the main fact is a main claim");
    }

    @Test
    void TYP_03_several_unmarked_claims_none_confirmed_are_all_main_facts() {
        Incident incident = Engines.recording(recorder).evaluate(snapshot()
                .claim(claim("k1", Claim.Status.REFUTED, true))
                .claim(claim("k2", Claim.Status.UNVERIFIED, true))
                .build()).incident().orElseThrow();

        assertThat(incident.verification()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(recorder.names()).contains(
                "TYP-03 Among several unmarked claims none confirmed every unmarked claim is a main fact");
    }

    @Test
    void TYP_03_a_claim_marked_side_is_never_the_main_fact() {
        Incident incident = Engines.recording(recorder).evaluate(snapshot()
                .claim(claim("k1", Claim.Status.UNVERIFIED, true).withRole(Claim.Role.SIDE))
                .build()).incident().orElseThrow();

        assertThat(incident.verification()).isEqualTo(VerificationStatus.NOT_APPLICABLE);
        assertThat(recorder.names()).noneMatch(name -> name.contains("main fact"));
    }

    @Test
    void TYP_02_a_refuted_accusation_is_an_unfounded_accusation_and_a_refuted_hoax_a_bad_buzz() {
        Incident accusation = Engines.defaults().evaluate(snapshot()
                .claim(claim("k1", Claim.Status.REFUTED, true)).build()).incident().orElseThrow();
        Incident hoax = Engines.defaults().evaluate(snapshot()
                .claim(claim("k1", Claim.Status.REFUTED, false)).build()).incident().orElseThrow();

        assertThat(accusation.crisisType()).isEqualTo(CrisisType.UNFOUNDED_ACCUSATION);
        assertThat(accusation.verification()).isEqualTo(VerificationStatus.REFUTED);
        assertThat(hoax.crisisType()).isEqualTo(CrisisType.BAD_BUZZ);
    }

    @Test
    void TYP_06_a_public_crisis_with_an_internal_trigger_is_an_internal_error() {
        Incident incident = Engines.recording(recorder).evaluate(snapshot()
                .trigger(TriggerOrigin.EMPLOYEE)
                .mentions(mentions(Channel.X, 100, 60, 5_000, 3_000, 0.2, Map.of(Topic.OFFENSIVE_REMARK, 60L)))
                .build()).incident().orElseThrow();

        assertThat(incident.crisisType()).isEqualTo(CrisisType.INTERNAL_ERROR);
        assertThat(incident.responsibility()).isEqualTo(CrisisType.Responsibility.PREVENTABLE);
        assertThat(incident.failureType()).isEqualTo(FailureType.COMMUNICATION);
        assertThat(incident.cluster()).isEqualTo(CrisisType.Responsibility.PREVENTABLE);
        assertThat(recorder.firedRuleStartingWith("TYP-06 A public crisis started by the brand's own people")).isTrue();
    }

    @Test
    void TYP_06_a_refuted_claim_overrides_the_internal_trigger() {
        Incident incident = Engines.defaults().evaluate(snapshot()
                .trigger(TriggerOrigin.EMPLOYEE)
                .claim(claim("k1", Claim.Status.REFUTED, true))
                .build()).incident().orElseThrow();

        assertThat(incident.crisisType()).isEqualTo(CrisisType.UNFOUNDED_ACCUSATION);
    }

    @Test
    void TYP_06_a_confirmed_accusation_is_an_internal_error() {
        Incident incident = Engines.defaults().evaluate(snapshot()
                .claim(claim("k1", Claim.Status.CONFIRMED, true)).build()).incident().orElseThrow();

        assertThat(incident.crisisType()).isEqualTo(CrisisType.INTERNAL_ERROR);
        assertThat(incident.verification()).isEqualTo(VerificationStatus.CONFIRMED);
    }

    @Test
    void a_host_override_outranks_inferred_types() {
        Incident incident = Engines.defaults().evaluate(snapshot()
                .mentions(mentions(Channel.X, 100, 60, 5_000, 3_000, 0.2, Map.of(Topic.DELIVERY, 80L)))
                .typeOverride(new TypeOverride(FailureType.PRODUCT, CrisisType.INTERNAL_ERROR))
                .build()).incident().orElseThrow();

        assertThat(incident.failureType()).isEqualTo(FailureType.PRODUCT);
        assertThat(incident.crisisType()).isEqualTo(CrisisType.INTERNAL_ERROR);
    }

    @Test
    void TYP_04_negative_content_reaching_four_million_people_an_hour_is_major() {
        Incident incident = Engines.recording(recorder).evaluate(snapshot()
                .mentions(mentions(Channel.X, 50_000, 30_000, 8_000_000, 4_000_000, 0.2, Map.of()))
                .build()).incident().orElseThrow();

        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
        assertThat(recorder.names()).contains("TYP-04 Negative content reaching people at national scale makes a major crisis");
    }

    @Test
    void TYP_04_the_reach_of_every_channel_counts_together() {
        Incident incident = Engines.defaults().evaluate(snapshot()
                .mentions(mentions(Channel.X, 2_000, 1_200, 5_000_000, 2_500_000, 0.2, Map.of()))
                .mentions(mentions(Channel.FACEBOOK, 2_000, 1_200, 5_000_000, 1_500_000, 0.2, Map.of()))
                .build()).incident().orElseThrow();

        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void TYP_04_wide_reach_with_a_negative_majority_is_major() {
        Incident incident = Engines.defaults().evaluate(snapshot()
                .mentions(new io.crisisrules.model.MentionStatistics(
                        io.crisisrules.model.ObservationPeriod.of(NOW.minusSeconds(86_400 * 3), java.time.Duration.ofDays(3)),
                        Channel.X, 1_000, 500, 100_000_000, 60_000_000, 0.2, Map.of()))
                .build()).incident().orElseThrow();

        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void TYP_04_a_tenth_of_the_major_reach_per_hour_is_moderate_and_less_is_minor() {
        Incident moderate = Engines.defaults().evaluate(snapshot()
                .mentions(mentions(Channel.X, 100, 40, 400_000, 200_000, 0.2, Map.of()))
                .build()).incident().orElseThrow();
        Incident minor = Engines.defaults().evaluate(snapshot()
                .mentions(mentions(Channel.X, 100, 40, 400_000, 199_999, 0.2, Map.of()))
                .build()).incident().orElseThrow();

        assertThat(moderate.severity()).isEqualTo(Severity.MODERATE);
        assertThat(minor.severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void TYP_04_what_seed_001_calls_fast_1500_people_an_hour_is_minor_for_a_brand_of_unknown_size() {
        // potential impressions: a few accounts with a modest following
        Incident incident = Engines.defaults().evaluate(snapshot()
                .mentions(mentions(Channel.X, 100, 40, 3_000, 1_500, 0.2, Map.of()))
                .build()).incident().orElseThrow();

        assertThat(incident.severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void TYP_04_thresholds_come_from_the_settings() {
        Incident incident = Engines.defaults()
                .withSettings(Engines.defaults().settings().with("severity.majorNegativeReachPerHour", "100"))
                .evaluate(snapshot().mentions(mentions(Channel.X, 100, 40, 1_000, 150, 0.2, Map.of())).build())
                .incident().orElseThrow();

        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
    }
}
