package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Harm;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.PublicStatement;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Metric;
import io.crisisrules.model.Incident.AggravatingFactor;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.PastCrisis;
import io.crisisrules.model.Relay;
import io.crisisrules.model.Sector;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.model.TriggerOrigin;
import io.crisisrules.model.TypeOverride;
import io.crisisrules.model.VerificationStatus;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Fixtures.againstBaseline;
import static io.crisisrules.rules.support.Fixtures.mentions;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Severity beyond the TYP-04 thresholds: aggravating factors (TYP-05) and re-evaluation without
 * flapping (TYP-07).
 */
class SeverityRulesTest {
    /** Negative reach per hour that TYP-04 sizes as minor, moderate and major by default. */
    private static final long MINOR = 10_000;
    private static final long MODERATE = 300_000;
    private static final long MAJOR = 5_000_000;

    private final RecordingListener recorder = new RecordingListener();

    /** A delivery complaint storm on X (a product/service criticism) of the given negative reach per hour. */
    private static Snapshot.Builder criticism(BrandContext brand, long negativeReachPerHour, Topic... extraTopics) {
        Map<Topic, Long> topics = new java.util.EnumMap<>(Topic.class);
        topics.put(Topic.DELIVERY, 50L);
        for (Topic topic : extraTopics) {
            topics.put(topic, 5L);
        }
        return Snapshot.builder(brand)
                .mentions(mentions(Channel.X, 100, 60, Math.max(2_000, 2 * negativeReachPerHour), negativeReachPerHour,
                        0.5, topics));
    }

    private static Snapshot.Builder criticism(long negativeReachPerHour, Topic... extraTopics) {
        return criticism(BrandContext.of("acme", Sector.RETAIL), negativeReachPerHour, extraTopics);
    }

    private static BrandContext brandWithHistory(PastCrisis... history) {
        return new BrandContext("acme", Sector.RETAIL, List.of(history), BrandContext.Reputation.NEUTRAL, null);
    }

    private static Relay journalist() {
        return new Relay("@reporter", Relay.Kind.JOURNALIST, 250_000, true);
    }

    private Incident incident(CrisisEngine engine, Snapshot.Builder snapshot) {
        return engine.evaluate(snapshot.build()).incident().orElseThrow();
    }

    private Incident incident(Snapshot.Builder snapshot) {
        return incident(Engines.recording(recorder), snapshot);
    }

    private static CrisisEngine withSetting(String key, String value) {
        return Engines.defaults().withSettings(Engines.defaults().settings().with(key, value));
    }

    // ---- TYP-05 aggravating factors ------------------------------------------------------------

    @Test
    void TYP_05_without_aggravating_factor_the_thresholds_alone_size_the_incident() {
        assertThat(incident(criticism(MINOR)).severity()).isEqualTo(Severity.MINOR);
        assertThat(incident(criticism(MODERATE)).severity()).isEqualTo(Severity.MODERATE);
        assertThat(recorder.firedRuleStartingWith("TYP-05")).isFalse();
    }

    @Test
    void TYP_05_people_hurt_or_put_at_risk_raise_a_minor_incident_to_moderate() {
        Incident injured = incident(criticism(MINOR).harm(Harm.of(Harm.Kind.INJURY)));
        Incident reported = incident(Engines.defaults(), criticism(MINOR).mentions(mentions(Channel.FACEBOOK, 40, 30,
                1_000, 500, 0.1, Map.of(Topic.SAFETY, 20L))));

        assertThat(injured.severity()).isEqualTo(Severity.MODERATE);
        assertThat(injured.aggravatingFactors()).containsExactly(AggravatingFactor.SAFETY_EXPOSURE);
        assertThat(injured.harms()).containsExactly(Harm.Kind.INJURY);
        assertThat(injured.explanation().policyIds()).contains("TYP-05");
        assertThat(recorder.names()).contains("TYP-05 Safety exposure raises the severity one level");
        assertThat(reported.aggravatingFactors()).as("safety reported severity.topicReportsMinimum times")
                .containsExactly(AggravatingFactor.SAFETY_EXPOSURE);
    }

