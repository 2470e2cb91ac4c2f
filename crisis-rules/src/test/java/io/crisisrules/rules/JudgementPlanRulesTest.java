package io.crisisrules.rules;

import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.Harm;
import io.crisisrules.model.Incident;
import io.crisisrules.model.PublicStatement;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Topic;
import io.crisisrules.model.TriggerOrigin;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static io.crisisrules.rules.support.Plans.kinds;
import static io.crisisrules.rules.support.Plans.majorBuzz;
import static io.crisisrules.rules.support.Plans.minorBuzz;
import static io.crisisrules.rules.support.Plans.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans that follow the revised judgement (issue 13): harm, victims, the brand's earlier
 * statements, the lawyer and the executive where the frame and severity call for them.
 */
class JudgementPlanRulesTest {
    private final RecordingListener recorder = new RecordingListener();

    private static Claim claim(String id, Claim.Status status, Claim.Allegation allegation, Topic topic) {
        return new Claim(id, "statement " + id, topic, "@source", status, allegation, null);
    }

    private Assessment evaluate(io.crisisrules.model.Snapshot.Builder snapshot) {
        return Engines.recording(recorder).evaluate(snapshot.build());
    }

    @Test
    void RSP_16_an_attack_that_harmed_people_is_handled_with_the_authorities_and_tells_people_how_to_stay_safe() {
        Assessment assessment = evaluate(snapshot().trigger(TriggerOrigin.MALICIOUS_ACT).mentions(majorBuzz(Map.of()))
                .harm(new Harm(java.util.Set.of(Harm.Kind.DEATH, Harm.Kind.INJURY), 12))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.ATTACK, Topic.SAFETY)));

        Incident incident = assessment.incident().orElseThrow();
        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
        assertThat(incident.crisisType()).isEqualTo(io.crisisrules.model.CrisisType.MALEVOLENCE);
        assertThat(kinds(assessment)).contains(ActionKind.COOPERATE_WITH_AUTHORITIES, ActionKind.EXECUTIVE_STATEMENT,
                        ActionKind.CORRECTIVE_MEASURES)
                .doesNotContain(ActionKind.POSITIVE_COMMUNICATION, ActionKind.DENY_RUMOUR, ActionKind.HUMOUR,
                        ActionKind.APOLOGISE);
        assertThat(only(assessment, ActionKind.INSTRUCTING_INFORMATION).dos()).contains(Guideline.SAY_HOW_TO_STAY_SAFE);
        assertThat(only(assessment, ActionKind.COOPERATE_WITH_AUTHORITIES).explanation().policyIds()).contains("RSP-16");
        assertThat(recorder.names()).contains(
                "RSP-16 A crime against the brand or its customers is handled with the police",
                "RSP-16 People endangered are protected with the health and safety authorities",
                "RSP-16 Products used to harm people are made safe again",
                "RSP-15 People endangered or exposed are told how to protect themselves");
    }

    @Test
    void RSP_16_a_hoax_someone_set_off_on_purpose_is_reported_to_the_police_and_denied() {
        Assessment assessment = evaluate(snapshot().trigger(TriggerOrigin.MALICIOUS_ACT).mentions(minorBuzz(Map.of()))
                .claim(claim("k1", Claim.Status.REFUTED, Claim.Allegation.FAILURE, Topic.SAFETY)));

        assertThat(assessment.incident().orElseThrow().crisisType()).isEqualTo(io.crisisrules.model.CrisisType.UNFOUNDED_ACCUSATION);
        assertThat(kinds(assessment)).contains(ActionKind.COOPERATE_WITH_AUTHORITIES, ActionKind.DENY_RUMOUR,
                ActionKind.PRESENT_EVIDENCE);
        assertThat(recorder.names()).contains("RSP-16 A crisis someone set off on purpose is reported to the police");
    }

    @Test
    void RSP_10_a_regulator_on_the_case_gets_the_brands_cooperation_and_the_lawyer() {
        Assessment assessment = evaluate(snapshot().mentions(minorBuzz(Map.of()))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.PRODUCT_QUALITY))
                .relay(new io.crisisrules.model.Relay("food-agency", io.crisisrules.model.Relay.Kind.REGULATOR, 0, false)));

        assertThat(kinds(assessment)).contains(ActionKind.COOPERATE_WITH_AUTHORITIES);
        assertThat(recorder.names()).contains("RSP-10 A regulator on the case gets the brand's cooperation");
    }

    @Test
    void RSP_16_customers_who_lost_something_in_an_accident_get_an_apology_that_blames_nobody() {
        Assessment assessment = evaluate(snapshot().trigger(TriggerOrigin.SUPPLIER).mentions(minorBuzz(Map.of()))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.DELIVERY))
                .claim(claim("k2", Claim.Status.REFUTED, Claim.Allegation.NEGLIGENCE, null).withRole(Claim.Role.SIDE)));

        assertThat(assessment.incident().orElseThrow().cluster()).isEqualTo(io.crisisrules.model.CrisisType.Responsibility.ACCIDENTAL);
        assertThat(only(assessment, ActionKind.APOLOGISE).donts()).contains(Guideline.BLAME_CUSTOMERS);
        assertThat(kinds(assessment)).contains(ActionKind.EXPLAIN_CIRCUMSTANCES, ActionKind.OFFER_COMPENSATION);
        assertThat(assessment.actions(ActionKind.DENY_RUMOUR)).as("the refuted side rumour is denied on its own")
                .singleElement().satisfies(denial -> assertThat(denial.subject()).isEqualTo("k2"));
        assertThat(recorder.names()).contains("RSP-16 Customers who lost something in an accident get an apology for it",
                "RSP-05 A refuted side rumour is denied beside the answer to the main facts");
    }

    @Test
    void RSP_08_a_major_hoax_convenes_the_team_and_the_top_executive_shows_the_evidence() {
        // reach alone makes a hoax that hurt nobody moderate (TYP-04); an authority on the case makes it major
        Assessment assessment = evaluate(snapshot().mentions(majorBuzz(Map.of()))
                .claim(claim("k1", Claim.Status.REFUTED, Claim.Allegation.NONE, null))
                .relay(new io.crisisrules.model.Relay("health-agency", io.crisisrules.model.Relay.Kind.REGULATOR, 0, false)));

        assertThat(assessment.incident().orElseThrow().severity()).isEqualTo(Severity.MAJOR);
        assertThat(kinds(assessment)).contains(ActionKind.CONVENE_CRISIS_TEAM, ActionKind.DENY_RUMOUR,
                ActionKind.EXECUTIVE_STATEMENT).doesNotContain(ActionKind.HUMOUR);
    }

    @Test
    void RSP_06_humour_is_kept_for_contained_crises_and_never_for_a_controversy_or_negligence() {
        Assessment moderateHoax = evaluate(snapshot().mentions(io.crisisrules.rules.support.Fixtures.mentions(
                        Channel.X, 100, 60, 400_000, 250_000, 0.2, Map.of()))
                .claim(claim("k1", Claim.Status.REFUTED, Claim.Allegation.NONE, null)));
        Assessment challenge = evaluate(snapshot().mentions(minorBuzz(Map.of()))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.STANCE, Topic.ETHICS)));
        Assessment negligence = evaluate(snapshot().mentions(minorBuzz(Map.of()))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.NEGLIGENCE, Topic.CAMPAIGN_MESSAGE)));
        Assessment minorHoax = evaluate(snapshot().mentions(minorBuzz(Map.of()))
                .claim(claim("k1", Claim.Status.REFUTED, Claim.Allegation.NONE, null)));

        assertThat(moderateHoax.incident().orElseThrow().severity()).isEqualTo(Severity.MODERATE);
        assertThat(kinds(moderateHoax)).doesNotContain(ActionKind.HUMOUR);
        assertThat(kinds(challenge)).doesNotContain(ActionKind.HUMOUR, ActionKind.APOLOGISE);
        assertThat(kinds(negligence)).doesNotContain(ActionKind.HUMOUR);
        assertThat(kinds(minorHoax)).contains(ActionKind.HUMOUR, ActionKind.DENY_RUMOUR);
    }

    @Test
    void RSP_02_an_internal_error_is_investigated_before_the_first_response() {
        Assessment assessment = evaluate(snapshot().mentions(minorBuzz(Map.of()))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.MISCONDUCT, Topic.LEGAL)));

        assertThat(only(assessment, ActionKind.INVESTIGATE).due()).isEqualTo(NOW.plus(Duration.ofHours(4)));
        assertThat(recorder.names()).contains("RSP-02 An internal error is investigated before it is corrected");
    }

    @Test
    void RSP_06_humour_is_never_offered_for_an_offence_even_a_small_one() {
        Assessment offence = evaluate(snapshot().mentions(minorBuzz(Map.of()))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.OFFENCE, Topic.CAMPAIGN_MESSAGE)));
        Assessment glitch = evaluate(snapshot().mentions(minorBuzz(Map.of()))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.WEBSITE_OUTAGE))
                .harm(Harm.of(Harm.Kind.SERVICE_LOSS)));

        assertThat(offence.incident().orElseThrow().severity()).isEqualTo(Severity.MINOR);
        assertThat(kinds(offence)).contains(ActionKind.APOLOGISE).doesNotContain(ActionKind.HUMOUR);
        assertThat(kinds(glitch)).as("a small outage that only cost people some time")
                .contains(ActionKind.HUMOUR, ActionKind.EXPLAIN_CIRCUMSTANCES, ActionKind.OFFER_COMPENSATION);
    }

    @Test
    void RSP_06_no_humour_when_people_lost_money() {
        Assessment assessment = evaluate(snapshot().mentions(minorBuzz(Map.of()))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.PRICING))
                .harm(Harm.of(Harm.Kind.FINANCIAL_LOSS)));

        assertThat(kinds(assessment)).contains(ActionKind.OFFER_COMPENSATION).doesNotContain(ActionKind.HUMOUR);
    }

    @Test
    void RSP_10_the_lawyer_reviews_misconduct_and_negligence_not_a_product_failure() {
        Assessment failure = evaluate(snapshot()
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.PRODUCT_QUALITY)));
        Assessment negligence = evaluate(snapshot()
                .claim(claim("k1", Claim.Status.UNVERIFIED, Claim.Allegation.NEGLIGENCE, Topic.SAFETY)));

        assertThat(kinds(failure)).doesNotContain(ActionKind.LEGAL_REVIEW);
        assertThat(kinds(negligence)).contains(ActionKind.LEGAL_REVIEW);
    }

    @Test
    void RSP_01_a_statement_already_made_is_a_first_response_given_and_an_apology_made() {
        Assessment assessment = evaluate(snapshot().trigger(TriggerOrigin.EMPLOYEE).mentions(minorBuzz(Map.of()))
                .statement(new PublicStatement(NOW.minus(Duration.ofHours(1)), PublicStatement.Stance.APOLOGY, null,
                        Channel.X)));

        assertThat(kinds(assessment)).doesNotContain(ActionKind.FIRST_RESPONSE, ActionKind.APOLOGISE)
                .contains(ActionKind.CORRECTIVE_MEASURES);
        assertThat(assessment.deadlineOf("FIRST_RESPONSE")).hasValueSatisfying(deadline -> {
            assertThat(deadline.sla()).isEqualTo(ActionDeadline.Sla.FULFILLED);
            assertThat(deadline.doneAt()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        });
        assertThat(assessment.deadlineOf("APOLOGISE").orElseThrow().sla()).isEqualTo(ActionDeadline.Sla.FULFILLED);
        assertThat(assessment.received().statements()).isEqualTo(1);
    }

    @Test
    void RSP_07_an_earlier_denial_of_what_is_now_confirmed_is_corrected_in_every_public_message() {
        Assessment assessment = evaluate(snapshot().mentions(minorBuzz(Map.of()))
                .claim(claim("k1", Claim.Status.CONFIRMED, Claim.Allegation.FAILURE, Topic.PRODUCT_QUALITY))
                .statement(new PublicStatement(NOW.minus(Duration.ofHours(3)), PublicStatement.Stance.DENIAL, "k1",
                        Channel.X)));

        assertThat(assessment.incident().orElseThrow().aggravatingFactors())
                .contains(Incident.AggravatingFactor.EARLIER_DENIAL_CONTRADICTED);
        assertThat(assessment.actions().stream().filter(a -> a.channel().isPublic())).isNotEmpty()
                .allSatisfy(action -> assertThat(action.dos()).contains(Guideline.CORRECT_EARLIER_DENIAL));
        assertThat(kinds(assessment)).doesNotContain(ActionKind.DENY_RUMOUR, ActionKind.PRESENT_EVIDENCE);
        assertThat(recorder.names()).contains(
                "RSP-07 An earlier denial of what is now confirmed is corrected in every public message");
    }

    @Test
    void RSP_16_the_harm_the_host_states_is_taken_as_stated() {
        Assessment none = evaluate(snapshot().mentions(minorBuzz(Map.of(Topic.SAFETY, 200L))).harm(Harm.NONE));
        Assessment stated = evaluate(snapshot().mentions(minorBuzz(Map.of()))
                .harm(new Harm(java.util.Set.of(Harm.Kind.PERSONAL_DATA), 40_000)));

        assertThat(none.incident().orElseThrow().harms()).as("nobody suffered anything, whatever the talk").isEmpty();
        assertThat(stated.incident().orElseThrow().harms()).containsExactly(Harm.Kind.PERSONAL_DATA);
        assertThat(stated.incident().orElseThrow().severity()).as("40,000 people affected, legal exposure")
                .isEqualTo(Severity.MAJOR);
    }
}
