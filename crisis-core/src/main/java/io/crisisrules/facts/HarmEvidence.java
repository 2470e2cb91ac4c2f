package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Harm;

/**
 * Evidence that people suffered a kind of harm: from the host's {@link Harm} or, when the host
 * does not know, from complaints and validated claims. The incident's harms are the kinds evidenced.
 *
 * @param kind  what people suffered
 * @param basis what shows it, in a few words
 */
public record HarmEvidence(Harm.Kind kind, String basis) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param kind what people suffered
     * @param basis what shows it, in a few words
     */
    public HarmEvidence {
        Checks.required("kind", kind);
        Checks.text("basis", basis);
    }
}
