package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Severity;

/**
 * Evidence for a severity level (TYP-04). The incident takes the highest level of all evidence,
 * {@link Severity#MINOR} without any, then one level more if an aggravating factor applies (TYP-05).
 *
 * @param level the level the evidence supports
 * @param basis what supports it, e.g. {@code "2,400 people reached per hour by negative content"}
 */
public record SeverityEvidence(Severity level, String basis) {

    public SeverityEvidence {
        Checks.required("level", level);
        Checks.text("basis", basis);
    }
}
