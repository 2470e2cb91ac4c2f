package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.CrisisType;

/**
 * A reason to attribute the brand more responsibility than its crisis type implies (RSP-17): a
 * history of similar crises or an unfavourable prior reputation. Any applicable shift moves the
 * incident's responsibility one step up (victim → accidental → preventable), however many there are.
 *
 * @param reason      what moves it, in a few words
 * @param onlyForType the crisis type it applies to (a history of similar crises applies only to a
 *                    crisis of that type), or {@code null} when it applies to any
 */
public record ResponsibilityShift(String reason, CrisisType onlyForType) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param reason what moves it, in a few words
     * @param onlyForType the crisis type it applies to (a history of similar crises applies only to a crisis of that type), or {@code null} when it applies to any
     */
    public ResponsibilityShift {
        Checks.text("reason", reason);
    }

    /**
     * @param type the incident's crisis type
     * @return whether the shift applies to an incident of this crisis type
     */
    public boolean appliesTo(CrisisType type) {
        return onlyForType == null || onlyForType == type;
    }
}
