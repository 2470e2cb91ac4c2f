package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.Incident.AggravatingFactor;

/**
 * An aggravating factor (TYP-05): see {@link AggravatingFactor#raise} for how the applicable ones
 * raise the incident's severity.
 *
 * @param factor      the factor
 * @param onlyForType the crisis type it aggravates (a recurrence aggravates only a crisis of the
 *                    same type), or {@code null} when it aggravates any
 */
public record AggravationEvidence(AggravatingFactor factor, CrisisType onlyForType) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param factor the factor
     * @param onlyForType the crisis type it aggravates (a recurrence aggravates only a crisis of the same type), or {@code null} when it aggravates any
     */
    public AggravationEvidence {
        Checks.required("factor", factor);
    }

    /**
     * @param type the incident's crisis type
     * @return whether the factor applies to an incident of this crisis type
     */
    public boolean appliesTo(CrisisType type) {
        return onlyForType == null || onlyForType == type;
    }
}
