package io.crisisrules.rules;

import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.Harm;
import io.crisisrules.model.Incident;
import io.crisisrules.model.OwnerRole;
import io.crisisrules.model.PastCrisis;
import io.crisisrules.model.Relay;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Sector;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.model.TriggerOrigin;
import io.crisisrules.model.TypeOverride;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.Fixtures;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static io.crisisrules.model.CrisisType.Responsibility.ACCIDENTAL;
import static io.crisisrules.model.CrisisType.Responsibility.PREVENTABLE;
import static io.crisisrules.model.CrisisType.Responsibility.VICTIM;
import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Fixtures.labelled;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static io.crisisrules.rules.support.Plans.claim;
import static io.crisisrules.rules.support.Plans.complaint;
import static io.crisisrules.rules.support.Plans.kinds;
import static io.crisisrules.rules.support.Plans.majorBuzz;
import static io.crisisrules.rules.support.Plans.minorBuzz;
import static io.crisisrules.rules.support.Plans.only;
import static org.assertj.core.api.Assertions.assertThat;

/** The response strategies RSP-02…RSP-18: what the plan says for each kind of crisis. */
class ResponseStrategyRulesTest {
    private static final Duration FIRST = Duration.ofHours(4);
    private static final Duration SUBSTANTIVE = Duration.ofHours(24);

    private final RecordingListener recorder = new RecordingListener();

    private Assessment evaluate(Snapshot snapshot) {
        return Engines.recording(recorder).evaluate(snapshot);
    }

    private static Comment onInstagram(String id) {
        return new Comment(id, "author-" + id, Channel.INSTAGRAM, "", NOW.minus(Duration.ofMinutes(5)), Set.of(),
                Map.of(), null);
    }

    private static Snapshot internalError() {
        return snapshot().trigger(TriggerOrigin.EMPLOYEE).mentions(minorBuzz(Map.of())).build();
    }

    private static Snapshot productCriticism() {
        return snapshot().mentions(minorBuzz(Map.of(Topic.PRODUCT_QUALITY, 40L))).build();
    }

    private static Snapshot refutedAccusation() {
        return snapshot().claim(claim("c1", Claim.Status.REFUTED, true)).build();
    }

    private static Snapshot refutedHoax() {
        return snapshot().claim(claim("c1", Claim.Status.REFUTED, false)).build();
    }

    @Test
    void RSP_02_an_internal_error_is_acknowledged_with_an_apology_corrective_measures_and_a_transparent_report() {
        Assessment assessment = evaluate(internalError());

        assertThat(assessment.incident().orElseThrow().crisisType()).isEqualTo(CrisisType.INTERNAL_ERROR);
        assertThat(kinds(assessment)).contains(ActionKind.APOLOGISE, ActionKind.CORRECTIVE_MEASURES,
                ActionKind.TRANSPARENCY_REPORT);
        assertThat(only(assessment, ActionKind.APOLOGISE).explanation().policyIds()).contains("RSP-02");
        assertThat(only(assessment, ActionKind.APOLOGISE).due()).isEqualTo(NOW.plus(SUBSTANTIVE));
        assertThat(recorder.firedRuleStartingWith("RSP-02 An internal error is acknowledged")).isTrue();
    }

    @Test
    void RSP_03_a_product_criticism_is_investigated_fixed_compensated_and_improved() {
        Assessment assessment = evaluate(snapshot().mentions(minorBuzz(Map.of(Topic.PRODUCT_QUALITY, 40L)))
                .complaint(complaint("k1", Topic.PRODUCT_QUALITY, ComplaintStatus.OPEN)).build());

        Incident incident = assessment.incident().orElseThrow();
        assertThat(incident.crisisType()).isEqualTo(CrisisType.PRODUCT_SERVICE_CRITICISM);
        assertThat(incident.harms()).as("customers who complain lost something").containsExactly(Harm.Kind.SERVICE_LOSS);
        assertThat(kinds(assessment)).contains(ActionKind.INVESTIGATE, ActionKind.CORRECTIVE_MEASURES,
                ActionKind.OFFER_COMPENSATION, ActionKind.IMPROVE_QUALITY);
        assertThat(only(assessment, ActionKind.OFFER_COMPENSATION).owner()).isEqualTo(OwnerRole.CUSTOMER_SERVICE);
        assertThat(only(assessment, ActionKind.INVESTIGATE).due()).isEqualTo(NOW.plus(FIRST));
        assertThat(recorder.firedRuleStartingWith("RSP-03 A product or service criticism in which customers lost something is compensated")).isTrue();
    }

