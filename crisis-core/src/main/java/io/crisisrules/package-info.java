/**
 * The facade: start with {@link io.crisisrules.CrisisEngine}. Build one engine (it compiles the
 * rules), share it between threads, and call {@link io.crisisrules.CrisisEngine#evaluate} with a
 * {@link io.crisisrules.model.Snapshot}. Errors are {@link io.crisisrules.CrisisRulesException}s:
 * bad input ({@link io.crisisrules.InvalidInputException}), broken DRL
 * ({@link io.crisisrules.RuleCompilationException}), a rule that throws while it runs
 * ({@link io.crisisrules.RuleExecutionException}), bad settings
 * ({@link io.crisisrules.settings.InvalidSettingException}), an offence history that fails
 * ({@link io.crisisrules.moderation.OffenceHistoryException}). To change rules in a running host
 * without losing calls or offences, wrap the engine's construction in a
 * {@link io.crisisrules.ReloadableEngine}.
 */
package io.crisisrules;
