package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Severity;

/**
 * Keeps an incident at a severity it had, while an improvement has not yet held for the downgrade
 * window (TYP-07). The incident's severity is never below a hold; when the evidence alone is lower,
 * the engine records since when, so a later evaluation can let the severity go down.
 *
 * @param level the severity to keep
 */
public record SeverityHold(Severity level) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param level the severity to keep
     */
    public SeverityHold {
        Checks.required("level", level);
    }
}