    @Test
    void RSP_03_RSP_16_nobody_is_compensated_where_nobody_lost_anything() {
        Assessment criticism = evaluate(productCriticism());
        Assessment gaffe = evaluate(internalError());
        Assessment statedNone = evaluate(snapshot().mentions(minorBuzz(Map.of(Topic.PRODUCT_QUALITY, 40L)))
                .complaint(complaint("k1", Topic.PRODUCT_QUALITY, ComplaintStatus.OPEN)).harm(Harm.NONE).build());

        assertThat(kinds(criticism)).contains(ActionKind.CORRECTIVE_MEASURES).doesNotContain(ActionKind.OFFER_COMPENSATION);
        assertThat(kinds(gaffe)).contains(ActionKind.APOLOGISE).doesNotContain(ActionKind.OFFER_COMPENSATION);
        assertThat(kinds(statedNone)).as("the host says nobody suffered anything")
                .doesNotContain(ActionKind.OFFER_COMPENSATION);
    }

    @Test
    void RSP_04_an_unfounded_accusation_gets_evidence_legal_review_and_transparency_but_never_an_apology() {
        Assessment assessment = evaluate(refutedAccusation());

        assertThat(assessment.incident().orElseThrow().crisisType()).isEqualTo(CrisisType.UNFOUNDED_ACCUSATION);
        ResponseAction evidence = only(assessment, ActionKind.PRESENT_EVIDENCE);
        assertThat(evidence.subject()).isEqualTo("c1");
        assertThat(evidence.donts()).contains(Guideline.APOLOGISE_FOR_WHAT_DID_NOT_HAPPEN);
        assertThat(evidence.explanation().policyIds()).contains("RSP-04", "RSP-16");
        assertThat(only(assessment, ActionKind.LEGAL_REVIEW).owner()).isEqualTo(OwnerRole.LAWYER);
        assertThat(kinds(assessment)).contains(ActionKind.TRANSPARENCY_REPORT)
                .doesNotContain(ActionKind.APOLOGISE, ActionKind.OFFER_COMPENSATION, ActionKind.CORRECTIVE_MEASURES);
    }

    @Test
    void RSP_05_a_hoax_shown_false_is_denied_clearly_with_positive_communication() {
        Assessment assessment = evaluate(refutedHoax());

        assertThat(assessment.incident().orElseThrow().crisisType()).isEqualTo(CrisisType.BAD_BUZZ);
        assertThat(only(assessment, ActionKind.DENY_RUMOUR).dos()).contains(Guideline.BE_CLEAR_AND_CONCISE);
        assertThat(kinds(assessment)).contains(ActionKind.POSITIVE_COMMUNICATION);
        assertThat(recorder.firedRuleStartingWith("RSP-05 A hoax or rumour shown false is denied")).isTrue();
    }

    @Test
    void RSP_05_a_bad_buzz_that_is_not_a_false_story_is_not_denied() {
        Assessment assessment = evaluate(snapshot().mentions(minorBuzz(Map.of())).build());

        assertThat(assessment.incident().orElseThrow().crisisType()).isEqualTo(CrisisType.BAD_BUZZ);
        assertThat(kinds(assessment)).contains(ActionKind.POSITIVE_COMMUNICATION).doesNotContain(ActionKind.DENY_RUMOUR);
    }

    @Test
    void RSP_06_humour_is_an_option_in_a_minor_validated_crisis_in_a_sector_that_allows_it() {
        Assessment assessment = evaluate(refutedHoax());

        ResponseAction humour = only(assessment, ActionKind.HUMOUR);
        assertThat(humour.donts()).contains(Guideline.TRIVIALISE_THE_MISTAKE);
        assertThat(humour.explanation().policyIds()).contains("RSP-06");
    }

