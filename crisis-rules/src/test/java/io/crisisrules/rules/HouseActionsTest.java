package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisRulesException;
import io.crisisrules.RuleCheck;
import io.crisisrules.RuleCompilationException;
import io.crisisrules.InvalidInputException;
import io.crisisrules.invariants.PolicyInvariants;
import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.Incident;
import io.crisisrules.model.OwnerRole;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.Fixtures;
import io.crisisrules.text.PlanTexts;
import io.crisisrules.model.HouseAction;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.moderation.OffenceHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import static io.crisisrules.rules.support.Fixtures.labelled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * House actions (issue 18, item 3): house rules attach declared labels to moderation decisions
 * without changing the action and add declared plan actions to an incident's plan, and an
 * undeclared key (or a label used as a plan action, or the reverse) is an error naming file and
 * line, or the rule.
 */
class HouseActionsTest {

    private static final HouseAction LEGAL_QUEUE = new HouseAction("acme.legal-queue", "Legal team", "zendesk:legal",
            "A legal threat or defamation claim: the legal team reviews it before anyone replies.", "ACME-101");

    private static final HouseAction SAFETY_TEAM = new HouseAction("acme.safety-team", "Safety team", "slack:#safety",
            "A safety claim: the safety team checks the product and the facts before the brand answers.", "ACME-102");
    private static final String SAFETY_RULE = "ACME-102 A safety claim goes to the safety team";

    /** An open incident with a claim about safety: the house rule ACME-102 fires. */
    private static final Snapshot SAFETY_CRISIS = Fixtures.snapshot()
            .mentions(Fixtures.mentions(Channel.X, 5_000, 3_100, 8_000_000, 5_000_000, null, java.util.Map.of()))
            .claim(new Claim("claim1", "unsafe batch", Topic.SAFETY, "@anon", Claim.Status.UNVERIFIED, true))
            .build();

    @TempDir
    Path folder;

    private static CrisisEngine house;

    /** @return the engine over {@link #houseActions()}, built once: compiling a rules folder takes seconds */
    private static synchronized CrisisEngine house() {
        if (house == null) {
            house = engine(houseActions());
        }
        return house;
    }

    private static CrisisEngine engine(Path rules) {
        return CrisisEngine.builder().rulesDirectory(rules).clock(Clock.fixed(Engines.NOW, ZoneOffset.UTC))
                .offenceHistory(OffenceHistory.none()).build();
    }

    private static String planRule(String name, String keyExpression) {
        return """
                package acme.response;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.HousePlanFinding;
                ruleflow-group "decision"

                rule "%s"
                    @policy("ACME-102")
                    @description("House rule: a safety claim goes to the safety team.")
                when
                    $incident : Incident(isOpen())
                    Claim(topic == Topic.SAFETY)
                then
                    insert(new HousePlanFinding($incident.id(), %s));
                end
                """.formatted(name, keyExpression);
    }

