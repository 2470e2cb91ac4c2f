package io.crisisrules.invariants;

import io.crisisrules.model.ResponseAction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The escalation family of the policy's invariants (RSP-14): the crisis team is asked to take over
 * actions of the plan, never an action the plan no longer holds.
 */
public final class EscalationInvariants {

    private EscalationInvariants() {
    }

    /**
     * @return every escalation ({@link io.crisisrules.model.ActionKind#isEscalation()}) names, as its
     *         subject, the key of an action in the plan of the same incident: when a rule withdraws an
     *         action (RSP-18 keeps a plan consistent), its escalation goes with it (RSP-14)
     */
    public static Invariant everyEscalationConcernsAPlannedAction() {
        return new SimpleInvariant("every-escalation-concerns-a-planned-action", List.of("RSP-14"),
                "An escalation names an action that is in the plan of its incident; a withdrawn action is not escalated.",
                (in, out, engine) -> {
                    Set<String> planned = out.actions().stream().filter(action -> !action.kind().isEscalation())
                            .map(action -> action.incidentId() + "|" + action.key()).collect(Collectors.toSet());
                    List<String> problems = new ArrayList<>();
                    for (ResponseAction escalation : out.actions()) {
                        if (escalation.kind().isEscalation()
                                && !planned.contains(escalation.incidentId() + "|" + escalation.subject())) {
                            problems.add("escalation " + escalation.key() + " of incident " + escalation.incidentId()
                                    + " names an action its plan does not hold");
                        }
                    }
                    return problems;
                });
    }
}
