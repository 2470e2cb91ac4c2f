package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.util.List;

/**
 * Something the organisation lacks to face a crisis (ORG-01…ORG-05), from the brand's
 * {@link ReadinessProfile}. Texts in English and French: {@link io.crisisrules.text.PlanTexts}.
 *
 * @param kind        what is missing
 * @param missing     the missing elements, e.g. {@code ["HASHTAG", "COMPETITOR"]}; empty when the
 *                    whole thing is missing (no internal protocol)
 * @param explanation the rule that found it
 */
public record ReadinessGap(Kind kind, List<String> missing, Explanation explanation) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param kind what is missing
     * @param missing the missing elements, e.g. {@code ["HASHTAG", "COMPETITOR"]}; empty when the whole thing is missing (no internal protocol)
     * @param explanation the rule that found it
     */
    public ReadinessGap {
        Checks.required("kind", kind);
        missing = Checks.list("missing", missing);
        Checks.required("explanation", explanation);
    }

    /**
     * The form rules use; the engine adds the explanation.
     *
     * @param kind what is missing
     * @param missing the missing elements, e.g. {@code ["HASHTAG", "COMPETITOR"]}; empty when the whole thing is missing (no internal protocol)
     */
    public ReadinessGap(Kind kind, List<String> missing) {
        this(kind, missing, Explanation.NONE);
    }

    /**
     * @param explanation the rule that found it
     * @return the same gap with its explanation
     */
    public ReadinessGap withExplanation(Explanation explanation) {
        return new ReadinessGap(kind, missing, explanation);
    }

    /** What a readiness gap is about. */
    public enum Kind {
        /** ORG-01: keywords social listening does not follow. */
        MONITORING,
        /** ORG-02: crisis-team roles nobody holds. */
        CRISIS_TEAM,
        /** ORG-02: no protocol of who is informed first and who decides. */
        INTERNAL_PROTOCOL,
        /** ORG-03: no editorial charter. */
        EDITORIAL_CHARTER,
        /** ORG-03: parts of the social-media strategy not defined. */
        SOCIAL_MEDIA_STRATEGY,
        /** ORG-04: complaint channels whose complaints do not reach the CRM. */
        CRM_CAPTURE,
        /** ORG-05: social-media ROI indicators not defined. */
        ROI_INDICATORS
    }
}
