/**
 * Arithmetic that rules call: aggregates and statistics kept out of DRL so rules hold only the
 * decisions (thresholds come from the settings). Every function is pure and tested on its own.
 */
package io.crisisrules.functions;
