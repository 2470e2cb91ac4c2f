package io.crisisrules.internal;

import io.crisisrules.CrisisRulesException;
import io.crisisrules.facts.HousePlanFinding;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.Incident;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.RuleRef;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@link HousePlanFinding}s of house rules into {@link ActionKind#HOUSE_ACTION} actions
 * of their declaration ({@link HouseActions}): owned by its role, due its {@code within} after the
 * incident's detection, internal, explained by the rules that asked for it, one per incident and key.
 *
 * <p>{@link #settle} does it inside the session, while the decision phase runs, so that the decision
 * and escalation rules see a house plan action as they see ours (RSP-14 escalates it when overdue or
 * when approval would be late; one a moderation rule asks for is settled after moderation, for the
 * escalation rules): after the phase fired, the engine inserts the action of each finding (and deletes
 * the action of a finding since withdrawn), then lets the phase fire again, until nothing changes,
 * as it inserts the resolved incident after classification. The policy stays in the rules.
 */
final class HousePlanActions {

    private HousePlanActions() {
    }

    /**
     * @param houseActions the house actions the rules declare
     * @param incident     the evaluation's incident, if any: a house plan action is due after its detection
     * @return the house plan actions the findings ask for, one per incident and key, explained by every
     *         rule that asked for it, in the order of their first finding
     * @throws CrisisRulesException naming the rule and the key when a key is not declared as a plan action,
     *                              or when a finding names another incident than the one evaluated
     */
    static Map<String, ResponseAction> resolve(Evidence evidence, HouseActions houseActions, Incident incident) {
        Map<String, ResponseAction> byKey = new LinkedHashMap<>();
        for (HousePlanFinding finding : evidence.factsOf(HousePlanFinding.class)) {
            ResponseAction action = of(finding, evidence, houseActions, incident);
            byKey.merge(PlanResolver.incidentKey(action), action, (a, b) -> a.withExplanation(
                    a.explanation().and(b.explanation())));
        }
        return byKey;
    }

    /**
     * Makes the session hold exactly the house plan actions its findings ask for, firing the group
     * again after each change; the actions it inserts carry no explanation, like those rules insert
     * ({@link #resolve} explains them for the plan). Called after the decision phase with its group,
     * and again after the moderation phase with the escalation group, so that a house plan action a
     * moderation rule asked for is escalated like the others (RSP-14).
     *
     * @param inSession the house plan actions already in the session, by {@link PlanResolver#incidentKey};
     *                  updated, and kept by the caller from one call to the next of the same session
     * @param group     the rule-flow group to fire again after each change
     * @param budget    the call's budget, checked after each firing
     * @throws CrisisRulesException as {@link #resolve} does, or when the findings never settle (a house
     *                              rule withdrawing a finding because of its own action, and back)
     */
    static void settle(KieSession session, Evidence evidence, HouseActions houseActions, Incident incident,
                       Map<String, FactHandle> inSession, String group, Budget budget) {
        int maxRounds = 2 * houseActions.planCount() + 2;
        for (int round = 0; ; round++) {
            Map<String, ResponseAction> wanted = resolve(evidence, houseActions, incident);
            List<String> changed = new ArrayList<>();
            for (var it = inSession.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, FactHandle> entry = it.next();
                if (!wanted.containsKey(entry.getKey())) {
                    session.delete(entry.getValue());
                    it.remove();
                    changed.add(actionKey(entry.getKey()));
                }
            }
            wanted.forEach((key, action) -> {
                if (!inSession.containsKey(key)) {
                    inSession.put(key, session.insert(action.withExplanation(Explanation.NONE)));
                    changed.add(actionKey(key));
                }
            });
            if (changed.isEmpty()) {
                return;
            }
            if (round == maxRounds) {
                throw new CrisisRulesException("the house plan actions did not settle after " + maxRounds
                        + " rounds of the " + group + " phase: " + String.join(", ", changed) + " still came and went"
                        + " (does a house rule withdraw its HousePlanFinding because of the action it asked for?)");
            }
            session.getAgenda().getAgendaGroup(group).setFocus();
            session.fireAllRules();
            budget.check();
        }
    }

    /** @return the action's key in its plan, from {@link PlanResolver#incidentKey} */
    private static String actionKey(String incidentKey) {
        return incidentKey.substring(incidentKey.indexOf('|') + 1);
    }

    /** @return the plan action a house rule asked for, as its declaration says */
    private static ResponseAction of(HousePlanFinding finding, Evidence evidence, HouseActions houseActions,
                                     Incident incident) {
        RuleRef ref = evidence.ruleOf(finding);
        String rule = ref == null ? "unknown rule" : ref.name();
        HouseActions.Plan plan = houseActions.requirePlan(finding.key(), rule);
        if (incident == null || !incident.id().equals(finding.incidentId())) {
            throw new CrisisRulesException("rule \"" + rule + "\" added house plan action \"" + finding.key()
                    + "\" to incident \"" + finding.incidentId() + "\", which is not the incident evaluated ("
                    + (incident == null ? "there is none" : incident.id()) + ")");
        }
        return new ResponseAction(finding.incidentId(), ActionKind.HOUSE_ACTION, finding.key(), plan.role(),
                Channel.INTERNAL, incident.detectedAt().plus(plan.within()), List.of(), List.of(),
                evidence.explain(finding), plan.action());
    }
}
