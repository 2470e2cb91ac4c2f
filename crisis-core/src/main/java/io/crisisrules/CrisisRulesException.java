package io.crisisrules;

/**
 * Base of every exception the library throws on purpose. Catch this to handle all of them; catch a
 * subclass ({@link InvalidInputException}, {@link RuleCompilationException}, {@link RuleExecutionException},
 * {@link io.crisisrules.settings.InvalidSettingException},
 * {@link io.crisisrules.moderation.OffenceHistoryException}, {@link HostComponentException}) to handle
 * one kind.
 */
public class CrisisRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, readable without a stack trace */
    public CrisisRulesException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, readable without a stack trace
     * @param cause the underlying failure
     */
    public CrisisRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
