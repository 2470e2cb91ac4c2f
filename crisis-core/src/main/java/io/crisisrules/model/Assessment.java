package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the engine concludes from one {@link Snapshot}: the warning signals firing, the incident
 * they make up, its response plan, and one moderation decision per comment. Every item names the
 * rules and policy IDs behind it.
 *
 * @param brandId     the brand
 * @param evaluatedAt when the evaluation ran (from the engine's clock)
 * @param signals     warning signals, in a stable order
 * @param incidents   incidents, at most one per brand and evaluation
 * @param actions     the response plan: actions ordered by due time
 * @param moderation  one decision per comment, in the order the comments were handed in
 * @param monitoring  when to check the warning signals again (PLAN-01), or {@code null} when no rule says
 * @param received    what was handed in, by kind
 * @param deadlines   where every action of the plan stands against its deadline, done ones
 *                    included, in the order of the plan (RSP-14)
 * @param readinessGaps what the organisation lacks to face a crisis (ORG-01…ORG-05), empty when the
 *                    brand has no readiness profile
 */
public record Assessment(String brandId, Instant evaluatedAt, List<WarningSignal> signals, List<Incident> incidents,
                         List<ResponseAction> actions, List<ModerationDecision> moderation, MonitoringPlan monitoring,
                         InputReceipt received, List<ActionDeadline> deadlines, List<ReadinessGap> readinessGaps) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param brandId the brand
     * @param evaluatedAt when the evaluation ran (from the engine's clock)
     * @param signals warning signals, in a stable order
     * @param incidents incidents, at most one per brand and evaluation
     * @param actions the response plan: actions ordered by due time
     * @param moderation one decision per comment, in the order the comments were handed in
     * @param monitoring when to check the warning signals again (PLAN-01), or {@code null} when no rule says
     * @param received what was handed in, by kind
     * @param deadlines where every action of the plan stands against its deadline, done ones included, in the order of the plan (RSP-14)
     * @param readinessGaps what the organisation lacks to face a crisis (ORG-01…ORG-05), empty when the brand has no readiness profile
     */
    public Assessment {
        Checks.text("brandId", brandId);
        Checks.required("evaluatedAt", evaluatedAt);
        signals = Checks.list("signals", signals);
        incidents = Checks.list("incidents", incidents);
        actions = Checks.list("actions", actions);
        moderation = Checks.list("moderation", moderation);
        Checks.required("received", received);
        deadlines = Checks.list("deadlines", deadlines);
        readinessGaps = Checks.list("readinessGaps", readinessGaps);
    }

    /**
     * The form without deadlines and readiness gaps.
     *
     * @param brandId the brand
     * @param evaluatedAt when the evaluation ran (from the engine's clock)
     * @param signals warning signals, in a stable order
     * @param incidents incidents, at most one per brand and evaluation
     * @param actions the response plan: actions ordered by due time
     * @param moderation one decision per comment, in the order the comments were handed in
     * @param monitoring when to check the warning signals again (PLAN-01), or {@code null} when no rule says
     * @param received what was handed in, by kind
     */
    public Assessment(String brandId, Instant evaluatedAt, List<WarningSignal> signals, List<Incident> incidents,
                      List<ResponseAction> actions, List<ModerationDecision> moderation, MonitoringPlan monitoring,
                      InputReceipt received) {
        this(brandId, evaluatedAt, signals, incidents, actions, moderation, monitoring, received, List.of(), List.of());
    }

    /** @return the deadlines the plan has breached: not done and past due (RSP-14) */
    public List<ActionDeadline> breached() {
        return deadlines.stream().filter(d -> d.sla() == ActionDeadline.Sla.BREACHED).toList();
    }

    /**
     * @param actionKey an action's {@link ResponseAction#key() key}
     * @return the deadline of an action of the plan, done or not
     */
    public Optional<ActionDeadline> deadlineOf(String actionKey) {
        return deadlines.stream().filter(d -> d.actionKey().equals(actionKey)).findFirst();
    }

    /** @return the incident, if the evaluation found one */
    public Optional<Incident> incident() {
        return incidents.stream().findFirst();
    }

    /**
     * @param commentId the id of a comment handed in
     * @return the decision for a comment, if the comment was part of the snapshot
     */
    public Optional<ModerationDecision> decisionFor(String commentId) {
        return moderation.stream().filter(d -> d.commentId().equals(commentId)).findFirst();
    }

    /**
     * @param kind the kind of action
     * @return the actions of one kind
     */
    public List<ResponseAction> actions(ActionKind kind) {
        return actions.stream().filter(a -> a.kind() == kind).toList();
    }
}
