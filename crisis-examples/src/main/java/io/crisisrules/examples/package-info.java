/**
 * Runnable examples; {@link io.crisisrules.examples.QuickStart} is the README's first example.
 * {@link io.crisisrules.examples.StoringResults}, {@link io.crisisrules.examples.DatabaseOffences} and
 * {@link io.crisisrules.examples.ReloadingRules} are those of the README's host-integration sections.
 */
package io.crisisrules.examples;
