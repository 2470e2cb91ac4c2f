package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.time.Instant;

/**
 * Where one action of the plan stands against its deadline, like a helpdesk SLA: active until it is
 * due, fulfilled when done in time, breached when it is not done in time (RSP-14 escalates it).
 *
 * @param actionKey the action's {@link ResponseAction#key() key}
 * @param kind      what the action does
 * @param due       its deadline
 * @param sla       where it stands
 * @param doneAt    when the host recorded it done, or {@code null}
 */
public record ActionDeadline(String actionKey, ActionKind kind, Instant due, Sla sla, Instant doneAt) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param actionKey the action's {@link ResponseAction#key() key}
     * @param kind what the action does
     * @param due its deadline
     * @param sla where it stands
     * @param doneAt when the host recorded it done, or {@code null}
     */
    public ActionDeadline {
        Checks.text("actionKey", actionKey);
        Checks.required("kind", kind);
        Checks.required("due", due);
        Checks.required("sla", sla);
        if ((doneAt != null) != (sla == Sla.FULFILLED || sla == Sla.FULFILLED_LATE)) {
            throw new io.crisisrules.InvalidInputException("doneAt", doneAt, "be present exactly when the action is fulfilled (" + sla + ")");
        }
    }

    /** Where an action stands against its deadline. */
    public enum Sla {
        /** Not done, not due yet. */
        ACTIVE,
        /** Done by its deadline. */
        FULFILLED,
        /** Done, after its deadline. */
        FULFILLED_LATE,
        /** Not done and past its deadline. */
        BREACHED
    }
}
