package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Severity;

/**
 * Evidence for a severity level (TYP-04). The incident takes the highest level of all evidence,
 * {@link Severity#MINOR} without any, then one level more if an aggravating factor applies (TYP-05).
 *
 * @param level the level the evidence supports
 * @param basis what supports it, e.g. {@code "2,400 people reached per hour by negative content"}
 * @param exposure whether it measures how far the story travelled (reach), rather than what people
 *              suffered: an {@link ExposureCap} bounds it in a victim crisis in which nobody suffered
 */
public record SeverityEvidence(Severity level, String basis, boolean exposure) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param level the level the evidence supports
     * @param basis what supports it, e.g. {@code "2,400 people reached per hour by negative content"}
     * @param exposure whether it measures how far the story travelled (reach), rather than what people suffered: an {@link ExposureCap} bounds it in a victim crisis in which nobody suffered
     */
    public SeverityEvidence {
        Checks.required("level", level);
        Checks.text("basis", basis);
    }

    /**
     * Evidence from what happened to people or the brand, not from reach.
     *
     * @param level the level the evidence supports
     * @param basis what supports it, e.g. {@code "2,400 people reached per hour by negative content"}
     */
    public SeverityEvidence(Severity level, String basis) {
        this(level, basis, false);
    }

    /**
     * @param level the level the evidence supports
     * @param basis what supports it, e.g. {@code "2,400 people reached per hour by negative content"}
     * @return evidence from how far the story travelled
     */
    public static SeverityEvidence ofExposure(Severity level, String basis) {
        return new SeverityEvidence(level, basis, true);
    }

    /**
     * @param caps the exposure caps inferred for the incident
     * @return the level this evidence supports under the caps that apply
     */
    public Severity levelUnder(java.util.Collection<ExposureCap> caps) {
        if (!exposure) {
            return level;
        }
        Severity capped = level;
        for (ExposureCap cap : caps) {
            if (!cap.level().isAtLeast(capped)) {
                capped = cap.level();
            }
        }
        return capped;
    }
}
