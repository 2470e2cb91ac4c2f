package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Severity;

/**
 * The incident a monitor currently groups its brand's alerts into, for inhibition (DET-20).
 *
 * @param incident the incident
 */
public record MonitoredIncident(Incident incident) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param incident the incident
     */
    public MonitoredIncident {
        Checks.required("incident", incident);
    }

    /** @return its id */
    public String id() {
        return incident.id();
    }

    /** @return its severity */
    public Severity severity() {
        return incident.severity();
    }

    /** @return whether it is open */
    public boolean open() {
        return incident.isOpen();
    }
}