    @Test
    void RSP_06_no_humour_in_a_major_crisis() {
        Assessment assessment = evaluate(snapshot().mentions(majorBuzz(Map.of())).build());

        assertThat(assessment.incident().orElseThrow().severity()).isEqualTo(Severity.MAJOR);
        assertThat(kinds(assessment)).doesNotContain(ActionKind.HUMOUR);
    }

    @Test
    void RSP_06_no_humour_when_people_were_harmed() {
        Assessment assessment = evaluate(snapshot().claim(claim("c1", Claim.Status.REFUTED, false))
                .complaint(complaint("k1", Topic.SAFETY, ComplaintStatus.OPEN)).build());

        assertThat(kinds(assessment)).doesNotContain(ActionKind.HUMOUR);
    }

    @Test
    void RSP_06_no_humour_in_a_sector_that_forbids_it_and_the_sectors_are_a_setting() {
        Snapshot bank = Snapshot.builder(BrandContext.of("bank", Sector.BANKING))
                .claim(claim("c1", Claim.Status.REFUTED, false)).build();
        assertThat(kinds(evaluate(bank))).doesNotContain(ActionKind.HUMOUR);

        Assessment allowed = Engines.defaults()
                .withSettings(Engines.defaults().settings().with("response.humourForbiddenSectors", "HEALTHCARE"))
                .evaluate(bank);
        assertThat(kinds(allowed)).contains(ActionKind.HUMOUR);
    }

    @Test
    void RSP_06_no_humour_while_a_claim_is_unverified() {
        Assessment assessment = evaluate(snapshot().claim(claim("c1", Claim.Status.UNVERIFIED, false)).build());

        assertThat(kinds(assessment)).doesNotContain(ActionKind.HUMOUR);
    }

    @Test
    void RSP_07_every_public_message_follows_the_universal_principles() {
        Assessment assessment = evaluate(productCriticism());

        List<ResponseAction> publicActions = assessment.actions().stream().filter(a -> a.channel().isPublic()).toList();
        assertThat(publicActions).isNotEmpty().allSatisfy(action -> {
            assertThat(action.dos()).contains(Guideline.RECOGNISE_PROBLEM, Guideline.SHOW_EMPATHY,
                    Guideline.BE_CLEAR_AND_CONCISE, Guideline.BE_TRANSPARENT, Guideline.KEEP_MONITORING);
            assertThat(action.donts()).contains(Guideline.DENY_OR_MINIMISE, Guideline.JUSTIFICATION_SPIRAL);
            assertThat(action.explanation().policyIds()).contains("RSP-07");
        });
        assertThat(assessment.actions().stream().filter(a -> !a.channel().isPublic()))
                .allSatisfy(action -> assertThat(action.explanation().policyIds()).doesNotContain("RSP-07"));
    }

