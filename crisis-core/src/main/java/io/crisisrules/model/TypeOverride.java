package io.crisisrules.model;

/**
 * What the host already knows about an incident's type, which then outranks what the typology
 * rules infer (TYP-01, TYP-02). Either part may be {@code null}: inferred then.
 *
 * @param failureType the known failure type, or {@code null}
 * @param crisisType  the known crisis type, or {@code null}
 */
public record TypeOverride(FailureType failureType, CrisisType crisisType) {

    /** No override: everything is inferred. */
    public static final TypeOverride NONE = new TypeOverride(null, null);
}