    @Test
    void TYP_05_a_safety_topic_tagged_a_few_times_aggravates_nothing() {
        Incident incident = incident(criticism(MINOR, Topic.SAFETY));

        assertThat(incident.severity()).isEqualTo(Severity.MINOR);
        assertThat(incident.aggravatingFactors()).isEmpty();
        assertThat(incident.harms()).doesNotContain(Harm.Kind.HEALTH_RISK);
    }

    @Test
    void TYP_05_a_critical_regulator_or_exposed_personal_data_is_legal_exposure() {
        Incident regulator = incident(criticism(MODERATE)
                .relay(new Relay("cnil", Relay.Kind.REGULATOR, 0, true)));
        Incident data = incident(Engines.defaults(), criticism(MINOR).harm(Harm.of(Harm.Kind.PERSONAL_DATA)));

        assertThat(regulator.severity()).isEqualTo(Severity.MAJOR);
        assertThat(regulator.aggravatingFactors()).containsExactly(AggravatingFactor.LEGAL_EXPOSURE);
        assertThat(recorder.names()).contains("TYP-05 A regulator or an authority on the case raises the severity one level");
        assertThat(data.severity()).isEqualTo(Severity.MODERATE);
        assertThat(data.aggravatingFactors()).containsExactly(AggravatingFactor.LEGAL_EXPOSURE);
    }

    @Test
    void TYP_05_an_authority_on_the_case_is_legal_exposure_before_it_takes_a_position() {
        Incident investigated = incident(criticism(MODERATE).relay(new Relay("food-agency", Relay.Kind.REGULATOR, 0, false)));

        assertThat(investigated.severity()).isEqualTo(Severity.MAJOR);
        assertThat(investigated.aggravatingFactors()).containsExactly(AggravatingFactor.LEGAL_EXPOSURE);
    }

