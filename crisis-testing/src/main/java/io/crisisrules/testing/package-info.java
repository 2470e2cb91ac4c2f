/**
 * QuickTheories generators of valid inputs for the crisis engine ({@link io.crisisrules.testing.Generators}),
 * optionally biased towards crisis situations ({@link io.crisisrules.testing.Bias}), and of policy
 * settings drawn within their documented ranges ({@link io.crisisrules.testing.SettingsGenerators}).
 * Use them with the invariants of {@code io.crisisrules.invariants} to test a host's own rules and
 * settings; {@link io.crisisrules.testing.Samples} draws them from a plain random generator for
 * other test frameworks. Published as the artifact {@code io.crisisrules:crisis-rules-testing} (test scope).
 */
package io.crisisrules.testing;
