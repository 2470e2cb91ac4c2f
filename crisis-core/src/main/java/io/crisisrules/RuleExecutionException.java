package io.crisisrules;

/**
 * A rule failed while the engine ran it: its action, or a method its conditions call, threw. It
 * names the rule and the file it comes from; the rule's own exception is the cause. The call that
 * ran the rule has no result. A {@link CrisisMonitor} whose rule failed should be closed, as the
 * event that triggered it may be half-applied.
 */
public class RuleExecutionException extends CrisisRulesException {
    private static final long serialVersionUID = 1L;

    /** The rule that failed. */
    private final String ruleName;
    /** The file the rule was read from. */
    private final String file;

    /**
     * @param ruleName the rule that failed
     * @param file     the file it comes from ({@code classpath:…} for a default rule), or
     *                 {@code "unknown file"}
     * @param cause    what the rule threw
     */
    public RuleExecutionException(String ruleName, String file, Throwable cause) {
        super("rule \"" + ruleName + "\" (" + file + ") failed: " + describe(cause), cause);
        this.ruleName = ruleName;
        this.file = file;
    }

    /**
     * For a failure the engine detects itself rather than one the rule threw.
     *
     * @param ruleName the rule that failed
     * @param file     the file it comes from
     * @param reason   what went wrong, after {@code "failed: "}
     * @param cause    the cause, or {@code null}
     */
    protected RuleExecutionException(String ruleName, String file, String reason, Throwable cause) {
        super("rule \"" + ruleName + "\" (" + file + ") failed: " + reason, cause);
        this.ruleName = ruleName;
        this.file = file;
    }

    /** @return the rule that failed */
    public String ruleName() {
        return ruleName;
    }

    /** @return the file the rule comes from */
    public String file() {
        return file;
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "no cause given";
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getName() : cause.getClass().getSimpleName() + ": " + message;
    }
}
