/**
 * Runnable examples; {@link io.crisisrules.examples.QuickStart} is the README's first example.
 */
package io.crisisrules.examples;
