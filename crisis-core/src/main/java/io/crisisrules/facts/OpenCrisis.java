package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Severity;

/**
 * The brand has a crisis open while its comments are moderated: inserted by the engine before the
 * decision phase, from the incident an evaluation resolved or from the
 * {@link io.crisisrules.moderation.ModerationContext} of a batch. Repeated questions are pointed to
 * the FAQ during a crisis (MOD-07); borderline comments go to review during a major one (MOD-08).
 *
 * @param severity how severe the open crisis is
 */
public record OpenCrisis(Severity severity) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param severity how severe the open crisis is
     */
    public OpenCrisis {
        Checks.required("severity", severity);
    }

    /** @return whether the open crisis is major */
    public boolean isMajor() {
        return severity == Severity.MAJOR;
    }
}
