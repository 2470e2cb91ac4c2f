package io.crisisrules;

import java.util.Objects;

/**
 * Thrown when a part the host plugged into the engine fails: its {@link RuleListener}, its
 * {@link io.crisisrules.moderation.OffenceHistory} (as the subclass
 * {@link io.crisisrules.moderation.OffenceHistoryException}). The message names the part and the
 * type of its failure, not the failure's own message, which may carry an author or a comment's
 * text; the failure is the {@linkplain #getCause() cause}. A failing classifier never throws this:
 * it rejects the one comment concerned and the batch goes on.
 */
public class HostComponentException extends CrisisRulesException {
    private static final long serialVersionUID = 1L;

    /** The builder option the part was plugged in with, e.g. {@code "listener"}. */
    private final String component;

    /**
     * @param component the builder option the part was plugged in with: {@code "listener"},
     *                  {@code "offenceHistory"}
     * @param message   what could not be done, readable without a stack trace
     * @param cause     the part's failure
     */
    public HostComponentException(String component, String message, Throwable cause) {
        super(message, cause);
        this.component = Objects.requireNonNull(component, "component");
    }

    /** @return the builder option the failing part was plugged in with, e.g. {@code "offenceHistory"} */
    public String component() {
        return component;
    }
}
