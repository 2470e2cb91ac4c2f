/**
 * JSON for crisis-rules, on Jackson: {@link io.crisisrules.json.CrisisJson} writes and reads the
 * library's values exactly (snapshots, assessments, incidents, monitor changes, moderation
 * decisions and outcomes), and {@link io.crisisrules.json.ScenarioFormat} reads the scenario files
 * people write. Both follow one versioned JSON Schema, {@code crisis-rules.schema.json}, and read
 * strictly: every error names the field as a JSON path and echoes the value, or gives the line and
 * column of malformed JSON. Start with {@code CrisisJson}.
 *
 * <p>This module is optional: {@code crisis-core} does not depend on Jackson.
 */
package io.crisisrules.json;
