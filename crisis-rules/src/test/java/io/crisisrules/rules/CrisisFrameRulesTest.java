package io.crisisrules.rules;

import io.crisisrules.model.Claim;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.CrisisFrame;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.Harm;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.model.TriggerOrigin;
import io.crisisrules.model.TypeOverride;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.crisisrules.model.CrisisType.Responsibility.ACCIDENTAL;
import static io.crisisrules.model.CrisisType.Responsibility.PREVENTABLE;
import static io.crisisrules.model.CrisisType.Responsibility.VICTIM;
import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Fixtures.mentions;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static io.crisisrules.rules.support.Plans.minorBuzz;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SCCT frame of an incident (RSP-16) and the crisis type it makes (TYP-02, TYP-06): which
 * evidence frames a crisis, and which evidence outranks which.
 */
class CrisisFrameRulesTest {
    private final RecordingListener recorder = new RecordingListener();

    private static Claim claim(String id, Claim.Status status, Claim.Allegation allegation, Topic topic) {
        return new Claim(id, "statement " + id, topic, "@source", status, allegation, null);
    }

    private Incident incident(Snapshot.Builder snapshot) {
        return Engines.recording(recorder).evaluate(snapshot.build()).incident().orElseThrow();
    }

    @Test
    void RSP_16_a_confirmed_defect_or_outage_is_a_technical_error_accident_not_an_internal_error() {
        Incident defect = incident(snapshot().claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE,
                Topic.PRODUCT_QUALITY)));
        Incident legacyOutage = incident(snapshot().trigger(TriggerOrigin.TECHNICAL_FAILURE)
                .claim(new Claim("k1", "the network is down", Topic.WEBSITE_OUTAGE, "@users", Claim.Status.CONFIRMED, true)));

        assertThat(defect.frame()).isEqualTo(CrisisFrame.TECHNICAL_ERROR_ACCIDENT);
        assertThat(defect.crisisType()).isEqualTo(CrisisType.PRODUCT_SERVICE_CRITICISM);
        assertThat(defect.cluster()).isEqualTo(ACCIDENTAL);
        assertThat(legacyOutage.crisisType()).as("accusesBrand with an outage topic reads as a failure")
                .isEqualTo(CrisisType.PRODUCT_SERVICE_CRITICISM);
        assertThat(recorder.names()).contains("RSP-16 A confirmed failure with no human cause known is a technical-error accident");
    }

    @Test
    void RSP_16_a_failure_becomes_preventable_only_with_evidence_of_fault() {
        Incident negligence = incident(snapshot()
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.PRODUCT_QUALITY))
                .claim(claim("k2", Claim.Status.CONFIRMED, Claim.Allegation.NEGLIGENCE, Topic.SAFETY)));
        Incident employee = incident(snapshot().trigger(TriggerOrigin.EMPLOYEE)
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.DELIVERY)));
        Incident unverifiedNegligence = incident(snapshot()
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.PRODUCT_QUALITY))
                .claim(claim("k2", Claim.Status.UNVERIFIED, Claim.Allegation.NEGLIGENCE, null)));

        assertThat(negligence.frame()).as("a confirmed safety claim put people at risk").isEqualTo(CrisisFrame.HUMAN_ERROR_PRODUCT_HARM);
        assertThat(negligence.crisisType()).isEqualTo(CrisisType.INTERNAL_ERROR);
        assertThat(employee.cluster()).isEqualTo(PREVENTABLE);
        assertThat(recorder.names()).contains("TYP-06 A confirmed failure the brand's own people caused is a human-error accident");
        assertThat(unverifiedNegligence.cluster()).as("a side claim of negligence not validated yet").isEqualTo(ACCIDENTAL);
        assertThat(unverifiedNegligence.verification()).isEqualTo(io.crisisrules.model.VerificationStatus.CONFIRMED);
    }

    @Test
    void RSP_16_confirmed_misconduct_is_an_organisational_misdeed_and_an_offence_a_human_error() {
        Incident misdeed = incident(snapshot().claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.MISCONDUCT,
                Topic.ETHICS)));
        Incident offence = incident(snapshot().claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.OFFENCE,
                Topic.CAMPAIGN_MESSAGE)));

        assertThat(misdeed.frame()).isEqualTo(CrisisFrame.ORGANISATIONAL_MISDEED);
        assertThat(misdeed.crisisType()).isEqualTo(CrisisType.INTERNAL_ERROR);
        assertThat(offence.frame()).isEqualTo(CrisisFrame.HUMAN_ERROR_ACCIDENT);
        assertThat(offence.cluster()).isEqualTo(PREVENTABLE);
    }

    @Test
    void RSP_16_a_deliberate_choice_contested_on_values_is_a_challenge_a_bad_buzz_in_the_accidental_cluster() {
        Incident challenge = incident(snapshot().trigger(TriggerOrigin.OWN_COMMUNICATION)
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.STANCE, Topic.ETHICS)));

        assertThat(challenge.frame()).isEqualTo(CrisisFrame.CHALLENGE);
        assertThat(challenge.crisisType()).isEqualTo(CrisisType.BAD_BUZZ);
        assertThat(challenge.cluster()).isEqualTo(ACCIDENTAL);
        assertThat(recorder.names()).contains("RSP-16 A deliberate choice contested on values is a challenge");
    }

    @Test
    void RSP_16_an_attack_is_malevolence_in_the_victim_cluster_whether_confirmed_or_known_from_the_trigger() {
        Incident attack = incident(snapshot().claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.ATTACK, null)));
        Incident trigger = incident(snapshot().trigger(TriggerOrigin.MALICIOUS_ACT).mentions(minorBuzz(Map.of())));
        Incident tampered = incident(snapshot().trigger(TriggerOrigin.MALICIOUS_ACT)
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.SAFETY)));

        assertThat(attack.crisisType()).isEqualTo(CrisisType.MALEVOLENCE);
        assertThat(attack.cluster()).isEqualTo(VICTIM);
        assertThat(trigger.frame()).isEqualTo(CrisisFrame.MALEVOLENCE);
        assertThat(tampered.frame()).as("products failed because someone tampered with them").isEqualTo(CrisisFrame.MALEVOLENCE);
    }

    @Test
    void RSP_16_a_known_attack_talked_about_is_malevolence_before_any_public_signal_fires() {
        // people already talk about a product (topics) and a KPI fired, but no public signal yet: one
        // more negative mention must not turn product criticism into malevolence and lower the severity
        Snapshot.Builder quiet = snapshot().trigger(TriggerOrigin.MALICIOUS_ACT)
                .metric(new io.crisisrules.model.MetricObservation(io.crisisrules.model.Metric.ROI, "spring-sale",
                        io.crisisrules.model.ObservationPeriod.of(NOW.minus(java.time.Duration.ofDays(7)), java.time.Duration.ofDays(7)),
                        0.5, 1.0, null))
                .mentions(mentions(io.crisisrules.model.Channel.X, 0, 0, 20_000_000, 4_000_000, null,
                        Map.of(Topic.PRODUCT_DESIGN, 1L)));

        Incident incident = incident(quiet);

        assertThat(incident.frame()).isEqualTo(CrisisFrame.MALEVOLENCE);
        assertThat(incident.cluster()).isEqualTo(VICTIM);
    }

    @Test
    void RSP_16_a_false_story_spread_on_purpose_by_attackers_is_malevolence_but_a_false_accusation_stays_one() {
        Incident scam = incident(snapshot().trigger(TriggerOrigin.MALICIOUS_ACT)
                .claim(claim("k1", Claim.Status.REFUTED, Claim.Allegation.NONE, null)));
        Incident hoax = incident(snapshot().claim(claim("k1", Claim.Status.REFUTED, Claim.Allegation.NONE, null)));
        Incident fraud = incident(snapshot().trigger(TriggerOrigin.MALICIOUS_ACT)
                .claim(claim("k1", Claim.Status.REFUTED, Claim.Allegation.NEGLIGENCE, Topic.SAFETY)));

        assertThat(scam.crisisType()).isEqualTo(CrisisType.MALEVOLENCE);
        assertThat(scam.cluster()).isEqualTo(VICTIM);
        assertThat(hoax.crisisType()).isEqualTo(CrisisType.BAD_BUZZ);
        assertThat(fraud.crisisType()).isEqualTo(CrisisType.UNFOUNDED_ACCUSATION);
        assertThat(recorder.names()).contains("RSP-16 A false story spread on purpose by attackers is malevolence");
    }

    @Test
    void TYP_02_a_lawsuit_shown_unfounded_is_an_unfounded_accusation_framed_as_a_challenge() {
        Incident lawsuit = incident(snapshot()
                .claim(claim("k1", Claim.Status.REFUTED, Claim.Allegation.MISCONDUCT, Topic.LEGAL)));

        assertThat(lawsuit.crisisType()).isEqualTo(CrisisType.UNFOUNDED_ACCUSATION);
        assertThat(lawsuit.frame()).isEqualTo(CrisisFrame.CHALLENGE);
        assertThat(lawsuit.cluster()).isEqualTo(ACCIDENTAL);
    }

    @Test
    void RSP_16_a_natural_event_frames_a_natural_disaster() {
        Incident storm = incident(snapshot().trigger(TriggerOrigin.NATURAL_EVENT)
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.DELIVERY)));

        assertThat(storm.frame()).isEqualTo(CrisisFrame.NATURAL_DISASTER);
        assertThat(storm.cluster()).isEqualTo(VICTIM);
        assertThat(storm.crisisType()).isEqualTo(CrisisType.PRODUCT_SERVICE_CRITICISM);
    }

    @Test
    void RSP_16_an_error_that_endangered_people_is_framed_as_product_harm() {
        Incident harm = incident(snapshot().harm(Harm.of(Harm.Kind.INJURY))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.PRODUCT_QUALITY)));
        Incident human = incident(snapshot().trigger(TriggerOrigin.EMPLOYEE).harm(Harm.of(Harm.Kind.HEALTH_RISK))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.PRODUCT_QUALITY)));

        assertThat(harm.frame()).isEqualTo(CrisisFrame.TECHNICAL_ERROR_PRODUCT_HARM);
        assertThat(harm.cluster()).isEqualTo(ACCIDENTAL);
        assertThat(human.frame()).isEqualTo(CrisisFrame.HUMAN_ERROR_PRODUCT_HARM);
        assertThat(recorder.names()).contains("RSP-16 An error that endangers people through a product is a product-harm crisis");
    }

    @Test
    void TYP_06_a_confirmed_failure_of_the_brands_own_process_is_a_technical_error_until_a_human_error_is_shown() {
        Incident process = incident(snapshot().trigger(TriggerOrigin.INTERNAL_PROCESS).harm(Harm.of(Harm.Kind.HEALTH_RISK))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.PRODUCT_QUALITY)));
        Incident negligent = incident(snapshot().trigger(TriggerOrigin.INTERNAL_PROCESS)
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.NEGLIGENCE, Topic.PRODUCT_QUALITY)));
        Incident triggerOnly = incident(snapshot().trigger(TriggerOrigin.INTERNAL_PROCESS).mentions(minorBuzz(Map.of())));

        assertThat(process.frame()).isEqualTo(CrisisFrame.TECHNICAL_ERROR_PRODUCT_HARM);
        assertThat(negligent.cluster()).isEqualTo(PREVENTABLE);
        assertThat(triggerOnly.crisisType()).as("TYP-06 with no claim to say otherwise").isEqualTo(CrisisType.INTERNAL_ERROR);
    }

    @Test
    void RSP_16_a_suppliers_confirmed_fraud_is_an_accident_for_the_brand() {
        Incident fraud = incident(snapshot().trigger(TriggerOrigin.SUPPLIER)
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.MISCONDUCT, Topic.PRODUCT_QUALITY)));

        assertThat(fraud.frame()).isEqualTo(CrisisFrame.TECHNICAL_ERROR_ACCIDENT);
        assertThat(fraud.crisisType()).isEqualTo(CrisisType.PRODUCT_SERVICE_CRITICISM);
        assertThat(recorder.names()).contains("RSP-16 A supplier's confirmed fraud or negligence is an accident for the brand");
    }

    @Test
    void TYP_03_a_refuted_side_rumour_does_not_retype_a_confirmed_failure_as_a_hoax() {
        Incident incident = incident(snapshot()
                .claim(claim("main", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.DELIVERY).withRole(Claim.Role.MAIN))
                .claim(claim("side", Claim.Status.REFUTED, Claim.Allegation.NONE, null).withRole(Claim.Role.SIDE)));

        assertThat(incident.crisisType()).isEqualTo(CrisisType.PRODUCT_SERVICE_CRITICISM);
        assertThat(incident.verification()).isEqualTo(io.crisisrules.model.VerificationStatus.CONFIRMED);
    }

    @Test
    void TYP_02_the_validated_main_claim_outranks_the_trigger_and_the_trigger_an_unverified_claim() {
        Incident refuted = incident(snapshot().trigger(TriggerOrigin.EMPLOYEE)
                .claim(claim("k1", Claim.Status.REFUTED, Claim.Allegation.MISCONDUCT, null)));
        Incident unverified = incident(snapshot().trigger(TriggerOrigin.EMPLOYEE)
                .claim(claim("k1", Claim.Status.UNVERIFIED, Claim.Allegation.MISCONDUCT, null)));

        assertThat(refuted.crisisType()).isEqualTo(CrisisType.UNFOUNDED_ACCUSATION);
        assertThat(refuted.cluster()).isEqualTo(VICTIM);
        assertThat(unverified.crisisType()).isEqualTo(CrisisType.INTERNAL_ERROR);
        assertThat(unverified.verification()).isEqualTo(io.crisisrules.model.VerificationStatus.UNVERIFIED);
    }

    @Test
    void TYP_02_what_people_talk_about_frames_the_crisis_the_most_reported_topic_weighing_most() {
        Incident offensive = incident(snapshot()
                .mentions(mentions(io.crisisrules.model.Channel.X, 100, 60, 1_000, 100, 0.2,
                        Map.of(Topic.OFFENSIVE_REMARK, 80L, Topic.DELIVERY, 5L))));
        Incident delivery = incident(snapshot()
                .mentions(mentions(io.crisisrules.model.Channel.X, 100, 60, 1_000, 100, 0.2,
                        Map.of(Topic.OFFENSIVE_REMARK, 5L, Topic.DELIVERY, 80L))));
        Incident ethics = incident(snapshot()
                .mentions(mentions(io.crisisrules.model.Channel.X, 100, 60, 1_000, 100, 0.2, Map.of(Topic.ETHICS, 80L))));

        assertThat(offensive.crisisType()).isEqualTo(CrisisType.INTERNAL_ERROR);
        assertThat(delivery.crisisType()).isEqualTo(CrisisType.PRODUCT_SERVICE_CRITICISM);
        assertThat(ethics.frame()).isEqualTo(CrisisFrame.CHALLENGE);
    }

    @Test
    void TYP_02_complaints_without_a_topic_are_criticism_of_products_or_services() {
        Incident incident = incident(snapshot().mentions(minorBuzz(Map.of()))
                .complaint(new Complaint("k1", "c1", ComplaintChannel.PHONE, ComplaintStatus.OPEN, NOW.minusSeconds(60), null)));

        assertThat(incident.crisisType()).isEqualTo(CrisisType.PRODUCT_SERVICE_CRITICISM);
        assertThat(recorder.names()).contains("TYP-02 Complaints with no topic recorded are criticism of products or services");
    }

    @Test
    void a_host_override_of_the_frame_sets_the_type_and_one_of_the_type_keeps_an_agreeing_frame() {
        Incident framed = incident(snapshot().mentions(minorBuzz(Map.of(Topic.DELIVERY, 50L)))
                .typeOverride(new TypeOverride(null, null, CrisisFrame.ORGANISATIONAL_MISDEED)));
        Incident typed = incident(snapshot().harm(Harm.of(Harm.Kind.INJURY))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.PRODUCT_QUALITY))
                .typeOverride(new TypeOverride(null, CrisisType.PRODUCT_SERVICE_CRITICISM)));
        Incident retyped = incident(snapshot().mentions(minorBuzz(Map.of(Topic.DELIVERY, 50L)))
                .typeOverride(new TypeOverride(null, CrisisType.MALEVOLENCE)));

        assertThat(framed.crisisType()).isEqualTo(CrisisType.INTERNAL_ERROR);
        assertThat(framed.cluster()).isEqualTo(PREVENTABLE);
        assertThat(typed.frame()).isEqualTo(CrisisFrame.TECHNICAL_ERROR_PRODUCT_HARM);
        assertThat(retyped.frame()).isEqualTo(CrisisFrame.MALEVOLENCE);
    }
}
