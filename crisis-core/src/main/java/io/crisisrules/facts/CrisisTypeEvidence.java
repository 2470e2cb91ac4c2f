package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.CrisisType;

/**
 * Evidence for a crisis type (TYP-02, TYP-06). When evidence disagrees, the incident takes the type
 * that attributes the most responsibility to the brand, in the order declared in
 * {@link CrisisType} (internal error first): misjudging a preventable crisis as one where the brand
 * is a victim is the costlier mistake. Without evidence it is {@link CrisisType#NONE}; a host
 * override outranks all evidence.
 *
 * @param type the crisis type
 */
public record CrisisTypeEvidence(CrisisType type) {

    public CrisisTypeEvidence {
        Checks.required("type", type);
    }
}
