package io.crisisrules.internal;

import io.crisisrules.CrisisRulesException;
import io.crisisrules.HostComponentException;
import io.crisisrules.RuleExecutionException;
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
        } catch (CrisisRulesException e) {
            throw e; // the library's own, e.g. a host component named as failing
        } catch (ConsequenceException e) {
            HostComponentException host = hostFailure(e);
            if (host != null) {
                throw host;
            }
            throw failure(rules, e.getRule().getName(), e.getCause());
        } catch (RuntimeException e) {
            HostComponentException host = hostFailure(e);
            if (host != null) {
                throw host; // a listener called by Drools, wrapped by it
            }
            // a constraint that throws: Drools names the rule only in its message
            Matcher rule = RULE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
            if (!fromDrools(e) || !rule.find()) {
                throw e;
            }
            throw failure(rules, unescape(rule.group(1)), e.getCause() != null ? e.getCause() : e);
        }
    }

    /** Runs {@code work}, translating a rule's failure. */
    static void guard(CompiledRules rules, Runnable work) {
        guard(rules, () -> {
            work.run();
            return null;
        });
    }

    private static HostComponentException hostFailure(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof HostComponentException host) {
                return host;
            }
        }
        return null;
    }

    private static boolean fromDrools(RuntimeException e) {
        String type = e.getClass().getName();
        return type.startsWith("org.drools.") || type.startsWith("org.kie.");
    }

    private static String unescape(String name) {
        return name.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static RuleExecutionException failure(CompiledRules rules, String ruleName, Throwable cause) {
        return new RuleExecutionException(ruleName, rules.fileOf(ruleName), cause);
    }
}
