package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Severity;

import java.time.Instant;

/**
 * The incident the host had from the previous evaluation, so classification can continue it: same
 * incident (DET-20) and no flapping severity (TYP-07).
 *
 * @param incident the previous incident
 */
public record PreviousIncident(Incident incident) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param incident the previous incident
     */
    public PreviousIncident {
        Checks.required("incident", incident);
    }

    /** @return its severity */
    public Severity severity() {
        return incident.severity();
    }

    /** @return when its evidence first fell below its severity, or {@code null} */
    public Instant downgradePendingSince() {
        return incident.downgradePendingSince();
    }

    /**
     * @param now            the evaluation time
     * @param downgradeAfter how long an improvement must hold
     * @return whether an improvement, if any, has not yet held for {@code downgradeAfter}; an
     *         improvement first seen now has held for zero, so a zero window never holds
     */
    public boolean improvementNotYetHeld(Instant now, java.time.Duration downgradeAfter) {
        Instant since = incident.downgradePendingSince();
        Instant start = since == null ? now : since;
        return now.isBefore(start.plus(downgradeAfter));
    }

    /** @return whether it is still open */
    public boolean isOpen() {
        return incident.isOpen();
    }
}
