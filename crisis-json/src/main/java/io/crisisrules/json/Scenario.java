package io.crisisrules.json;

import io.crisisrules.model.Snapshot;

import java.time.Instant;
import java.util.Map;

/**
 * A scenario file's content: a snapshot, the instant to evaluate it at, and setting overrides.
 *
 * @param name        a short name for people, may be empty
 * @param description what the scenario shows, may be empty
 * @param now         the evaluation instant
 * @param snapshot    what the engine evaluates
 * @param settings    policy setting overrides (key to value, as in a settings file)
 * @param expectations what its evaluation must give ({@code crisis test}), or {@code null} when the
 *                    file states none
 */
public record Scenario(String name, String description, Instant now, Snapshot snapshot, Map<String, String> settings,
                       Expectations expectations) {

    /**
     * Creates one from its components.
     *
     * @param name a short name for people, may be empty
     * @param description what the scenario shows, may be empty
     * @param now the evaluation instant
     * @param snapshot what the engine evaluates
     * @param settings policy setting overrides (key to value, as in a settings file)
     * @param expectations what its evaluation must give ({@code crisis test}), or {@code null} when the file states none
     */
    public Scenario {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /**
     * The form without expectations.
     *
     * @param name a short name for people, may be empty
     * @param description what the scenario shows, may be empty
     * @param now the evaluation instant
     * @param snapshot what the engine evaluates
     * @param settings policy setting overrides (key to value, as in a settings file)
     */
    public Scenario(String name, String description, Instant now, Snapshot snapshot, Map<String, String> settings) {
        this(name, description, now, snapshot, settings, null);
    }
}
