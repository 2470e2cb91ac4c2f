package io.crisisrules.moderation;

import io.crisisrules.HostComponentException;

/**
 * Thrown when an {@link OffenceHistory} cannot read or record offences: a database down, a
 * connection dropped in the middle of a call, a statement refused. The engine's call fails with it
 * rather than deciding without the author's earlier offences or returning decisions whose offences
 * were not recorded (MOD-04): nothing is lost silently. Retrying the call is safe, since recording
 * the same offence twice keeps one.
 *
 * <p>Hosts implementing their own history throw it (or a subclass) for the same reasons; any other
 * exception a history throws reaches the host wrapped in one, naming the history.
 */
public class OffenceHistoryException extends HostComponentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what could not be done, readable without a stack trace
     * @param cause   the underlying failure, such as an {@code SQLException}
     */
    public OffenceHistoryException(String message, Throwable cause) {
        super("offenceHistory", message, cause);
    }
}
