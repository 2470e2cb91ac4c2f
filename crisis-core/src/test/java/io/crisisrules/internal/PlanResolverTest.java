package io.crisisrules.internal;

import io.crisisrules.facts.MessageGuidelines;
import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.HouseAction;
import io.crisisrules.model.OwnerRole;
import io.crisisrules.model.PublicStatement;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.RuleRef;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan resolver on evidence written by hand: no rule session, only merging, progress and deadlines. */
class PlanResolverTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final String INCIDENT = "acme-1";
    private static final RuleRef FIRST = new RuleRef("RSP-01 first response", List.of("RSP-01"));
    private static final RuleRef SECOND = new RuleRef("TYP-03 holding reply", List.of("TYP-03"));
    private static final RuleRef GUIDES = new RuleRef("RSP-07 universal principles", List.of("RSP-07"));
    private static final RuleRef ORGANISES = new RuleRef("RSP-08 crisis team", List.of("RSP-08"));

    /** Facts in insertion order, each with the rule that inserted it. */
    private final Map<Object, RuleRef> facts = new LinkedHashMap<>();

    private PlanResolverTest with(Object fact, RuleRef by) {
        facts.put(fact, by);
        return this;
    }

    private static ResponseAction action(ActionKind kind, Channel channel, Instant due, List<Guideline> dos) {
        return new ResponseAction(INCIDENT, kind, null, OwnerRole.SPOKESPERSON, channel, due, dos, List.of());
    }

    private PlanResolver.Plan resolve(List<ActionProgress> progress, List<PublicStatement> statements) {
        return PlanResolver.resolve(Evidence.of(facts), List.of(), progress, statements, NOW);
    }

    private PlanResolver.Plan resolve() {
        return resolve(List.of(), List.of());
    }

    private static ActionDeadline deadlineOf(PlanResolver.Plan plan, String key) {
        return plan.deadlines().stream().filter(d -> d.actionKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void two_rules_asking_for_one_action_make_one_with_the_earliest_deadline_every_guideline_and_both_rules() {
        with(action(ActionKind.FIRST_RESPONSE, Channel.FACEBOOK, NOW.plus(Duration.ofHours(4)),
                List.of(Guideline.SHOW_EMPATHY)), FIRST)
                .with(new ResponseAction(INCIDENT, ActionKind.FIRST_RESPONSE, null, OwnerRole.COMMUNITY_MANAGER,
                        Channel.X, NOW.plus(Duration.ofHours(1)), List.of(Guideline.BE_TRANSPARENT),
                        List.of(Guideline.JUSTIFICATION_SPIRAL)), SECOND);

        PlanResolver.Plan plan = resolve();

        assertThat(plan.outstanding()).singleElement().satisfies(merged -> {
            assertThat(merged.due()).isEqualTo(NOW.plus(Duration.ofHours(1)));
            // owner and channel come with the earliest deadline
            assertThat(merged.owner()).isEqualTo(OwnerRole.COMMUNITY_MANAGER);
            assertThat(merged.channel()).isEqualTo(Channel.X);
            assertThat(merged.dos()).containsExactlyInAnyOrder(Guideline.SHOW_EMPATHY, Guideline.BE_TRANSPARENT);
            assertThat(merged.donts()).containsExactly(Guideline.JUSTIFICATION_SPIRAL);
            assertThat(merged.explanation().rules()).containsExactlyInAnyOrder(FIRST, SECOND);
        });
        assertThat(plan.deadlines()).singleElement().extracting(ActionDeadline::due)
                .isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void actions_for_two_incidents_with_one_key_stay_two() {
        with(action(ActionKind.FIRST_RESPONSE, Channel.FACEBOOK, NOW.plus(Duration.ofHours(4)), List.of()), FIRST)
                .with(new ResponseAction("acme-2", ActionKind.FIRST_RESPONSE, null, OwnerRole.SPOKESPERSON,
                        Channel.FACEBOOK, NOW.plus(Duration.ofHours(4)), List.of(), List.of()), SECOND);

        assertThat(resolve().outstanding()).extracting(ResponseAction::incidentId).containsExactlyInAnyOrder(INCIDENT, "acme-2");
    }

    @Test
    void the_plan_does_not_depend_on_the_order_in_which_the_rules_inserted_their_facts() {
        List<Map.Entry<Object, RuleRef>> inserted = List.of(
                Map.entry(action(ActionKind.FIRST_RESPONSE, Channel.FACEBOOK, NOW.plus(Duration.ofHours(4)),
                        List.of(Guideline.SHOW_EMPATHY)), FIRST),
                Map.entry(action(ActionKind.FIRST_RESPONSE, Channel.FACEBOOK, NOW.plus(Duration.ofHours(4)),
                        List.of(Guideline.BE_TRANSPARENT)), SECOND),
                Map.entry(action(ActionKind.CONVENE_CRISIS_TEAM, Channel.INTERNAL, NOW.plus(Duration.ofHours(4)),
                        List.of()), ORGANISES),
                Map.entry(action(ActionKind.HOLDING_REPLY, Channel.FACEBOOK, NOW.plus(Duration.ofHours(1)), List.of()),
                        SECOND),
                Map.entry(new MessageGuidelines(List.of(Guideline.RECOGNISE_PROBLEM, Guideline.BE_CLEAR_AND_CONCISE),
                        List.of(Guideline.DENY_OR_MINIMISE)), GUIDES),
                Map.entry(new MessageGuidelines(List.of(Guideline.SAME_MESSAGE_EVERYWHERE, Guideline.RECOGNISE_PROBLEM),
                        List.of(Guideline.TAKE_POSITION_BEFORE_VALIDATION)), FIRST));
        PlanResolver.Plan expected = null;
        for (int round = 0; round < 2 * inserted.size(); round++) {
            List<Map.Entry<Object, RuleRef>> order = new ArrayList<>(inserted);
            if (round % 2 == 0) {
                Collections.rotate(order, round / 2);
            } else {
                Collections.reverse(order);
                Collections.rotate(order, round / 2);
            }
            facts.clear();
            order.forEach(entry -> with(entry.getKey(), entry.getValue()));
            PlanResolver.Plan plan = resolve();
            if (expected == null) {
                expected = plan;
            }
            assertThat(plan).as("inserted in the order %s", order).isEqualTo(expected);
        }
        // by deadline, then by the kinds' plan rank
        assertThat(expected.outstanding()).extracting(ResponseAction::kind).containsExactly(ActionKind.HOLDING_REPLY,
                ActionKind.CONVENE_CRISIS_TEAM, ActionKind.FIRST_RESPONSE);
    }

    @Test
    void the_guidelines_of_every_public_message_go_on_public_actions_only_with_their_rule() {
        with(action(ActionKind.FIRST_RESPONSE, Channel.FACEBOOK, NOW.plus(Duration.ofHours(4)), List.of()), FIRST)
                .with(action(ActionKind.CONVENE_CRISIS_TEAM, Channel.INTERNAL, NOW.plus(Duration.ofHours(4)), List.of()),
                        ORGANISES)
                .with(action(ActionKind.RESOLVE_COMPLAINTS, Channel.HELPDESK, NOW.plus(Duration.ofHours(4)), List.of()),
                        ORGANISES)
                .with(new MessageGuidelines(List.of(Guideline.RECOGNISE_PROBLEM), List.of(Guideline.DENY_OR_MINIMISE)),
                        GUIDES);

        Map<ActionKind, ResponseAction> byKind = new LinkedHashMap<>();
        resolve().outstanding().forEach(a -> byKind.put(a.kind(), a));

        ResponseAction published = byKind.get(ActionKind.FIRST_RESPONSE);
        assertThat(published.dos()).containsExactly(Guideline.RECOGNISE_PROBLEM);
        assertThat(published.donts()).containsExactly(Guideline.DENY_OR_MINIMISE);
        assertThat(published.explanation().rules()).containsExactlyInAnyOrder(FIRST, GUIDES);
        for (ActionKind internal : List.of(ActionKind.CONVENE_CRISIS_TEAM, ActionKind.RESOLVE_COMPLAINTS)) {
            assertThat(byKind.get(internal).dos()).as("%s", internal).isEmpty();
            assertThat(byKind.get(internal).donts()).as("%s", internal).isEmpty();
            assertThat(byKind.get(internal).explanation().rules()).as("%s", internal).containsExactly(ORGANISES);
        }
    }

    @Test
    void an_action_done_by_progress_leaves_the_plan_and_its_deadline_says_whether_it_was_in_time() {
        with(action(ActionKind.FIRST_RESPONSE, Channel.FACEBOOK, NOW.minus(Duration.ofHours(1)), List.of()), FIRST)
                .with(action(ActionKind.CONVENE_CRISIS_TEAM, Channel.INTERNAL, NOW.minus(Duration.ofHours(1)), List.of()),
                        ORGANISES)
                .with(action(ActionKind.LEGAL_REVIEW, Channel.INTERNAL, NOW.plus(Duration.ofHours(1)), List.of()),
                        ORGANISES);
        List<ActionProgress> progress = List.of(
                new ActionProgress(INCIDENT, "FIRST_RESPONSE", ActionProgress.State.PUBLISHED, NOW.minus(Duration.ofHours(2))),
                new ActionProgress(INCIDENT, "FIRST_RESPONSE", ActionProgress.State.COMPLETED, NOW.minus(Duration.ofHours(3))),
                new ActionProgress(INCIDENT, "CONVENE_CRISIS_TEAM", ActionProgress.State.COMPLETED, NOW.minus(Duration.ofMinutes(10))),
                // waiting for approval is not done; progress of another incident is not ours
                new ActionProgress(INCIDENT, "LEGAL_REVIEW", ActionProgress.State.APPROVAL_PENDING, NOW.minus(Duration.ofHours(2))),
                new ActionProgress("acme-0", "LEGAL_REVIEW", ActionProgress.State.COMPLETED, NOW.minus(Duration.ofHours(2))));

        PlanResolver.Plan plan = resolve(progress, List.of());

        assertThat(plan.outstanding()).extracting(ResponseAction::kind).containsExactly(ActionKind.LEGAL_REVIEW);
        ActionDeadline first = deadlineOf(plan, "FIRST_RESPONSE");
        assertThat(first.sla()).isEqualTo(ActionDeadline.Sla.FULFILLED);
        assertThat(first.doneAt()).as("the earliest record").isEqualTo(NOW.minus(Duration.ofHours(3)));
        assertThat(deadlineOf(plan, "CONVENE_CRISIS_TEAM").sla()).isEqualTo(ActionDeadline.Sla.FULFILLED_LATE);
        assertThat(deadlineOf(plan, "LEGAL_REVIEW").sla()).isEqualTo(ActionDeadline.Sla.ACTIVE);
        assertThat(deadlineOf(plan, "LEGAL_REVIEW").doneAt()).isNull();
    }

    @Test
    void an_action_not_done_is_active_until_its_deadline_then_breached() {
        with(action(ActionKind.FIRST_RESPONSE, Channel.FACEBOOK, NOW.minus(Duration.ofMinutes(1)), List.of()), FIRST)
                .with(action(ActionKind.CONVENE_CRISIS_TEAM, Channel.INTERNAL, NOW, List.of()), ORGANISES);

        PlanResolver.Plan plan = resolve();

        assertThat(deadlineOf(plan, "FIRST_RESPONSE").sla()).isEqualTo(ActionDeadline.Sla.BREACHED);
        assertThat(deadlineOf(plan, "CONVENE_CRISIS_TEAM").sla()).as("due now: not past yet")
                .isEqualTo(ActionDeadline.Sla.ACTIVE);
        assertThat(plan.outstanding()).hasSize(2);
    }

    @Test
    void what_the_brand_said_in_public_by_now_does_the_public_actions_it_fulfils_and_no_internal_one() {
        with(action(ActionKind.FIRST_RESPONSE, Channel.FACEBOOK, NOW.minus(Duration.ofHours(3)), List.of()), FIRST)
                .with(action(ActionKind.APOLOGISE, Channel.FACEBOOK, NOW.plus(Duration.ofHours(4)), List.of()), SECOND)
                .with(action(ActionKind.HOLDING_REPLY, Channel.INTERNAL, NOW.plus(Duration.ofHours(4)), List.of()), SECOND)
                .with(action(ActionKind.DENY_RUMOUR, Channel.FACEBOOK, NOW.plus(Duration.ofHours(4)), List.of()), SECOND);
        List<PublicStatement> statements = List.of(
                new PublicStatement(NOW.minus(Duration.ofMinutes(30)), PublicStatement.Stance.HOLDING, null, Channel.FACEBOOK),
                new PublicStatement(NOW.minus(Duration.ofHours(2)), PublicStatement.Stance.HOLDING, null, Channel.X),
                // said after the evaluation time: not done yet
                new PublicStatement(NOW.plus(Duration.ofMinutes(5)), PublicStatement.Stance.DENIAL, null, Channel.FACEBOOK));

        PlanResolver.Plan plan = resolve(List.of(), statements);

        // any statement is a first response: the earliest one did it, after its deadline
        ActionDeadline first = deadlineOf(plan, "FIRST_RESPONSE");
        assertThat(first.sla()).isEqualTo(ActionDeadline.Sla.FULFILLED_LATE);
        assertThat(first.doneAt()).isEqualTo(NOW.minus(Duration.ofHours(2)));
        // a holding statement does not apologise, does not do an internal task, and a later denial is not done yet
        assertThat(plan.outstanding()).extracting(ResponseAction::kind)
                .containsExactlyInAnyOrder(ActionKind.APOLOGISE, ActionKind.HOLDING_REPLY, ActionKind.DENY_RUMOUR);
    }

    @Test
    void progress_wins_over_a_statement_for_the_time_an_action_was_done() {
        with(action(ActionKind.FIRST_RESPONSE, Channel.FACEBOOK, NOW.plus(Duration.ofHours(1)), List.of()), FIRST);

        PlanResolver.Plan plan = resolve(
                List.of(new ActionProgress(INCIDENT, "FIRST_RESPONSE", ActionProgress.State.PUBLISHED, NOW.minus(Duration.ofMinutes(5)))),
                List.of(new PublicStatement(NOW.minus(Duration.ofHours(1)), PublicStatement.Stance.HOLDING, null, Channel.X)));

        assertThat(deadlineOf(plan, "FIRST_RESPONSE").doneAt()).isEqualTo(NOW.minus(Duration.ofMinutes(5)));
    }

    @Test
    void house_plan_actions_join_the_plan_like_any_other_action_without_message_guidelines() {
        HouseAction declared = new HouseAction("acme.safety-team", "safety team", "#safety", "Call the safety team.", "ACME-201");
        ResponseAction house = new ResponseAction(INCIDENT, ActionKind.HOUSE_ACTION, "acme.safety-team", OwnerRole.MANAGEMENT,
                Channel.INTERNAL, NOW.plus(Duration.ofHours(2)), List.of(), List.of(),
                new Explanation(List.of(new RuleRef("ACME-201 safety", List.of("ACME-201")))), declared);
        with(action(ActionKind.FIRST_RESPONSE, Channel.FACEBOOK, NOW.plus(Duration.ofHours(4)), List.of()), FIRST)
                .with(new MessageGuidelines(List.of(Guideline.RECOGNISE_PROBLEM), List.of()), GUIDES);

        PlanResolver.Plan plan = PlanResolver.resolve(Evidence.of(facts), List.of(house), List.of(), List.of(), NOW);

        assertThat(plan.outstanding()).extracting(ResponseAction::key)
                .containsExactly("HOUSE_ACTION/acme.safety-team", "FIRST_RESPONSE");
        ResponseAction joined = plan.outstanding().get(0);
        assertThat(joined.house()).isEqualTo(declared);
        assertThat(joined.dos()).as("an internal action gets no message guidelines").isEmpty();
        assertThat(joined.explanation()).isEqualTo(house.explanation());
        assertThat(deadlineOf(plan, "HOUSE_ACTION/acme.safety-team").sla()).isEqualTo(ActionDeadline.Sla.ACTIVE);
    }
}