    @Test
    void RSP_08_a_major_crisis_convenes_the_crisis_team_and_the_top_executive_speaks() {
        Assessment assessment = evaluate(snapshot().mentions(majorBuzz(Map.of(Topic.DELIVERY, 300L))).build());

        ResponseAction team = only(assessment, ActionKind.CONVENE_CRISIS_TEAM);
        assertThat(team.due()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(team.owner()).isEqualTo(OwnerRole.MANAGEMENT);
        assertThat(team.explanation().policyIds()).contains("RSP-08");
        ResponseAction executive = only(assessment, ActionKind.EXECUTIVE_STATEMENT);
        assertThat(executive.owner()).isEqualTo(OwnerRole.MANAGEMENT);
        assertThat(executive.dos()).contains(Guideline.EXECUTIVE_IN_PERSON);
        assertThat(executive.channel()).isEqualTo(Channel.X);
    }

    @Test
    void RSP_08_a_minor_crisis_does_not_mobilise_the_executive() {
        assertThat(kinds(evaluate(productCriticism())))
                .doesNotContain(ActionKind.CONVENE_CRISIS_TEAM, ActionKind.EXECUTIVE_STATEMENT);
    }

    @Test
    void RSP_09_repeated_questions_get_a_faq_and_every_public_message_is_the_same_everywhere() {
        Snapshot.Builder builder = snapshot().mentions(minorBuzz(Map.of(Topic.DELIVERY, 40L)));
        IntStream.range(0, 5).forEach(i -> builder.comment(labelled("q" + i, CommentLabel.QUESTION)));
        Assessment assessment = evaluate(builder.build());

        ResponseAction faq = only(assessment, ActionKind.PUBLISH_FAQ);
        assertThat(faq.channel()).isEqualTo(Channel.FAQ);
        assertThat(faq.dos()).contains(Guideline.SAME_MESSAGE_EVERYWHERE);
        assertThat(faq.explanation().policyIds()).contains("RSP-09");
        assertThat(only(assessment, ActionKind.FIRST_RESPONSE).channel()).isEqualTo(Channel.X);
    }

    @Test
    void RSP_09_public_actions_go_where_the_negative_reach_is_whatever_channel_the_comments_are_on() {
        Snapshot.Builder builder = snapshot().mentions(minorBuzz(Map.of(Topic.DELIVERY, 40L)));
        IntStream.range(0, 5).forEach(i -> builder.comment(onInstagram("i" + i)));
        Assessment assessment = evaluate(builder.build());

        assertThat(only(assessment, ActionKind.FIRST_RESPONSE).channel()).isEqualTo(Channel.X);
        assertThat(recorder.count("RSP-09 The crisis is where the most negative reach is, else where the most comments are"))
                .as("the venue is inferred once per evaluation").isEqualTo(1);
    }

    @Test
    void RSP_09_when_listening_does_not_say_where_public_actions_go_where_the_comments_are() {
        Snapshot.Builder builder = snapshot().trigger(TriggerOrigin.EMPLOYEE)
                .mentions(Fixtures.mentions(null, 100, 60, 1_000, 100, 0.2, Map.of()));
        IntStream.range(0, 3).forEach(i -> builder.comment(onInstagram("i" + i)));
        builder.comment(labelled("x1"));
        Assessment assessment = evaluate(builder.build());

        assertThat(only(assessment, ActionKind.APOLOGISE).channel()).isEqualTo(Channel.INSTAGRAM);
    }

    @Test
    void RSP_09_a_few_questions_do_not_need_a_faq() {
        Assessment assessment = evaluate(snapshot().mentions(minorBuzz(Map.of(Topic.DELIVERY, 40L)))
                .comment(labelled("q1", CommentLabel.QUESTION)).build());

        assertThat(kinds(assessment)).doesNotContain(ActionKind.PUBLISH_FAQ);
    }

    @Test
    void RSP_10_every_action_names_its_owner_and_the_lawyer_reviews_accusations_and_legal_exposure() {
        Assessment accused = evaluate(snapshot().claim(claim("c1", Claim.Status.CONFIRMED, true)).build());
        assertThat(accused.actions()).allSatisfy(action -> assertThat(action.owner()).isNotNull());
        assertThat(only(accused, ActionKind.LEGAL_REVIEW).owner()).isEqualTo(OwnerRole.LAWYER);

        Assessment legal = evaluate(snapshot().mentions(minorBuzz(Map.of(Topic.LEGAL, 40L))).build());
        assertThat(only(legal, ActionKind.LEGAL_REVIEW).explanation().ruleNames())
                .contains("RSP-10 The lawyer reviews the legal exposure");
        assertThat(kinds(evaluate(productCriticism()))).doesNotContain(ActionKind.LEGAL_REVIEW);
    }

    @Test
    void RSP_11_a_critical_influencer_is_contacted_and_invited_to_test_the_improvement() {
        Assessment assessment = evaluate(snapshot().mentions(minorBuzz(Map.of(Topic.PRODUCT_QUALITY, 40L)))
                .relay(new Relay("@critic", Relay.Kind.INFLUENCER, 80_000, true))
                .relay(new Relay("@fan", Relay.Kind.INFLUENCER, 80_000, false))
                .relay(new Relay("journalist@paper", Relay.Kind.JOURNALIST, 500_000, true))
                .build());

        ResponseAction contact = only(assessment, ActionKind.CONTACT_INFLUENCER);
        assertThat(contact.subject()).isEqualTo("@critic");
        assertThat(contact.dos()).contains(Guideline.INVITE_TO_TEST_THE_IMPROVEMENT);
        assertThat(contact.key()).isEqualTo("CONTACT_INFLUENCER/@critic");
    }

    @Test
    void RSP_11_a_critical_influencer_of_an_unverified_claim_or_a_refuted_one_is_not_offered_an_improved_product() {
        Snapshot unverified = snapshot().claim(claim("c1", Claim.Status.UNVERIFIED, true))
                .relay(new Relay("@critic", Relay.Kind.INFLUENCER, 80_000, true)).build();
        Snapshot refuted = snapshot().claim(claim("c1", Claim.Status.REFUTED, true))
                .relay(new Relay("@critic", Relay.Kind.INFLUENCER, 80_000, true)).build();

        for (Snapshot snapshot : List.of(unverified, refuted)) {
            ResponseAction contact = only(evaluate(snapshot), ActionKind.CONTACT_INFLUENCER);
            assertThat(contact.subject()).isEqualTo("@critic");
            assertThat(contact.dos()).contains(Guideline.BE_TRANSPARENT)
                    .doesNotContain(Guideline.INVITE_TO_TEST_THE_IMPROVEMENT);
            assertThat(contact.explanation().ruleNames())
                    .containsExactly("RSP-11 A critical influencer is contacted for a constructive dialogue on the facts");
        }
    }

    @Test
    void RSP_12_complaints_are_resolved_first_before_any_public_message() {
        Assessment assessment = evaluate(snapshot().mentions(minorBuzz(Map.of(Topic.DELIVERY, 40L)))
                .complaint(complaint("k1", Topic.DELIVERY, ComplaintStatus.OPEN))
                .complaint(complaint("k2", Topic.DELIVERY, ComplaintStatus.RESOLVED)).build());

        ResponseAction first = assessment.actions().get(0);
        assertThat(first.kind()).isEqualTo(ActionKind.RESOLVE_COMPLAINTS);
        assertThat(first.channel()).isEqualTo(Channel.HELPDESK);
        assertThat(first.owner()).isEqualTo(OwnerRole.CUSTOMER_SERVICE);
        assertThat(first.donts()).contains(Guideline.BLUFF_CUSTOMERS);
        assertThat(recorder.firedRuleStartingWith("RSP-12")).isTrue();
    }

    @Test
    void RSP_12_solved_complaints_need_no_resolution_step() {
        Assessment assessment = evaluate(snapshot().mentions(minorBuzz(Map.of(Topic.DELIVERY, 40L)))
                .complaint(complaint("k1", Topic.DELIVERY, ComplaintStatus.RESOLVED)).build());

        assertThat(kinds(assessment)).doesNotContain(ActionKind.RESOLVE_COMPLAINTS);
    }

    @Test
    void RSP_15_instructing_and_adjusting_information_come_before_any_reputational_message() {
        for (Snapshot snapshot : List.of(internalError(), productCriticism(), refutedAccusation(), refutedHoax())) {
            List<ActionKind> plan = kinds(evaluate(snapshot));
            int instructing = plan.indexOf(ActionKind.INSTRUCTING_INFORMATION);
            int adjusting = plan.indexOf(ActionKind.ADJUSTING_INFORMATION);
            int firstReputational = IntStream.range(0, plan.size()).filter(i -> plan.get(i).isSubstantive())
                    .findFirst().orElseThrow();
            assertThat(instructing).as("%s", plan).isGreaterThanOrEqualTo(0).isLessThan(firstReputational);
            assertThat(adjusting).as("%s", plan).isGreaterThanOrEqualTo(0).isLessThan(firstReputational);
        }
        assertThat(only(evaluate(internalError()), ActionKind.INSTRUCTING_INFORMATION).explanation().policyIds())
                .contains("RSP-15");
    }

    @Test
    void RSP_15_adjusting_information_announces_a_correction_only_for_a_real_failure_not_for_an_unverified_claim() {
        for (Snapshot snapshot : List.of(internalError(), productCriticism())) {
            assertThat(only(evaluate(snapshot), ActionKind.ADJUSTING_INFORMATION).dos())
                    .contains(Guideline.SAY_WHAT_IS_CORRECTED);
        }
        Snapshot unverified = snapshot().claim(claim("c1", Claim.Status.UNVERIFIED, true)).build();
        for (Snapshot snapshot : List.of(unverified, refutedAccusation(), refutedHoax())) {
            ResponseAction adjusting = only(evaluate(snapshot), ActionKind.ADJUSTING_INFORMATION);
            assertThat(adjusting.dos()).contains(Guideline.SHOW_EMPATHY, Guideline.BE_TRANSPARENT)
                    .doesNotContain(Guideline.SAY_WHAT_IS_CORRECTED);
        }
    }

    @Test
    void RSP_15_instructing_information_comes_first_even_when_the_substantive_deadline_is_set_shorter() {
        Assessment assessment = Engines.defaults()
                .withSettings(Engines.defaults().settings().with("response.substantiveWithin", "1h"))
                .evaluate(internalError());

        assertThat(only(assessment, ActionKind.APOLOGISE).due())
                .isEqualTo(only(assessment, ActionKind.INSTRUCTING_INFORMATION).due());
        assertThat(kinds(assessment).indexOf(ActionKind.INSTRUCTING_INFORMATION))
                .isLessThan(kinds(assessment).indexOf(ActionKind.APOLOGISE));
    }

    @Test
    void RSP_16_responsibility_decides_the_strategy_family() {
        Assessment victim = evaluate(refutedHoax());
        assertThat(victim.incident().orElseThrow().responsibility()).isEqualTo(VICTIM);
        assertThat(kinds(victim)).contains(ActionKind.PRESENT_EVIDENCE, ActionKind.INSTRUCTING_INFORMATION)
                .doesNotContain(ActionKind.APOLOGISE, ActionKind.EXPLAIN_CIRCUMSTANCES);

        Assessment accidental = evaluate(productCriticism());
        assertThat(accidental.incident().orElseThrow().responsibility()).isEqualTo(ACCIDENTAL);
        assertThat(only(accidental, ActionKind.EXPLAIN_CIRCUMSTANCES).donts()).contains(Guideline.BLAME_CUSTOMERS);
        assertThat(kinds(accidental)).doesNotContain(ActionKind.APOLOGISE);

        Assessment preventable = evaluate(snapshot().trigger(TriggerOrigin.EMPLOYEE).mentions(minorBuzz(Map.of()))
                .harm(Harm.of(Harm.Kind.FINANCIAL_LOSS)).build());
        assertThat(preventable.incident().orElseThrow().responsibility()).isEqualTo(PREVENTABLE);
        assertThat(only(preventable, ActionKind.APOLOGISE).explanation().policyIds()).contains("RSP-02", "RSP-16");
        assertThat(only(preventable, ActionKind.OFFER_COMPENSATION).explanation().policyIds()).contains("RSP-16");
        assertThat(kinds(preventable)).doesNotContain(ActionKind.EXPLAIN_CIRCUMSTANCES);
    }

    @Test
    void RSP_17_a_similar_crisis_within_twelve_months_moves_an_accident_to_rebuilding() {
        BrandContext history = new BrandContext("acme", Sector.RETAIL,
                List.of(new PastCrisis(CrisisType.PRODUCT_SERVICE_CRITICISM, NOW.minus(Duration.ofDays(200)))),
                BrandContext.Reputation.NEUTRAL, null);
        Assessment assessment = evaluate(Snapshot.builder(history)
                .mentions(minorBuzz(Map.of(Topic.PRODUCT_QUALITY, 40L))).build());

        Incident incident = assessment.incident().orElseThrow();
        assertThat(incident.responsibility()).isEqualTo(PREVENTABLE);
        assertThat(incident.explanation().policyIds()).contains("RSP-17");
        assertThat(incident.cluster()).isEqualTo(ACCIDENTAL);
        assertThat(kinds(assessment)).as("rebuild on top of the explanation of the accident")
                .contains(ActionKind.APOLOGISE, ActionKind.EXPLAIN_CIRCUMSTANCES);
    }

    @Test
    void RSP_17_an_old_or_different_crisis_does_not_move_the_responsibility() {
        BrandContext history = new BrandContext("acme", Sector.RETAIL,
                List.of(new PastCrisis(CrisisType.PRODUCT_SERVICE_CRITICISM, NOW.minus(Duration.ofDays(400))),
                        new PastCrisis(CrisisType.BAD_BUZZ, NOW.minus(Duration.ofDays(30)))),
                BrandContext.Reputation.FAVOURABLE, null);
        Assessment assessment = evaluate(Snapshot.builder(history)
                .mentions(minorBuzz(Map.of(Topic.PRODUCT_QUALITY, 40L))).build());

        assertThat(assessment.incident().orElseThrow().responsibility()).isEqualTo(ACCIDENTAL);
    }

    @Test
    void RSP_17_an_unfavourable_reputation_moves_a_victim_to_diminishing() {
        BrandContext disliked = new BrandContext("acme", Sector.RETAIL, List.of(),
                BrandContext.Reputation.UNFAVOURABLE, null);
        Assessment assessment = evaluate(Snapshot.builder(disliked)
                .claim(claim("c1", Claim.Status.REFUTED, false)).build());

        assertThat(assessment.incident().orElseThrow().responsibility()).isEqualTo(ACCIDENTAL);
        assertThat(kinds(assessment)).contains(ActionKind.EXPLAIN_CIRCUMSTANCES, ActionKind.PRESENT_EVIDENCE)
                .doesNotContain(ActionKind.APOLOGISE);
    }

    @Test
    void RSP_18_when_the_claims_are_shown_false_compensation_is_withdrawn_and_denial_stays() {
        Assessment assessment = evaluate(snapshot()
                .typeOverride(new TypeOverride(null, CrisisType.PRODUCT_SERVICE_CRITICISM))
                .claim(claim("c1", Claim.Status.REFUTED, true)).build());

        assertThat(recorder.firedRuleStartingWith("RSP-18 A plan that shows the main claims are false")).isTrue();
        assertThat(kinds(assessment)).contains(ActionKind.PRESENT_EVIDENCE)
                .doesNotContain(ActionKind.OFFER_COMPENSATION, ActionKind.CORRECTIVE_MEASURES, ActionKind.APOLOGISE);
        assertThat(assessment.deadlines()).noneMatch(d -> d.kind() == ActionKind.OFFER_COMPENSATION);
    }

    @Test
    void RSP_18_a_house_rule_denial_is_withdrawn_when_the_plan_apologises() {
        RecordingListener houseRecorder = new RecordingListener();
        Assessment assessment = HouseRules.engine().withListener(houseRecorder).evaluate(internalError());

        assertThat(houseRecorder.firedRuleStartingWith("RSP-05 House rule")).isTrue();
        assertThat(houseRecorder.firedRuleStartingWith("RSP-18 A plan that apologises or compensates does not also deny"))
                .isTrue();
        assertThat(kinds(assessment)).contains(ActionKind.APOLOGISE).doesNotContain(ActionKind.DENY_RUMOUR);
    }

    @Test
    void a_marketing_failure_without_public_crisis_gets_no_public_strategy() {
        Assessment assessment = evaluate(snapshot().metric(Fixtures.againstBaseline(
                io.crisisrules.model.Metric.UNSUBSCRIBE_RATE, "newsletter", 0.01, 0.004)).build());

        assertThat(assessment.actions()).noneMatch(action -> action.kind().isSubstantive());
        assertThat(kinds(assessment)).doesNotContain(ActionKind.INSTRUCTING_INFORMATION, ActionKind.HUMOUR);
    }
}
