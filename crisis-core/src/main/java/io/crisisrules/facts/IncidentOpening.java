package io.crisisrules.facts;

import io.crisisrules.checks.Checks;

/**
 * Evidence that the brand has an incident. All openings of one evaluation are grouped into a
 * single incident (DET-17); without any, there is no incident.
 *
 * @param reason a short phrase saying what opened it, e.g. {@code "3 warning signals"}
 */
public record IncidentOpening(String reason) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param reason a short phrase saying what opened it, e.g. {@code "3 warning signals"}
     */
    public IncidentOpening {
        Checks.text("reason", reason);
    }
}