    static Path houseActions() {
        try {
            return Path.of(HouseActionsTest.class.getResource("/house-actions").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String relativePath, String text) throws IOException {
        io.crisisrules.rules.support.RuleFolders.write(folder, relativePath, text);
    }

    private static String labelRule(String keyExpression) {
        return """
                package acme.moderation;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.HouseLabelFinding;
                ruleflow-group "moderation"

                rule "ACME-101 Route defamation claims to the legal queue"
                    @policy("ACME-101")
                    @description("House rule: defamation goes to the legal queue.")
                when
                    Comment($id : id, hasLabel(CommentLabel.DEFAMATORY))
                then
                    insert(new HouseLabelFinding($id, %s));
                end
                """.formatted(keyExpression);
    }

    @Test
    void a_house_label_is_attached_to_the_decision_and_the_strictest_action_still_decides() {
        CrisisEngine engine = CrisisEngine.builder().rulesDirectory(houseActions())
                .offenceHistory(OffenceHistory.none()).build();

        List<ModerationDecision> decisions = engine.moderate(List.of(
                labelled("c1", CommentLabel.DEFAMATORY), labelled("c2", CommentLabel.CONSTRUCTIVE_CRITICISM)));

        assertThat(decisions).hasSize(2);
        ModerationDecision defamatory = decisions.get(0);
        assertThat(defamatory.action()).isEqualTo(ModerationAction.DELETE_AND_REPORT); // MOD-01, unchanged
        assertThat(defamatory.labels()).containsExactly(LEGAL_QUEUE);
        assertThat(defamatory.explanation().rules()).extracting(rule -> rule.name())
                .contains("ACME-101 Route defamation claims to the legal queue");
        assertThat(decisions.get(1).labels()).isEmpty();
    }

    @Test
    void the_default_rules_attach_no_label() {
        ModerationDecision decision = CrisisEngine.builder().offenceHistory(OffenceHistory.none()).build()
                .moderate(List.of(labelled("c1", CommentLabel.DEFAMATORY))).get(0);

        assertThat(decision.labels()).isEmpty();
    }

    @Test
    void a_literal_undeclared_key_fails_the_build_and_the_check_at_its_line() throws IOException {
        Files.copy(houseActions().resolve("house-actions.properties"), folder.resolve("house-actions.properties"));
        write("moderation/legal-queue.drl", labelRule("\"acme.legal-queu\""));
        String file = folder.resolve("moderation/legal-queue.drl").toString();

        assertThatThrownBy(() -> CrisisEngine.builder().rulesDirectory(folder).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error ->
                        assertThat(error.problems()).anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo(file);
                            assertThat(problem.line()).isEqualTo(12);
                            assertThat(problem.message()).contains("\"acme.legal-queu\"").contains("not declared")
                                    .contains("acme.legal-queue");
                        }));
        RuleCheck check = CrisisEngine.builder().rulesDirectory(folder).check();
        assertThat(check.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.line()).isEqualTo(12);
            assertThat(problem.message()).contains("acme.legal-queu");
        });
    }

    @Test
    void a_key_computed_at_run_time_and_undeclared_fails_the_call_naming_the_rule_and_the_key() throws IOException {
        Files.copy(houseActions().resolve("house-actions.properties"), folder.resolve("house-actions.properties"));
        write("moderation/legal-queue.drl", labelRule("\"acme.\" + \"legal\""));
        CrisisEngine engine = CrisisEngine.builder().rulesDirectory(folder).offenceHistory(OffenceHistory.none()).build();

        assertThatThrownBy(() -> engine.moderate(List.of(labelled("c1", CommentLabel.DEFAMATORY))))
                .isInstanceOf(CrisisRulesException.class)
                .hasMessageContaining("ACME-101 Route defamation claims to the legal queue")
                .hasMessageContaining("\"acme.legal\"").hasMessageContaining("not declared");
    }

    @Test
    void a_declaration_file_reports_every_problem_at_its_line() throws IOException {
        write("house-actions.properties", """
                acme.legal-queue.use = label
                acme.legal-queue.owner = Legal team
                acme.legal-queue.chanel = zendesk:legal
                Acme.Tag.use = label
                acme.notify.use = plan
                acme.notify.owner = Support
                acme.notify.channel = slack:#support
                acme.notify.text = Tell support
                acme.notify.policy = ACME-7
                acme.tag.use = tag
                acme.tag.owner = Support
                acme.tag.channel = zendesk:tag
                acme.tag.text = Tagged
                acme.tag.policy = acme_7
                """);
        write("moderation/legal-queue.drl", labelRule("\"acme.legal-queue\""));
        String file = folder.resolve("house-actions.properties").toString();

        RuleCheck check = CrisisEngine.builder().rulesDirectory(folder).check();

        assertThat(check.problems()).filteredOn(problem -> problem.file().equals(file))
                .extracting(problem -> problem.line() + ": " + problem.message())
                .anySatisfy(line -> assertThat(line).startsWith("3: ").contains("unknown field \"chanel\""))
                .anySatisfy(line -> assertThat(line).startsWith("4: ").contains("\"Acme.Tag\""))
                .anySatisfy(line -> assertThat(line).startsWith("1: ").contains("lacks channel, text, policy"))
                .anySatisfy(line -> assertThat(line).startsWith("5: ").contains("lacks role, within"))
                .anySatisfy(line -> assertThat(line).startsWith("10: ").contains("use must be label")
                        .contains("or plan").contains("\"tag\""))
                .anySatisfy(line -> assertThat(line).startsWith("14: ").contains("policy ID").contains("\"acme_7\""));
        // the rule's key is declared nowhere valid, so it is reported as well
        assertThat(check.problems()).anySatisfy(problem -> assertThat(problem.message()).contains("not declared"));
    }

    // --- plan actions ----------------------------------------------------------------------------

    @Test
    void a_house_plan_action_is_in_the_plan_owned_due_worded_and_explained_as_declared() {
        CrisisEngine engine = house();

        Assessment assessment = engine.evaluate(SAFETY_CRISIS);

        Incident incident = assessment.incident().orElseThrow();
        assertThat(assessment.actions(ActionKind.HOUSE_ACTION)).hasSize(1);
        ResponseAction action = assessment.actions(ActionKind.HOUSE_ACTION).get(0);
        assertThat(action.key()).isEqualTo("HOUSE_ACTION/acme.safety-team");
        assertThat(action.incidentId()).isEqualTo(incident.id());
        assertThat(action.subject()).isEqualTo("acme.safety-team");
        assertThat(action.house()).isEqualTo(SAFETY_TEAM);
        assertThat(action.owner()).isEqualTo(OwnerRole.MANAGEMENT);
        assertThat(action.channel()).isEqualTo(Channel.INTERNAL);
        assertThat(action.due()).isEqualTo(incident.detectedAt().plus(Duration.ofMinutes(90)));
        assertThat(action.dos()).isEmpty();
        assertThat(action.explanation().ruleNames()).containsExactly(SAFETY_RULE);
        assertThat(action.explanation().policyIds()).containsExactly("ACME-102");
        assertThat(PlanTexts.english().title(action)).isEqualTo(SAFETY_TEAM.text());
        assertThat(assessment.deadlineOf("HOUSE_ACTION/acme.safety-team")).hasValueSatisfying(deadline -> {
            assertThat(deadline.kind()).isEqualTo(ActionKind.HOUSE_ACTION);
            assertThat(deadline.due()).isEqualTo(action.due());
            assertThat(deadline.sla()).isEqualTo(ActionDeadline.Sla.ACTIVE);
        });
        assertThat(engine.houseActions()).containsOnlyKeys("acme.legal-queue", "acme.safety-team")
                .containsEntry("acme.safety-team", SAFETY_TEAM);
        assertThat(PolicyInvariants.check(PolicyInvariants.readOnly(), SAFETY_CRISIS, assessment, engine)).isEmpty();
        // the default rules add none
        assertThat(Engines.defaults().evaluate(SAFETY_CRISIS).actions(ActionKind.HOUSE_ACTION)).isEmpty();
        assertThat(Engines.defaults().houseActions()).isEmpty();
    }

    @Test
    void two_rules_asking_for_the_same_house_plan_action_make_one_action_naming_both() throws IOException {
        Files.copy(houseActions().resolve("house-actions.properties"), folder.resolve("house-actions.properties"));
        write("response/safety-team.drl", planRule(SAFETY_RULE, "\"acme.safety-team\""));
        write("response/safety-again.drl", planRule("ACME-102 Safety, asked again", "\"acme.safety-team\""));

        Assessment assessment = engine(folder).evaluate(SAFETY_CRISIS);

        assertThat(assessment.actions(ActionKind.HOUSE_ACTION)).singleElement().satisfies(action -> {
            assertThat(action.house()).isEqualTo(SAFETY_TEAM);
            assertThat(action.explanation().ruleNames()).containsExactlyInAnyOrder(SAFETY_RULE,
                    "ACME-102 Safety, asked again");
        });
    }

    @Test
    void a_plan_action_is_done_once_its_progress_key_is_recorded_and_a_typo_in_the_key_is_refused() {
        CrisisEngine engine = house();
        Incident incident = engine.evaluate(SAFETY_CRISIS).incident().orElseThrow();
        Snapshot.Builder continuing = SAFETY_CRISIS.toBuilder().previousIncident(incident);

        Assessment next = engine.evaluate(continuing.progress(new ActionProgress(incident.id(),
                "HOUSE_ACTION/acme.safety-team", ActionProgress.State.COMPLETED, Engines.NOW)).build());

        assertThat(next.actions(ActionKind.HOUSE_ACTION)).isEmpty();
        assertThat(next.deadlineOf("HOUSE_ACTION/acme.safety-team")).hasValueSatisfying(deadline ->
                assertThat(deadline.doneAt()).isEqualTo(Engines.NOW));

        Snapshot typo = SAFETY_CRISIS.toBuilder().previousIncident(incident).progress(new ActionProgress(incident.id(),
                "ESCALATE_OVERDUE/HOUSE_ACTION/acme.safty-team", ActionProgress.State.COMPLETED, Engines.NOW)).build();
        assertThatThrownBy(() -> engine.evaluate(typo))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("progress[0].actionKey");
                    assertThat(e).hasMessageContaining("declared: acme.safety-team")
                            .hasMessageEndingWith("but was \"ESCALATE_OVERDUE/HOUSE_ACTION/acme.safty-team\"");
                });
        // a label is no plan action: its key names nothing in a plan either
        Snapshot label = SAFETY_CRISIS.toBuilder().previousIncident(incident).progress(new ActionProgress(incident.id(),
                "HOUSE_ACTION/acme.legal-queue", ActionProgress.State.COMPLETED, Engines.NOW)).build();
        assertThatThrownBy(() -> engine.evaluate(label)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("house plan action");
    }

    // --- RSP-14 on house plan actions -----------------------------------------------------------

    private static final String HOUSE_KEY = "HOUSE_ACTION/acme.safety-team";
    private static final String RSP_14_OVERDUE = "RSP-14 An action past its deadline and not done is escalated to the crisis team";

    /** @return the incident of the safety crisis, detected at {@link Engines#NOW} */
    private static Incident safetyIncident() {
        return house().evaluate(SAFETY_CRISIS).incident().orElseThrow();
    }

    private static Assessment evaluateAt(java.time.Instant at, Snapshot snapshot) {
        return house().withClock(Clock.fixed(at, ZoneOffset.UTC)).evaluate(snapshot);
    }

    private static List<ResponseAction> escalationsOfTheHouseAction(Assessment assessment, ActionKind kind) {
        return assessment.actions(kind).stream().filter(action -> HOUSE_KEY.equals(action.subject())).toList();
    }

    @Test
    void RSP_14_an_overdue_house_plan_action_not_done_is_escalated_to_the_crisis_team() {
        Incident incident = safetyIncident();
        java.time.Instant later = incident.detectedAt().plus(Duration.ofHours(2)); // due after 1h30m

        Assessment assessment = evaluateAt(later, SAFETY_CRISIS.toBuilder().previousIncident(incident).build());

        assertThat(assessment.deadlineOf(HOUSE_KEY)).hasValueSatisfying(deadline ->
                assertThat(deadline.sla()).isEqualTo(ActionDeadline.Sla.BREACHED));
        assertThat(assessment.actions(ActionKind.HOUSE_ACTION)).singleElement()
                .satisfies(action -> assertThat(action.explanation().policyIds()).containsExactly("ACME-102"));
        assertThat(escalationsOfTheHouseAction(assessment, ActionKind.ESCALATE_OVERDUE)).singleElement()
                .satisfies(escalation -> {
                    assertThat(escalation.key()).isEqualTo("ESCALATE_OVERDUE/" + HOUSE_KEY);
                    assertThat(escalation.incidentId()).isEqualTo(incident.id());
                    assertThat(escalation.owner()).isEqualTo(OwnerRole.MANAGEMENT);
                    assertThat(escalation.channel()).isEqualTo(Channel.INTERNAL);
                    assertThat(escalation.due()).isEqualTo(later);
                    assertThat(escalation.house()).isNull();
                    assertThat(escalation.explanation().ruleNames()).containsExactly(RSP_14_OVERDUE);
                    assertThat(escalation.explanation().policyIds()).containsExactly("RSP-14");
                });
        assertThat(assessment.deadlineOf("ESCALATE_OVERDUE/" + HOUSE_KEY)).isPresent();
        assertThat(PolicyInvariants.check(PolicyInvariants.readOnly(), SAFETY_CRISIS, assessment, house())).isEmpty();
    }

    @Test
    void RSP_14_an_overdue_house_plan_action_a_moderation_rule_asked_for_is_escalated_too() throws IOException {
        Files.copy(houseActions().resolve("house-actions.properties"), folder.resolve("house-actions.properties"));
        write("moderation/safety-comments.drl", """
                package acme.moderation;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.HousePlanFinding;
                ruleflow-group "moderation"

                rule "ACME-102 A comment during a safety crisis goes to the safety team"
                    @policy("ACME-102")
                    @description("House rule: comments during an open incident with a safety claim go to the safety team.")
                when
                    $incident : Incident(isOpen())
                    Claim(topic == Topic.SAFETY)
                    exists Comment()
                then
                    insert(new HousePlanFinding($incident.id(), "acme.safety-team"));
                end
                """);
        CrisisEngine moderating = engine(folder);
        Snapshot withComment = SAFETY_CRISIS.toBuilder().comment(Fixtures.labelled("c1", CommentLabel.QUESTION)).build();
        Incident incident = moderating.evaluate(withComment).incident().orElseThrow();
        java.time.Instant later = incident.detectedAt().plus(Duration.ofHours(2)); // due after 1h30m

        Snapshot continued = withComment.toBuilder().previousIncident(incident).build();
        Assessment assessment = moderating.withClock(Clock.fixed(later, ZoneOffset.UTC)).evaluate(continued);

        assertThat(assessment.actions(ActionKind.HOUSE_ACTION)).singleElement()
                .satisfies(action -> assertThat(action.subject()).isEqualTo("acme.safety-team"));
        assertThat(escalationsOfTheHouseAction(assessment, ActionKind.ESCALATE_OVERDUE)).singleElement()
                .satisfies(escalation -> assertThat(escalation.explanation().ruleNames()).containsExactly(RSP_14_OVERDUE));
        assertThat(PolicyInvariants.check(PolicyInvariants.readOnly(), continued, assessment, moderating)).isEmpty();
    }

    @Test
    void RSP_14_a_house_plan_action_recorded_as_done_is_not_escalated_even_when_done_late() {
        Incident incident = safetyIncident();
        java.time.Instant later = incident.detectedAt().plus(Duration.ofHours(3));
        Snapshot done = SAFETY_CRISIS.toBuilder().previousIncident(incident).progress(new ActionProgress(incident.id(),
                HOUSE_KEY, ActionProgress.State.COMPLETED, incident.detectedAt().plus(Duration.ofHours(2)))).build();

        Assessment assessment = evaluateAt(later, done);

        assertThat(assessment.actions(ActionKind.HOUSE_ACTION)).isEmpty();
        assertThat(assessment.deadlineOf(HOUSE_KEY)).hasValueSatisfying(deadline ->
                assertThat(deadline.sla()).isEqualTo(ActionDeadline.Sla.FULFILLED_LATE));
        assertThat(escalationsOfTheHouseAction(assessment, ActionKind.ESCALATE_OVERDUE)).isEmpty();
        // our own overdue actions are escalated all the same
        assertThat(assessment.actions(ActionKind.ESCALATE_OVERDUE)).isNotEmpty();
    }

    @Test
    void RSP_14_a_house_plan_action_not_yet_due_is_not_escalated() {
        Incident incident = safetyIncident();
        java.time.Instant sooner = incident.detectedAt().plus(Duration.ofMinutes(80)); // due after 1h30m

        Assessment assessment = evaluateAt(sooner, SAFETY_CRISIS.toBuilder().previousIncident(incident).build());

        assertThat(assessment.actions(ActionKind.HOUSE_ACTION)).hasSize(1);
        assertThat(assessment.deadlineOf(HOUSE_KEY)).hasValueSatisfying(deadline ->
                assertThat(deadline.sla()).isEqualTo(ActionDeadline.Sla.ACTIVE));
        assertThat(escalationsOfTheHouseAction(assessment, ActionKind.ESCALATE_OVERDUE)).isEmpty();
        assertThat(escalationsOfTheHouseAction(assessment, ActionKind.ESCALATE_APPROVAL)).isEmpty();
    }

    @Test
    void RSP_14_an_approval_of_a_house_plan_action_that_would_come_after_its_deadline_is_escalated() {
        Incident incident = safetyIncident();
        java.time.Instant requested = incident.detectedAt().plus(Duration.ofMinutes(30)); // + approvalDelay 2h > 1h30m
        Snapshot pending = SAFETY_CRISIS.toBuilder().previousIncident(incident).progress(new ActionProgress(incident.id(),
                HOUSE_KEY, ActionProgress.State.APPROVAL_PENDING, requested)).build();

        Assessment assessment = evaluateAt(requested, pending);

        assertThat(escalationsOfTheHouseAction(assessment, ActionKind.ESCALATE_APPROVAL)).singleElement()
                .satisfies(escalation -> {
                    assertThat(escalation.due()).isEqualTo(requested);
                    assertThat(escalation.explanation().policyIds()).containsExactly("RSP-14");
                });
        assertThat(escalationsOfTheHouseAction(assessment, ActionKind.ESCALATE_OVERDUE)).isEmpty();
        // an internal action needs no holding reply: the plan has those it has without the pending approval
        Assessment withoutPending = evaluateAt(requested, SAFETY_CRISIS.toBuilder().previousIncident(incident).build());
        assertThat(assessment.actions(ActionKind.HOLDING_REPLY))
                .isEqualTo(withoutPending.actions(ActionKind.HOLDING_REPLY));
    }

    @Test
    void house_rules_see_a_house_plan_action_in_the_decision_phase_and_one_whose_finding_is_withdrawn_goes_with_its_escalation()
            throws IOException {
        write("house-actions.properties", Files.readString(houseActions().resolve("house-actions.properties")) + """
                acme.recall-desk.use = plan
                acme.recall-desk.role = MANAGEMENT
                acme.recall-desk.within = 1h
                acme.recall-desk.owner = Recall desk
                acme.recall-desk.channel = slack:#recall
                acme.recall-desk.text = The recall desk takes over from the safety team.
                acme.recall-desk.policy = ACME-103
                """);
        write("response/safety-team.drl", """
                package acme.response;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.HousePlanFinding;
                ruleflow-group "decision"

                rule "ACME-102 A safety claim goes to the safety team until the recall desk has it"
                    @policy("ACME-102")
                    @description("House rule: the safety team checks a safety claim unless the recall desk took it over.")
                when
                    $incident : Incident(isOpen())
                    Claim(topic == Topic.SAFETY)
                    not ResponseAction(incidentId == $incident.id(), kind == ActionKind.HOUSE_ACTION, subject == "acme.recall-desk")
                then
                    insertLogical(new HousePlanFinding($incident.id(), "acme.safety-team"));
                end

                rule "ACME-103 The safety team's action goes to the recall desk"
                    @policy("ACME-103")
                    @description("House rule: once the safety team has the claim, the recall desk takes it over.")
                when
                    $incident : Incident(isOpen())
                    ResponseAction(incidentId == $incident.id(), kind == ActionKind.HOUSE_ACTION, subject == "acme.safety-team")
                then
                    insert(new HousePlanFinding($incident.id(), "acme.recall-desk"));
                end
                """);
        CrisisEngine engine = engine(folder);
        Incident incident = engine.evaluate(SAFETY_CRISIS).incident().orElseThrow();
        java.time.Instant later = incident.detectedAt().plus(Duration.ofHours(2)); // both overdue

        Assessment assessment = engine.withClock(Clock.fixed(later, ZoneOffset.UTC))
                .evaluate(SAFETY_CRISIS.toBuilder().previousIncident(incident).build());

        assertThat(assessment.actions(ActionKind.HOUSE_ACTION)).singleElement().satisfies(action -> {
            assertThat(action.subject()).isEqualTo("acme.recall-desk");
            assertThat(action.explanation().policyIds()).containsExactly("ACME-103");
        });
        assertThat(assessment.actions(ActionKind.ESCALATE_OVERDUE)).extracting(ResponseAction::subject)
                .contains("HOUSE_ACTION/acme.recall-desk").doesNotContain(HOUSE_KEY);
        assertThat(assessment.deadlineOf(HOUSE_KEY)).isEmpty();
        assertThat(PolicyInvariants.check(PolicyInvariants.readOnly(), SAFETY_CRISIS, assessment, engine)).isEmpty();
    }

    @Test
    void a_house_rule_withdrawing_its_finding_because_of_its_own_action_fails_the_call_instead_of_looping()
            throws IOException {
        Files.copy(houseActions().resolve("house-actions.properties"), folder.resolve("house-actions.properties"));
        write("response/safety-team.drl", """
                package acme.response;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.HousePlanFinding;
                ruleflow-group "decision"

                rule "ACME-102 A safety claim goes to the safety team unless it has it"
                    @policy("ACME-102")
                    @description("House rule written wrong: it withdraws the action it asks for.")
                when
                    $incident : Incident(isOpen())
                    Claim(topic == Topic.SAFETY)
                    not ResponseAction(incidentId == $incident.id(), kind == ActionKind.HOUSE_ACTION)
                then
                    insertLogical(new HousePlanFinding($incident.id(), "acme.safety-team"));
                end
                """);

        assertThatThrownBy(() -> engine(folder).evaluate(SAFETY_CRISIS))
                .isInstanceOf(CrisisRulesException.class)
                .hasMessageContaining("did not settle").hasMessageContaining("acme.safety-team");
    }

    @Test
    void a_plan_declaration_needs_a_role_and_a_duration_and_a_label_has_neither_all_reported_at_their_lines()
            throws IOException {
        write("house-actions.properties", """
                acme.safety-team.use = plan
                acme.safety-team.owner = Safety team
                acme.safety-team.channel = slack:#safety
                acme.safety-team.text = Check it.
                acme.safety-team.policy = ACME-102
                acme.notify.use = plan
                acme.notify.role = BOSS
                acme.notify.within = 90 minutes
                acme.notify.owner = Support
                acme.notify.channel = slack:#support
                acme.notify.text = Tell support
                acme.notify.policy = ACME-103
                acme.legal-queue.use = label
                acme.legal-queue.role = LAWYER
                acme.legal-queue.within = 2h
                acme.legal-queue.owner = Legal team
                acme.legal-queue.channel = zendesk:legal
                acme.legal-queue.text = Legal reviews it.
                acme.legal-queue.policy = ACME-101
                acme.late.use = plan
                acme.late.role = LAWYER
                acme.late.within = -PT1H
                acme.late.owner = Legal team
                acme.late.channel = zendesk:legal
                acme.late.text = Too late.
                acme.late.policy = ACME-104
                """);
        write("response/safety-team.drl", planRule(SAFETY_RULE, "\"acme.safety-team\""));
        String file = folder.resolve("house-actions.properties").toString();

        RuleCheck check = CrisisEngine.builder().rulesDirectory(folder).check();

        assertThat(check.problems()).filteredOn(problem -> problem.file().equals(file))
                .extracting(problem -> problem.line() + ": " + problem.message())
                .anySatisfy(line -> assertThat(line).startsWith("1: ").contains("\"acme.safety-team\" lacks role, within"))
                .anySatisfy(line -> assertThat(line).startsWith("7: ").contains("acme.notify.role must be one of")
                        .contains("MANAGEMENT").contains("\"BOSS\""))
                .anySatisfy(line -> assertThat(line).startsWith("8: ").contains("acme.notify.within must be a duration")
                        .contains("1h30m").contains("\"90 minutes\""))
                .anySatisfy(line -> assertThat(line).startsWith("14: ").contains("acme.legal-queue.role is for plan actions only"))
                .anySatisfy(line -> assertThat(line).startsWith("15: ").contains("acme.legal-queue.within is for plan actions only"))
                .anySatisfy(line -> assertThat(line).startsWith("22: ").contains("\"-PT1H\""))
                .hasSize(6);
        assertThatThrownBy(() -> CrisisEngine.builder().rulesDirectory(folder).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error ->
                        assertThat(error.problems()).filteredOn(problem -> problem.file().equals(file)).hasSize(6));
    }

    @Test
    void a_literal_undeclared_plan_key_fails_the_build_and_the_check_at_its_line() throws IOException {
        Files.copy(houseActions().resolve("house-actions.properties"), folder.resolve("house-actions.properties"));
        write("response/safety-team.drl", planRule(SAFETY_RULE, "\"acme.safety-teem\""));
        String file = folder.resolve("response/safety-team.drl").toString();

        assertThatThrownBy(() -> CrisisEngine.builder().rulesDirectory(folder).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, error ->
                        assertThat(error.problems()).anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo(file);
                            assertThat(problem.line()).isEqualTo(13);
                            assertThat(problem.message()).contains("\"acme.safety-teem\"").contains("not declared")
                                    .contains("acme.safety-team");
                        }));
        assertThat(CrisisEngine.builder().rulesDirectory(folder).check().problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.line()).isEqualTo(13);
            assertThat(problem.message()).contains("acme.safety-teem");
        });
    }

    @Test
    void a_label_inserted_as_a_plan_action_or_a_plan_action_as_a_label_is_a_problem_at_its_line() throws IOException {
        Files.copy(houseActions().resolve("house-actions.properties"), folder.resolve("house-actions.properties"));
        write("response/safety-team.drl", planRule(SAFETY_RULE, "\"acme.legal-queue\""));
        write("moderation/legal-queue.drl", labelRule("\"acme.safety-team\""));

        RuleCheck check = CrisisEngine.builder().rulesDirectory(folder).check();

        assertThat(check.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(folder.resolve("response/safety-team.drl").toString());
            assertThat(problem.line()).isEqualTo(13);
            assertThat(problem.message()).contains("\"acme.legal-queue\" is declared with use = label")
                    .contains("new HouseLabelFinding, not HousePlanFinding");
        }).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(folder.resolve("moderation/legal-queue.drl").toString());
            assertThat(problem.line()).isEqualTo(12);
            assertThat(problem.message()).contains("\"acme.safety-team\" is declared with use = plan")
                    .contains("new HousePlanFinding, not HouseLabelFinding");
        });
    }

    @Test
    void a_plan_key_computed_at_run_time_and_undeclared_or_a_label_fails_the_call_naming_the_rule_and_the_key()
            throws IOException {
        Files.copy(houseActions().resolve("house-actions.properties"), folder.resolve("house-actions.properties"));
        write("response/safety-team.drl", planRule(SAFETY_RULE, "\"acme.\" + \"safety\""));

        assertThatThrownBy(() -> engine(folder).evaluate(SAFETY_CRISIS))
                .isInstanceOf(CrisisRulesException.class)
                .hasMessageContaining(SAFETY_RULE)
                .hasMessageContaining("\"acme.safety\"").hasMessageContaining("not declared");

        write("response/safety-team.drl", planRule(SAFETY_RULE, "\"acme.legal\" + \"-queue\""));
        assertThatThrownBy(() -> engine(folder).evaluate(SAFETY_CRISIS))
                .isInstanceOf(CrisisRulesException.class)
                .hasMessageContaining(SAFETY_RULE)
                .hasMessageContaining("\"acme.legal-queue\"").hasMessageContaining("declared with use = label");
    }
}
