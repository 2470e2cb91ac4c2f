/**
 * The {@code crisis} command-line tool; start with {@link io.crisisrules.examples.cli.CrisisCli}.
 */
package io.crisisrules.examples.cli;
