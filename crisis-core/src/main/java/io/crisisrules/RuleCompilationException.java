package io.crisisrules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules could not be compiled. It lists <em>every</em> problem found (file, line, message), not
 * just the first; no engine is built from rules that have problems.
 */
public class RuleCompilationException extends CrisisRulesException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /** @param problems every problem found, at least one */
    public RuleCompilationException(List<RuleProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the rules:\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, in file and line order */
    public List<RuleProblem> problems() {
        return problems;
    }
}
