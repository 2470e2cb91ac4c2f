package io.crisisrules.model;

/**
 * What the host already knows about an incident's type, which then outranks what the typology
 * rules infer (TYP-01, TYP-02, RSP-16). Any part may be {@code null}: inferred then. A frame alone
 * also sets the crisis type it implies; a crisis type alone keeps the inferred frame when that frame
 * is of this type, else takes its typical frame.
 *
 * @param failureType the known failure type, or {@code null}
 * @param crisisType  the known crisis type, or {@code null}
 * @param frame       the known SCCT frame, or {@code null}
 */
public record TypeOverride(FailureType failureType, CrisisType crisisType, CrisisFrame frame) {

    /** No override: everything is inferred. */
    public static final TypeOverride NONE = new TypeOverride(null, null, null);

    /**
     * The form without a frame.
     *
     * @param failureType the known failure type, or {@code null}
     * @param crisisType the known crisis type, or {@code null}
     */
    public TypeOverride(FailureType failureType, CrisisType crisisType) {
        this(failureType, crisisType, null);
    }
}
