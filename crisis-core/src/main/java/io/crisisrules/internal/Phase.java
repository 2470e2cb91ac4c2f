package io.crisisrules.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The inference layers rules run in, one rule-flow group each. The engine gives each phase the
 * focus in turn; a rule never sets the focus itself.
 */
public enum Phase {
    /** Measurements become warning signals. */
    DETECTION("detection"),
    /** Signals and evidence become incident evidence, and the venue to answer on. */
    CLASSIFICATION("classification"),
    /** The resolved incident gets its plan, readiness gaps and monitoring cadence. */
    DECISION("decision"),
    /**
     * Comments get their findings (MOD-01…MOD-08). A phase of its own so that moderating comments
     * outside an evaluation runs on a rule base holding only these rules.
     */
    MODERATION("moderation"),
    /** Streaming alert state (DET-18…DET-21): only a {@link io.crisisrules.CrisisMonitor} runs it. */
    MONITORING("monitoring");

    private final String group;

    Phase(String group) {
        this.group = group;
    }

    /** @return the rule-flow group name used in DRL */
    public String group() {
        return group;
    }

    /** @return the phase of a rule-flow group name, or {@code null} */
    public static Phase ofGroup(String group) {
        return Arrays.stream(values()).filter(p -> p.group.equals(group)).findFirst().orElse(null);
    }

    /** @return the group names, in order */
    public static List<String> groups() {
        return Arrays.stream(values()).map(Phase::group).toList();
    }
}
