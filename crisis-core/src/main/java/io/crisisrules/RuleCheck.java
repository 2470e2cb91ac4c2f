package io.crisisrules;

import java.util.List;

/**
 * What {@link CrisisEngine.Builder#check()} found: the problems an engine built the same way would
 * report, the rules it would hold and what the rules directories change in the default rules, found
 * without building one. The default rules come precompiled; only the files of the rules directories
 * that replace or add to them are compiled (plus a default file declaring a type they use), and the
 * coverage check of overlays runs on the text, so a check of the defaults plus a small overlay takes
 * the time of compiling that overlay.
 *
 * @param problems      every problem, {@code file:line: message} as {@link RuleCompilationException} lists
 *                      them; empty when an engine would build
 * @param rules         the rules the engine would hold, by file and name; empty when there are problems
 * @param overlay       what the rules directories replace, add and remove ({@link RuleOverlay#NONE}
 *                      without the default rules)
 * @param compiledFiles the files compiled for the check, by origin (a path or {@code classpath:...}):
 *                      the directories' files, not the precompiled default ones
 */
public record RuleCheck(List<RuleProblem> problems, List<RuleInfo> rules, RuleOverlay overlay,
                        List<String> compiledFiles) {

    /**
     * Creates one, copying its lists.
     *
     * @param problems      every problem, empty when an engine would build
     * @param rules         the rules the engine would hold
     * @param overlay       what the rules directories change
     * @param compiledFiles the files compiled for the check
     */
    public RuleCheck {
        problems = List.copyOf(problems);
        rules = List.copyOf(rules);
        overlay = java.util.Objects.requireNonNull(overlay, "overlay");
        compiledFiles = List.copyOf(compiledFiles);
    }

    /** @return whether the rules have no problem, so that an engine built the same way builds */
    public boolean ok() {
        return problems.isEmpty();
    }
}
