package io.crisisrules.model;

/** How big a crisis is (policy TYP-04); it decides the resources mobilised. Ordered from least. */
public enum Severity {
    /** The least severe level. */
    MINOR,
    /** The middle level. */
    MODERATE,
    /** The most severe level. */
    MAJOR;

    /** @return the next level up, or this one when it is already {@link #MAJOR} */
    public Severity raised() {
        return this == MAJOR ? MAJOR : values()[ordinal() + 1];
    }

    /**
     * @param other the level to compare with
     * @return whether this level is at least {@code other}
     */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
