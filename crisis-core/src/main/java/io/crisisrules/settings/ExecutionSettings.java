package io.crisisrules.settings;

import java.time.Duration;

/**
 * The budget of one call into the rules ({@code evaluate}, {@code moderate}, one chunk of
 * {@code moderateBatch} or {@code moderateStream}): how many rule firings and how much wall time
 * it may take before it fails with a {@link io.crisisrules.RuleExecutionException} naming the rule
 * that was firing, a guard against house rules that loop (README, "Trust model"). Both are checked
 * between two firings, never inside a rule's action. Keys are {@code execution.<component>}; they
 * belong to the engine, not to the crisis policy, so they name no policy ID and the rules do not
 * read them.
 *
 * @param maxRuleFirings rule firings one call may take
 * @param maxCallTime    wall time one call may take in the rules
 */
public record ExecutionSettings(
        @Setting(policy = {}, description = "Rule firings one evaluation or moderation call may take; more fails the call, naming the rule firing (a rule that re-fires itself forever).",
                defaultValue = "1000000", min = "100", max = "1000000000")
        int maxRuleFirings,
        @Setting(policy = {}, description = "Wall time one evaluation or moderation call may spend in the rules, checked between two firings; more fails the call, naming the rule firing.",
                defaultValue = "10s", min = "10ms", max = "1h")
        Duration maxCallTime) {
}
