package io.crisisrules.internal;

import io.crisisrules.RuleExecutionException;
import io.crisisrules.RuleInfo;
import org.drools.mvel.ConstraintEvaluationException;
import org.kie.api.runtime.rule.ConsequenceException;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Drools' exceptions about a failing rule into the documented {@link RuleExecutionException},
 * so that no KIE type reaches the host and the message says which rule and file to look at.
 */
final class RuleFailures {
    // Drools names the rule only in the message of a failing constraint: ... in [Rule "name" in file]
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"((?:[^\"\\\\]|\\\\.)*)\"");

    private RuleFailures() {
    }

    /** Runs {@code work}, translating a rule's failure. */
    static <T> T guard(CompiledRules rules, Supplier<T> work) {
        try {
            return work.get();
        } catch (ConsequenceException e) {
            throw failure(rules, e.getRule().getName(), e.getCause());
        } catch (ConstraintEvaluationException e) {
            Matcher rule = RULE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
            throw failure(rules, rule.find() ? rule.group(1) : "unknown rule", e.getCause() != null ? e.getCause() : e);
        }
    }

    /** Runs {@code work}, translating a rule's failure. */
    static void guard(CompiledRules rules, Runnable work) {
        guard(rules, () -> {
            work.run();
            return null;
        });
    }

    private static RuleExecutionException failure(CompiledRules rules, String ruleName, Throwable cause) {
        String file = rules.rules().stream().filter(rule -> rule.name().equals(ruleName))
                .map(RuleInfo::file).findFirst().orElse("unknown file");
        return new RuleExecutionException(ruleName, file, cause);
    }
}