    @Test
    void TYP_04_reach_alone_makes_a_victim_crisis_in_which_nobody_suffered_moderate_at_most() {
        Claim hoax = new Claim("k1", "the brand is giving away vouchers", null, "@scam", Claim.Status.REFUTED,
                Claim.Allegation.NONE, null);
        Incident hoaxSeenByMillions = incident(criticism(MAJOR).claim(hoax));
        Incident hoaxThatHurt = incident(Engines.defaults(), criticism(MAJOR).claim(hoax).harm(Harm.of(Harm.Kind.INJURY)));
        Incident failureSeenByMillions = incident(Engines.defaults(), criticism(MAJOR));

        assertThat(hoaxSeenByMillions.cluster()).isEqualTo(CrisisType.Responsibility.VICTIM);
        assertThat(hoaxSeenByMillions.severity()).isEqualTo(Severity.MODERATE);
        assertThat(hoaxSeenByMillions.explanation().ruleNames())
                .contains("TYP-04 Reach alone makes a victim crisis in which nobody suffered moderate at most");
        assertThat(hoaxThatHurt.severity()).as("people hurt: the reach counts in full").isEqualTo(Severity.MAJOR);
        assertThat(failureSeenByMillions.cluster()).isNotEqualTo(CrisisType.Responsibility.VICTIM);
        assertThat(failureSeenByMillions.severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void TYP_04_a_victim_whose_customers_lost_the_service_is_not_capped_whatever_order_the_rules_fire_in() {
        // the harm comes from a chain of the same phase (a checked claim becomes a main claim, a confirmed
        // failure is a service loss): the cap must give way when that harm appears after it
        Claim outage = new Claim("k1", "the attack took the service down", Topic.WEBSITE_OUTAGE, "@press",
                Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, null);
        Snapshot.Builder attacked = criticism(MAJOR).trigger(TriggerOrigin.MALICIOUS_ACT).claim(outage);
        Incident byDefaults = incident(attacked);
        Incident withAHouseFile = incident(HouseRules.engine(), attacked);

        for (Incident incident : List.of(byDefaults, withAHouseFile)) {
            assertThat(incident.cluster()).isEqualTo(CrisisType.Responsibility.VICTIM);
            assertThat(incident.harms()).contains(Harm.Kind.SERVICE_LOSS);
            assertThat(incident.severity()).as("customers lost the service: the reach counts in full").isEqualTo(Severity.MAJOR);
            assertThat(incident.explanation().ruleNames())
                    .doesNotContain("TYP-04 Reach alone makes a victim crisis in which nobody suffered moderate at most");
        }
    }

    @Test
    void TYP_05_a_single_complaint_about_a_legal_topic_aggravates_nothing_but_legal_talk_in_numbers_does() {
        Complaint legal = new Complaint("c1", "customer-1", ComplaintChannel.EMAIL, ComplaintStatus.OPEN,
                NOW.minusSeconds(600), Topic.LEGAL);

        Incident one = incident(criticism(MODERATE).complaint(legal));
        Incident many = incident(Engines.defaults(), criticism(MODERATE, Topic.LEGAL).complaint(legal)
                .mentions(mentions(Channel.FACEBOOK, 40, 30, 1_000, 500, 0.1, Map.of(Topic.LEGAL, 25L))));

        assertThat(one.severity()).isEqualTo(Severity.MODERATE);
        assertThat(one.aggravatingFactors()).isEmpty();
        assertThat(many.severity()).isEqualTo(Severity.MAJOR);
        assertThat(many.aggravatingFactors()).containsExactly(AggravatingFactor.LEGAL_EXPOSURE);
    }

    @Test
    void TYP_05_only_critical_relays_reaching_beyond_the_brands_audience_raise_it_one_level() {
        Incident small = incident(criticism(MINOR).relay(journalist()));
        Incident star = incident(criticism(MINOR).relay(new Relay("@star", Relay.Kind.INFLUENCER, 2_000_000, true)));
        Incident friendly = incident(criticism(MINOR).relay(new Relay("@fan", Relay.Kind.INFLUENCER, 5_000_000, false)));
        Incident beyondAudience = incident(criticism(BrandContext.of("acme", Sector.RETAIL).withAudience(200_000), MINOR)
                .relay(journalist()));
        Incident withinAudience = incident(criticism(BrandContext.of("acme", Sector.RETAIL).withAudience(3_000_000), MINOR)
                .relay(new Relay("@star", Relay.Kind.INFLUENCER, 2_000_000, true)));

        assertThat(small.severity()).as("250,000 people, the brand's audience unknown").isEqualTo(Severity.MINOR);
        assertThat(star.severity()).isEqualTo(Severity.MODERATE);
        assertThat(star.aggravatingFactors()).containsExactly(AggravatingFactor.RELAYED_BY_JOURNALIST_OR_INFLUENCER);
        assertThat(friendly.aggravatingFactors()).as("a relay that does not criticise the brand").isEmpty();
        assertThat(beyondAudience.severity()).isEqualTo(Severity.MODERATE);
        assertThat(withinAudience.severity()).as("fewer people than the brand reaches itself").isEqualTo(Severity.MINOR);
        assertThat(recorder.names()).contains(
                "TYP-05 Critical relays with a wide audience raise the severity of a brand of unknown audience one level",
                "TYP-05 Critical relays reaching beyond the brand's own audience raise the severity one level");
    }

    @Test
    void TYP_05_a_partner_distancing_itself_raises_it_one_level() {
        Incident incident = incident(criticism(MINOR).relay(new Relay("big-retailer", Relay.Kind.PARTNER, 0, true)));

        assertThat(incident.severity()).isEqualTo(Severity.MODERATE);
        assertThat(incident.aggravatingFactors()).containsExactly(AggravatingFactor.PARTNER_DISTANCING);
    }

    @Test
    void TYP_05_negative_mentions_that_double_from_one_window_to_the_next_raise_it_one_level() {
        Snapshot.Builder growing = criticism(MINOR).mentions(new MentionStatistics(
                ObservationPeriod.of(NOW.minus(Duration.ofHours(2)), Duration.ofHours(1)), Channel.X, 40, 25, 500, 300,
                0.5, Map.of()));
        Snapshot.Builder steady = criticism(MINOR).mentions(new MentionStatistics(
                ObservationPeriod.of(NOW.minus(Duration.ofHours(2)), Duration.ofHours(1)), Channel.X, 80, 50, 500, 300,
                0.5, Map.of()));

        assertThat(incident(growing).aggravatingFactors()).containsExactly(AggravatingFactor.ACCELERATING);
        assertThat(incident(growing).severity()).isEqualTo(Severity.MODERATE);
        assertThat(incident(steady).aggravatingFactors()).as("60 an hour after 50").isEmpty();
        assertThat(recorder.names()).contains("TYP-05 Negative mentions growing fast raise the severity one level");
    }

    @Test
    void TYP_04_negative_mentions_in_numbers_on_three_channels_make_a_moderate_crisis() {
        Snapshot.Builder two = criticism(MINOR)
                .mentions(mentions(Channel.FACEBOOK, 100, 60, 1_000, 100, 0.5, Map.of()));
        Snapshot.Builder three = criticism(MINOR)
                .mentions(mentions(Channel.FACEBOOK, 100, 60, 1_000, 100, 0.5, Map.of()))
                .mentions(mentions(Channel.TIKTOK, 100, 50, 1_000, 100, 0.5, Map.of()));
        Snapshot.Builder thinThird = criticism(MINOR)
                .mentions(mentions(Channel.FACEBOOK, 100, 60, 1_000, 100, 0.5, Map.of()))
                .mentions(mentions(Channel.TIKTOK, 100, 49, 1_000, 100, 0.5, Map.of()));

        assertThat(incident(two).severity()).isEqualTo(Severity.MINOR);
        assertThat(incident(three).severity()).isEqualTo(Severity.MODERATE);
        assertThat(incident(three).aggravatingFactors()).isEmpty();
        assertThat(incident(thinThird).severity()).as("49 negative mentions, under the floor").isEqualTo(Severity.MINOR);
        assertThat(recorder.names()).contains("TYP-04 Negative mentions in numbers on several channels make a moderate crisis");
    }

    @Test
    void TYP_05_a_public_denial_of_what_is_now_confirmed_raises_it_one_level() {
        Claim defect = new Claim("defect", "the battery overheats", Topic.PRODUCT_QUALITY, "@tester",
                Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, null);
        Incident denied = incident(criticism(MINOR).claim(defect)
                .statement(new PublicStatement(NOW.minus(Duration.ofHours(5)), PublicStatement.Stance.DENIAL, "defect", Channel.X)));
        Incident explained = incident(criticism(MINOR).claim(defect)
                .statement(new PublicStatement(NOW.minus(Duration.ofHours(5)), PublicStatement.Stance.EXPLANATION, null, Channel.X)));

        assertThat(denied.severity()).isEqualTo(Severity.MODERATE);
        assertThat(denied.aggravatingFactors()).containsExactly(AggravatingFactor.EARLIER_DENIAL_CONTRADICTED);
        assertThat(explained.aggravatingFactors()).isEmpty();
    }

    @Test
    void TYP_05_the_same_type_of_crisis_within_twelve_months_raises_it_one_level() {
        Incident incident = incident(criticism(brandWithHistory(
                new PastCrisis(CrisisType.PRODUCT_SERVICE_CRITICISM, NOW.minus(Duration.ofDays(200)))), MINOR));

        assertThat(incident.crisisType()).isEqualTo(CrisisType.PRODUCT_SERVICE_CRITICISM);
        assertThat(incident.severity()).isEqualTo(Severity.MODERATE);
        assertThat(incident.aggravatingFactors()).containsExactly(AggravatingFactor.RECURRENCE);
        assertThat(recorder.names()).contains(
                "TYP-05 A crisis of the same type within the recurrence window raises the severity one level");
    }

    @Test
    void TYP_05_a_recurrence_aggravates_an_internal_error_framed_by_its_trigger_before_and_after_the_buzz() {
        BrandContext history = brandWithHistory(
                new PastCrisis(CrisisType.PRODUCT_SERVICE_CRITICISM, NOW.minus(Duration.ofDays(30))));
        Snapshot.Builder quiet = Snapshot.builder(history).trigger(TriggerOrigin.EMPLOYEE)
                .mentions(mentions(Channel.X, 100, 10, MINOR, MINOR, 0.2, Map.of(Topic.DELIVERY, 10L)))
                .metric(againstBaseline(Metric.ROI, "spring-sale", 0.5, 1.0));
        Snapshot.Builder louder = Snapshot.builder(history).trigger(TriggerOrigin.EMPLOYEE)
                .mentions(mentions(Channel.X, 100, 60, MINOR, MINOR, 0.2, Map.of(Topic.DELIVERY, 10L)))
                .metric(againstBaseline(Metric.ROI, "spring-sale", 0.5, 1.0));

        Incident before = incident(Engines.defaults(), quiet);
        Incident after = incident(Engines.defaults(), louder);

        assertThat(before.crisisType()).as("TYP-06: people talk about it, the internal trigger frames it")
                .isEqualTo(CrisisType.INTERNAL_ERROR);
        assertThat(before.severity()).isEqualTo(Severity.MODERATE);
        assertThat(before.aggravatingFactors()).containsExactly(AggravatingFactor.RECURRENCE);
        assertThat(after.crisisType()).as("louder buzz does not retype it").isEqualTo(CrisisType.INTERNAL_ERROR);
        assertThat(after.severity()).as("more negative mentions never lower the severity")
                .isEqualTo(Severity.MODERATE);
        assertThat(after.aggravatingFactors()).containsExactly(AggravatingFactor.RECURRENCE);
    }

    @Test
    void TYP_05_a_host_override_of_the_type_decides_which_past_crises_recur() {
        Incident incident = incident(criticism(brandWithHistory(
                        new PastCrisis(CrisisType.PRODUCT_SERVICE_CRITICISM, NOW.minus(Duration.ofDays(30)))), MINOR)
                .typeOverride(new TypeOverride(null, CrisisType.BAD_BUZZ)));

        assertThat(incident.severity()).isEqualTo(Severity.MINOR);
        assertThat(incident.aggravatingFactors()).isEmpty();
    }

    @Test
    void TYP_05_an_older_crisis_or_one_of_another_type_does_not_aggravate_and_the_window_is_a_setting() {
        BrandContext history = brandWithHistory(
                new PastCrisis(CrisisType.PRODUCT_SERVICE_CRITICISM, NOW.minus(Duration.ofDays(366))),
                new PastCrisis(CrisisType.INTERNAL_ERROR, NOW.minus(Duration.ofDays(30))));

        Incident incident = incident(criticism(history, MINOR));

        assertThat(incident.severity()).isEqualTo(Severity.MINOR);
        assertThat(incident.aggravatingFactors()).isEmpty();
        assertThat(incident(withSetting("severity.recurrenceWindow", "400d"), criticism(history, MINOR)).severity())
                .isEqualTo(Severity.MODERATE);
    }

    @Test
    void TYP_05_a_major_incident_stays_major_whatever_aggravates_it() {
        Incident incident = incident(criticism(MAJOR).harm(Harm.of(Harm.Kind.INJURY))
                .relay(new Relay("@star", Relay.Kind.INFLUENCER, 2_000_000, true)));

        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
        assertThat(incident.aggravatingFactors()).containsExactly(AggravatingFactor.SAFETY_EXPOSURE,
                AggravatingFactor.RELAYED_BY_JOURNALIST_OR_INFLUENCER);
    }

    @Test
    void TYP_05_several_factors_together_raise_the_severity_one_level_and_are_all_listed() {
        // POLICY.md: "Aggravating factors raise severity one level" (AggravationEvidence: however many)
        Claim defect = new Claim("defect", "the battery overheats", Topic.PRODUCT_QUALITY, "@tester",
                Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, null);
        Incident incident = incident(criticism(brandWithHistory(
                        new PastCrisis(CrisisType.PRODUCT_SERVICE_CRITICISM, NOW.minus(Duration.ofDays(30)))), MINOR)
                .harm(new Harm(java.util.Set.of(Harm.Kind.INJURY, Harm.Kind.PERSONAL_DATA), 50))
                .relay(new Relay("@star", Relay.Kind.INFLUENCER, 2_000_000, true))
                .relay(new Relay("big-retailer", Relay.Kind.PARTNER, 0, true))
                .mentions(new MentionStatistics(ObservationPeriod.of(NOW.minus(Duration.ofHours(2)), Duration.ofHours(1)),
                        Channel.X, 20, 10, 100, 50, 0.5, Map.of()))
                .claim(defect)
                .statement(new PublicStatement(NOW.minus(Duration.ofHours(5)), PublicStatement.Stance.DENIAL, null, null)));

        assertThat(incident.severity()).isEqualTo(Severity.MODERATE);
        assertThat(incident.aggravatingFactors()).containsExactly(AggravatingFactor.values());
        assertThat(incident.severity()).as("aggravating factors raise one level, however many").isEqualTo(Severity.MODERATE);
    }

    // ---- TYP-07 re-evaluation without flapping -------------------------------------------------

    private static Incident previous(IncidentStatus status, Severity severity, Instant downgradePendingSince) {
        return new Incident("acme-20260310T060000Z", "acme", NOW.minus(Duration.ofHours(3)), status,
                FailureType.OPERATIONAL, CrisisType.PRODUCT_SERVICE_CRITICISM,
                CrisisType.PRODUCT_SERVICE_CRITICISM.responsibility(), VerificationStatus.NOT_APPLICABLE, severity,
                List.of(), List.of(), downgradePendingSince, Explanation.NONE);
    }

    private static final String HOLD = "TYP-07 An incident keeps its severity until an improvement has held for a full window";

    @Test
    void TYP_07_a_major_incident_whose_evidence_eases_stays_major_and_starts_the_downgrade_clock() {
        Incident incident = incident(criticism(MODERATE)
                .previousIncident(previous(IncidentStatus.RESPONDING, Severity.MAJOR, null)));

        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
        assertThat(incident.downgradePendingSince()).isEqualTo(NOW);
        assertThat(incident.explanation().policyIds()).contains("TYP-07");
        assertThat(recorder.count(HOLD)).isEqualTo(1);
    }

    @Test
    void TYP_07_the_severity_is_held_until_the_improvement_has_held_for_the_downgrade_window() {
        Instant justShort = NOW.minus(Duration.ofHours(2)).plusSeconds(1);
        Instant heldLongEnough = NOW.minus(Duration.ofHours(2));

        Incident held = incident(criticism(MODERATE)
                .previousIncident(previous(IncidentStatus.RESPONDING, Severity.MAJOR, justShort)));
        Incident downgraded = incident(Engines.defaults(), criticism(MODERATE)
                .previousIncident(previous(IncidentStatus.RESPONDING, Severity.MAJOR, heldLongEnough)));

        assertThat(held.severity()).isEqualTo(Severity.MAJOR);
        assertThat(held.downgradePendingSince()).as("the clock keeps running").isEqualTo(justShort);
        assertThat(downgraded.severity()).isEqualTo(Severity.MODERATE);
        assertThat(downgraded.downgradePendingSince()).isNull();
        assertThat(downgraded.explanation().policyIds()).doesNotContain("TYP-07");
    }

    @Test
    void TYP_07_the_downgrade_window_is_a_setting() {
        Incident previous = previous(IncidentStatus.RESPONDING, Severity.MAJOR, NOW.minus(Duration.ofHours(1)));

        assertThat(incident(criticism(MODERATE).previousIncident(previous)).severity()).isEqualTo(Severity.MAJOR);
        assertThat(incident(withSetting("severity.downgradeAfter", "30m"), criticism(MODERATE)
                .previousIncident(previous)).severity()).isEqualTo(Severity.MODERATE);
        assertThat(incident(withSetting("severity.downgradeAfter", "0s"), criticism(MINOR)
                .previousIncident(previous(IncidentStatus.RESPONDING, Severity.MAJOR, null))).severity())
                .as("no window: the severity follows the evidence").isEqualTo(Severity.MINOR);
    }

    @Test
    void TYP_07_an_upgrade_is_immediate() {
        Incident incident = incident(criticism(MAJOR)
                .previousIncident(previous(IncidentStatus.ACKNOWLEDGED, Severity.MINOR, null)));

        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
        assertThat(incident.downgradePendingSince()).isNull();
        assertThat(recorder.firedRuleStartingWith(HOLD)).as("the hold at MINOR is below the evidence").isTrue();
    }

    @Test
    void TYP_07_evidence_back_at_the_held_level_stops_the_downgrade_clock() {
        Incident incident = incident(criticism(MAJOR)
                .previousIncident(previous(IncidentStatus.RESPONDING, Severity.MAJOR, NOW.minus(Duration.ofHours(1)))));

        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
        assertThat(incident.downgradePendingSince()).isNull();
    }

    @Test
    void TYP_07_a_resolved_incident_holds_no_severity() {
        Incident incident = incident(criticism(MINOR)
                .previousIncident(previous(IncidentStatus.RESOLVED, Severity.MAJOR, null)));

        assertThat(incident.severity()).isEqualTo(Severity.MINOR);
        assertThat(recorder.firedRuleStartingWith("TYP-07")).isFalse();
    }
}
