package io.crisisrules.facts;

import io.crisisrules.checks.Checks;

/**
 * What a house response rule inserts to add one of its declared house plan actions
 * ({@code use = plan} in {@code house-actions.properties}) to an incident's plan. The engine resolves
 * the key to its declaration and adds one {@link io.crisisrules.model.ActionKind#HOUSE_ACTION} action
 * to the plan: owned by the declaration's {@code role}, due {@code within} after the incident's
 * detection, on {@link io.crisisrules.model.Channel#INTERNAL}, with the declaration in
 * {@link io.crisisrules.model.ResponseAction#house()} and the inserting rule in its explanation. Two
 * findings of the same key for one incident make one action. The engine inserts that action into the
 * session while the decision phase runs, so the decision rules see it as one of ours: RSP-14 escalates
 * it when overdue and not done (progress key {@code HOUSE_ACTION/<key>}), and a finding withdrawn
 * (inserted logically) takes its action and escalations with it. A key nobody declared as a plan action
 * is a problem at build when written as a literal, else an error of the call naming the rule and the key.
 *
 * @param incidentId the incident whose plan gets the action
 * @param key        a key declared with {@code use = plan} in {@code house-actions.properties}, e.g. {@code acme.safety-team}
 */
public record HousePlanFinding(String incidentId, String key) {

    /**
     * Creates one, rejecting blank components.
     *
     * @param incidentId the incident whose plan gets the action
     * @param key a declared house plan action key
     */
    public HousePlanFinding {
        Checks.text("incidentId", incidentId);
        Checks.text("key", key);
    }
}
