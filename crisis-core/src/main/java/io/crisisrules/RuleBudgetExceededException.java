package io.crisisrules;

/**
 * A call into the rules went beyond its budget ({@code execution.maxRuleFirings} or
 * {@code execution.maxCallTime}): most likely a rule that re-fires itself or one that is very slow.
 * It names the rule that was firing when the budget ran out and its file. The call has no result and
 * recorded nothing (no offence of a moderation); the engine stays usable, as the halted session is
 * thrown away.
 */
public class RuleBudgetExceededException extends RuleExecutionException {
    private static final long serialVersionUID = 1L;

    /**
     * @param ruleName the rule that was firing when the budget ran out
     * @param file     the file it comes from
     * @param breach   which budget, e.g. {@code "more than 1000000 rule firings in one call"}
     */
    public RuleBudgetExceededException(String ruleName, String file, String breach) {
        super(ruleName, file, breach, null);
    }
}
