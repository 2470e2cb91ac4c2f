package io.crisisrules.internal;

import io.crisisrules.CrisisRulesException;
import io.crisisrules.facts.HousePlanFinding;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Channel;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.OwnerRole;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.RuleRef;
import io.crisisrules.model.Severity;
import io.crisisrules.model.VerificationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** House plan actions resolved from findings written by hand: no rule session, only the declarations. */
class HousePlanActionsTest {
    private static final Instant DETECTED = Instant.parse("2026-03-10T09:00:00Z");
    private static final Incident INCIDENT = new Incident("acme-1", "acme", DETECTED, IncidentStatus.DETECTED,
            FailureType.PRODUCT, CrisisType.PRODUCT_SERVICE_CRITICISM, CrisisType.Responsibility.ACCIDENTAL,
            VerificationStatus.UNVERIFIED, Severity.MODERATE, List.of(), List.of(), null, Explanation.NONE, DETECTED,
            null, Set.of());
    private static final RuleRef SAFETY = new RuleRef("ACME-201 Call the safety team", List.of("ACME-201"));
    private static final RuleRef RECALL = new RuleRef("ACME-202 Recall rumours", List.of("ACME-202"));

    /**
     * Facts in insertion order, each with the rule that inserted it; a list, since two rules insert
     * equal findings, which a session holds as two facts.
     */
    private final List<Map.Entry<Object, RuleRef>> facts = new ArrayList<>();
    private HouseActions declared;

    @BeforeEach
    void declare(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(HouseActions.FILE), """
                acme.safety-team.use = plan
                acme.safety-team.owner = safety team
                acme.safety-team.channel = #safety
                acme.safety-team.text = Call the safety team.
                acme.safety-team.policy = ACME-201
                acme.safety-team.role = MANAGEMENT
                acme.safety-team.within = 1h30m
                acme.legal-queue.use = label
                acme.legal-queue.owner = legal
                acme.legal-queue.channel = legal queue
                acme.legal-queue.text = Review for legal exposure.
                acme.legal-queue.policy = ACME-101
                """);
        HouseActions.Read read = HouseActions.read(List.of(folder), List.of());
        assertThat(read.problems()).isEmpty();
        declared = read.actions();
    }

    private HousePlanActionsTest with(Object fact, RuleRef by) {
        facts.add(new AbstractMap.SimpleImmutableEntry<>(fact, by));
        return this;
    }

    /** @return the facts as the map {@link Evidence#of} reads, in insertion order, equal facts kept apart */
    private Map<Object, RuleRef> inserted() {
        return new AbstractMap<>() {
            @Override
            public Set<Entry<Object, RuleRef>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Entry<Object, RuleRef>> iterator() {
                        return facts.iterator();
                    }

                    @Override
                    public int size() {
                        return facts.size();
                    }
                };
            }
        };
    }

    private Map<String, ResponseAction> resolve(Incident incident) {
        return HousePlanActions.resolve(Evidence.of(inserted()), declared, incident);
    }

    @Test
    void a_finding_becomes_an_internal_house_action_of_its_declaration_due_its_within_after_detection() {
        with(new HousePlanFinding("acme-1", "acme.safety-team"), SAFETY);

        Map<String, ResponseAction> actions = resolve(INCIDENT);

        assertThat(actions).containsOnlyKeys("acme-1|HOUSE_ACTION/acme.safety-team");
        ResponseAction action = actions.values().iterator().next();
        assertThat(action.kind()).isEqualTo(ActionKind.HOUSE_ACTION);
        assertThat(action.subject()).isEqualTo("acme.safety-team");
        assertThat(action.owner()).isEqualTo(OwnerRole.MANAGEMENT);
        assertThat(action.channel()).isEqualTo(Channel.INTERNAL);
        assertThat(action.due()).isEqualTo(DETECTED.plus(Duration.ofMinutes(90)));
        assertThat(action.house().policyId()).isEqualTo("ACME-201");
        assertThat(action.house().text()).isEqualTo("Call the safety team.");
        assertThat(action.explanation().rules()).containsExactly(SAFETY);
    }

    @Test
    void two_findings_of_one_key_make_one_action_explained_by_both_rules_whichever_came_first() {
        with(new HousePlanFinding("acme-1", "acme.safety-team"), SAFETY)
                .with(new HousePlanFinding("acme-1", "acme.safety-team"), RECALL);
        Map<String, ResponseAction> inOrder = resolve(INCIDENT);
        facts.clear();
        with(new HousePlanFinding("acme-1", "acme.safety-team"), RECALL)
                .with(new HousePlanFinding("acme-1", "acme.safety-team"), SAFETY);
        Map<String, ResponseAction> reversed = resolve(INCIDENT);

        assertThat(inOrder).hasSize(1);
        assertThat(inOrder.values().iterator().next().explanation().rules()).containsExactlyInAnyOrder(SAFETY, RECALL);
        assertThat(reversed).isEqualTo(inOrder);
    }

    @Test
    void no_finding_no_house_action() {
        assertThat(resolve(INCIDENT)).isEmpty();
        assertThat(resolve(null)).isEmpty();
    }

    @Test
    void a_key_not_declared_as_a_plan_action_is_an_error_naming_the_rule_and_the_key() {
        with(new HousePlanFinding("acme-1", "acme.saftey-team"), SAFETY);
        assertThatThrownBy(() -> resolve(INCIDENT)).isInstanceOf(CrisisRulesException.class)
                .hasMessageContaining("rule \"ACME-201 Call the safety team\" added house plan action \"acme.saftey-team\"")
                .hasMessageContaining("is not declared in house-actions.properties");

        facts.clear();
        with(new HousePlanFinding("acme-1", "acme.legal-queue"), RECALL);
        assertThatThrownBy(() -> resolve(INCIDENT)).isInstanceOf(CrisisRulesException.class)
                .hasMessageContaining("\"acme.legal-queue\", which is declared with use = label");
    }

    @Test
    void a_finding_about_another_incident_or_with_no_incident_is_an_error() {
        with(new HousePlanFinding("acme-0", "acme.safety-team"), SAFETY);

        assertThatThrownBy(() -> resolve(INCIDENT)).isInstanceOf(CrisisRulesException.class)
                .hasMessageContaining("to incident \"acme-0\", which is not the incident evaluated (acme-1)");
        assertThatThrownBy(() -> resolve(null)).isInstanceOf(CrisisRulesException.class)
                .hasMessageContaining("which is not the incident evaluated (there is none)");
    }
}
