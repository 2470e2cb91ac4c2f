package io.crisisrules.internal;

import io.crisisrules.RuleBudgetExceededException;
import io.crisisrules.checks.Durations;
import io.crisisrules.settings.ExecutionSettings;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The budget of one call into the rules (rule firings and wall time, {@link ExecutionSettings}):
 * counted after each firing on the caller's own thread, with no thread of its own, so it costs a
 * counter and a clock read per firing. When a firing goes beyond it the session is halted, which
 * Drools does before the next firing, and {@link #check()} fails the call naming that rule. It
 * cannot stop an action that never returns ({@code while (true) {}}): nothing in the JVM can, short
 * of the removed {@code Thread.stop}; the static check ({@link RuleApis}) rejects such loops.
 */
final class Budget extends DefaultAgendaEventListener {
    private final CompiledRules rules;
    private final int maxFirings;
    private final long maxNanos;
    private final long started;
    private int fired;
    private String breachingRule;
    private String breach;

    private Budget(CompiledRules rules, ExecutionSettings settings) {
        this.rules = rules;
        this.maxFirings = settings.maxRuleFirings();
        this.maxNanos = settings.maxCallTime().toNanos();
        this.started = System.nanoTime();
    }

    /** @return a budget starting now, following the session */
    static Budget watch(KieSession session, CompiledRules rules, ExecutionSettings settings) {
        Budget budget = new Budget(rules, settings);
        session.addEventListener(budget);
        return budget;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (breach != null) {
            return;
        }
        if (++fired > maxFirings) {
            breach = "more than " + maxFirings + " rule firings in one call (execution.maxRuleFirings)";
        } else if (System.nanoTime() - started > maxNanos) {
            breach = "more than " + Durations.format(java.time.Duration.ofNanos(maxNanos))
                    + " in the rules in one call (execution.maxCallTime)";
        } else {
            return;
        }
        breachingRule = event.getMatch().getRule().getName();
        event.getKieRuntime().halt();
    }

    /** @return whether the call went beyond its budget: its session is then to be thrown away, not pooled */
    boolean exceeded() {
        return breach != null;
    }

    /**
     * To be called after each {@code fireAllRules}, before anything is read or recorded.
     *
     * @throws RuleBudgetExceededException naming the rule that fired beyond the budget
     */
    void check() {
        if (breach != null) {
            throw new RuleBudgetExceededException(breachingRule, rules.fileOf(breachingRule), breach);
        }
    }

    /** Gives the session back to its pool, or throws it away when the call went beyond its budget. */
    static void release(CompiledRules rules, KieSession session, Budget budget) {
        if (budget != null && budget.exceeded()) {
            rules.discard(session); // halted mid-run: not handed to the next call, whatever a reset would leave
        } else {
            rules.release(session);
        }
    }
}
