package io.crisisrules;

import io.crisisrules.model.IncidentStatus;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an incident is asked to move to a status its lifecycle does not allow, for example
 * from {@code DETECTED} straight to {@code CLOSED}. The message names both statuses and the allowed
 * ones: {@code "status cannot move from DETECTED to CLOSED; from DETECTED it moves to ACKNOWLEDGED"}.
 */
public class IllegalTransitionException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** The status the incident was in. */
    private final IncidentStatus from;
    /** The status asked for. */
    private final IncidentStatus to;

    /**
     * @param from the incident's current status
     * @param to   the status asked for
     */
    public IllegalTransitionException(IncidentStatus from, IncidentStatus to) {
        super("status", to, "status cannot move from " + from + " to " + to + "; " + allowed(from), null);
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    /** @return the incident's current status */
    public IncidentStatus from() {
        return from;
    }

    /** @return the status asked for */
    public IncidentStatus to() {
        return to;
    }

    private static String allowed(IncidentStatus from) {
        if (from.next().isEmpty()) {
            return "a " + from + " incident moves no further";
        }
        return "from " + from + " it moves to " + from.next().stream().sorted().map(Enum::name)
                .collect(Collectors.joining(" or "));
    }
}
