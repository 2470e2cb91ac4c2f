/**
 * The facade: start with {@link io.crisisrules.CrisisEngine}. Build one engine (it compiles the
 * rules), share it between threads, and call {@link io.crisisrules.CrisisEngine#evaluate} with a
 * {@link io.crisisrules.model.Snapshot}. Errors are {@link io.crisisrules.CrisisRulesException}s:
 * bad input ({@link io.crisisrules.InvalidInputException}), broken DRL
 * ({@link io.crisisrules.RuleCompilationException}), a rule that throws while it runs
 * ({@link io.crisisrules.RuleExecutionException}), bad settings
 * ({@link io.crisisrules.settings.InvalidSettingException}).
 */
package io.crisisrules;
