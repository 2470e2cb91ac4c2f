package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.time.Instant;

/**
 * What the host records about an action of a previous plan: approval requested, action completed,
 * response published. Handed in with the next snapshot, it keeps done actions out of the plan, sets
 * their deadline {@link ActionDeadline.Sla} and lets the rules escalate (RSP-14).
 *
 * @param incidentId the incident whose plan holds the action (the snapshot's {@code previousIncident})
 * @param actionKey  the action's {@link ResponseAction#key() key}, e.g. {@code "FIRST_RESPONSE"} or
 *                   {@code "PRESENT_EVIDENCE/claim-1"}; a key whose kind is no {@link ActionKind}
 *                   ({@code "first_response"}) is rejected, since it names no action of any plan
 * @param state      what happened
 * @param at         when
 */
public record ActionProgress(String incidentId, String actionKey, State state, Instant at) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param incidentId the incident whose plan holds the action (the snapshot's {@code previousIncident})
     * @param actionKey the action's {@link ResponseAction#key() key}, e.g. {@code "FIRST_RESPONSE"} or {@code "PRESENT_EVIDENCE/claim-1"}; a key whose kind is no {@link ActionKind} ({@code "first_response"}) is rejected, since it names no action of any plan
     * @param state what happened
     * @param at when
     */
    public ActionProgress {
        Checks.text("incidentId", incidentId);
        Checks.text("actionKey", actionKey);
        ActionKeys.parse("actionKey", actionKey);
        Checks.required("state", state);
        Checks.required("at", at);
    }

    /** @return whether the action is done: completed or published */
    public boolean isDone() {
        return state != State.APPROVAL_PENDING;
    }

    /** What happened to an action. */
    public enum State {
        /** The action waits for internal approval since {@code at} (RSP-14). */
        APPROVAL_PENDING,
        /** The action was carried out. */
        COMPLETED,
        /** The message was published (a public response). */
        PUBLISHED
    }
}
