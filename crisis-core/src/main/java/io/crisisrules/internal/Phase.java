package io.crisisrules.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The inference layers rules run in, one rule-flow group each, and the order they run in. The
 * engine gives each phase the focus in turn ({@link Pipeline}); a rule never sets the focus itself.
 */
public enum Phase {
    /** Measurements become warning signals. */
    DETECTION("detection", 1, true),
    /** Signals and evidence become incident evidence, and the venue to answer on; the incident is resolved after it. */
    CLASSIFICATION("classification", 2, true),
    /**
     * The resolved incident gets its plan, readiness gaps and monitoring cadence; the house plan actions
     * house rules ask for are inserted during it, for its rules and the escalation rules to see
     * ({@code HousePlanActions}; those a moderation rule asks for are inserted after moderation, for
     * the escalation rules).
     */
    DECISION("decision", 3, true),
    /**
     * The settled plan's deadlines: an action past its deadline, or whose approval would come after
     * it, goes to the crisis team (RSP-14). A layer of its own, after the plan is settled, so that an
     * action a decision rule withdraws (RSP-18 keeps the plan consistent) is never escalated: an
     * escalation's logical support on an action deleted later in the same phase was not always
     * withdrawn, depending on the order Drools fired rules of equal priority.
     */
    ESCALATION("escalation", 4, true),
    /**
     * Comments get their findings (the MOD policies), knowing the incident and its plan. A phase of
     * its own so that moderating comments outside an evaluation runs on a rule base holding only
     * these rules.
     */
    MODERATION("moderation", 5, true),
    /** Streaming alert state (DET-18…DET-21): only a {@link io.crisisrules.CrisisMonitor} runs it, never a batch. */
    MONITORING("monitoring", 6, false);

    /** Every phase of a batch evaluation. */
    public static final Set<Phase> ALL = Set.copyOf(EnumSet.of(DETECTION, CLASSIFICATION, DECISION, ESCALATION, MODERATION));
    /** Signals only: what a monitor needs of its KPI points and complaints. */
    public static final Set<Phase> DETECTION_ONLY = Set.of(DETECTION);
    /** The incident of signals already detected: what a monitor needs to group its firings. */
    public static final Set<Phase> CLASSIFICATION_ONLY = Set.of(CLASSIFICATION);

    private static final Comparator<Phase> RUN_ORDER = Comparator.comparingInt(phase -> phase.runOrder);

    private final String group;
    private final int runOrder;
    private final boolean batch;

    Phase(String group, int runOrder, boolean batch) {
        this.group = group;
        this.runOrder = runOrder;
        this.batch = batch;
    }

    /** @return the rule-flow group name used in DRL */
    public String group() {
        return group;
    }

    /** @return whether a batch evaluation runs this phase ({@link #MONITORING} is the monitor's own) */
    public boolean isBatch() {
        return batch;
    }

    /** @return whether this phase runs before another */
    public boolean runsBefore(Phase other) {
        return runOrder < other.runOrder;
    }

    /**
     * @param chosen phases of a batch evaluation
     * @return them in the order they run
     * @throws IllegalArgumentException for {@link #MONITORING}, for decision, escalation or moderation
     *                                  without classification (they need the incident it resolves), or
     *                                  for escalation without decision (it reads the plan)
     */
    public static List<Phase> inRunOrder(Set<Phase> chosen) {
        for (Phase phase : chosen) {
            if (!phase.batch) {
                throw new IllegalArgumentException("phases must be batch phases, but was " + phase);
            }
            if (CLASSIFICATION.runsBefore(phase) && !chosen.contains(CLASSIFICATION)) {
                throw new IllegalArgumentException("phases must include CLASSIFICATION when they include " + phase
                        + " (it resolves the incident " + phase + " reads), but were " + chosen);
            }
            if (phase == ESCALATION && !chosen.contains(DECISION)) {
                throw new IllegalArgumentException("phases must include DECISION when they include ESCALATION"
                        + " (it escalates the plan DECISION makes), but were " + chosen);
            }
        }
        return chosen.stream().sorted(RUN_ORDER).toList();
    }

    /** @return the phase of a rule-flow group name, or {@code null} */
    public static Phase ofGroup(String group) {
        return Arrays.stream(values()).filter(p -> p.group.equals(group)).findFirst().orElse(null);
    }

    /** @return the group names, in run order */
    public static List<String> groups() {
        return Arrays.stream(values()).sorted(RUN_ORDER).map(Phase::group).toList();
    }
}
