/**
 * Input checks and duration text shared by the value types, the settings and the facade: a leaf
 * package, which depends on nothing of the library but its exception types, so that the model,
 * the facts and the settings need not import the engine's internals. Not an API: the module
 * exports it only to the library's own command-line tool. Start with {@link io.crisisrules.checks.Checks}.
 */
package io.crisisrules.checks;
