package io.crisisrules.model;

/** How big a crisis is (policy TYP-04); it decides the resources mobilised. Ordered from least. */
public enum Severity {
    MINOR, MODERATE, MAJOR;

    /** @return the next level up, or this one when it is already {@link #MAJOR} */
    public Severity raised() {
        return this == MAJOR ? MAJOR : values()[ordinal() + 1];
    }

    /** @return whether this level is at least {@code other} */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
