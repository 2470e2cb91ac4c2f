package io.crisisrules;

import java.time.Duration;
import java.util.List;

/**
 * What one reload of a {@link ReloadableEngine} did: swapped in the new rules, or kept the last
 * good ones and says why.
 *
 * @param generation the generation of rules in force after the reload: 1 for the first build,
 *                   one more for each reload that swapped
 * @param took       how long building the new engine took (or failing to)
 * @param failure    why the new rules were not swapped in, or {@code null} when they were; a
 *                   {@link RuleCompilationException} lists every problem with file and line
 */
public record Reload(long generation, Duration took, CrisisRulesException failure) {

    /** @return whether the new rules are in force */
    public boolean swapped() {
        return failure == null;
    }

    /** @return the problems of rules that did not compile; empty when it swapped or failed otherwise */
    public List<RuleProblem> problems() {
        return failure instanceof RuleCompilationException compilation ? compilation.problems() : List.of();
    }

    @Override
    public String toString() {
        return swapped() ? "reload: generation " + generation + " in force (built in " + took.toMillis() + " ms)"
                : "reload failed, generation " + generation + " kept: " + failure.getMessage();
    }
}
