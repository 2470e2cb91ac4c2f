/**
 * The scenario JSON format: {@link io.crisisrules.examples.json.ScenarioFormat} reads scenario files
 * (documented by {@code scenario.schema.json}) and writes results as JSON.
 */
package io.crisisrules.examples.json;
