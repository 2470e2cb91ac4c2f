package io.crisisrules.model;

/** Where an incident stands in its lifecycle. */
public enum IncidentStatus {
    DETECTED, ACKNOWLEDGED, RESPONDING, RESOLVED, CLOSED
}
