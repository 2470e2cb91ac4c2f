package io.crisisrules.moderation;

import io.crisisrules.model.Assessment;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Severity;

/**
 * What a batch of comments is moderated against, outside an evaluation: whether a crisis is open and
 * how severe. While a crisis is open, repeated questions are pointed to the FAQ (MOD-07); while a
 * major one is open, borderline comments go to review rather than being ignored (MOD-08). Inside
 * {@link io.crisisrules.CrisisEngine#evaluate} the engine uses the incident it resolves instead.
 *
 * @param openCrisis the severity of the brand's open crisis, or {@code null} when none is open
 */
public record ModerationContext(Severity openCrisis) {

    /** No crisis is open. */
    public static final ModerationContext NONE = new ModerationContext(null);

    /**
     * @param severity the open crisis's severity
     * @return a context with a crisis of that severity open
     */
    public static ModerationContext duringCrisis(Severity severity) {
        return new ModerationContext(io.crisisrules.checks.Checks.required("severity", severity));
    }

    /**
     * @param incident the brand's current incident, or {@code null}
     * @return a context with the incident's severity when it is open, else {@link #NONE}
     */
    public static ModerationContext of(Incident incident) {
        return incident != null && incident.isOpen() ? new ModerationContext(incident.severity()) : NONE;
    }

    /**
     * @param assessment the brand's latest assessment
     * @return the context of its incident, see {@link #of(Incident)}
     */
    public static ModerationContext of(Assessment assessment) {
        return of(io.crisisrules.checks.Checks.required("assessment", assessment).incident().orElse(null));
    }
}
