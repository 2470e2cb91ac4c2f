package io.crisisrules.model;

import java.util.Arrays;

/**
 * How big a crisis is (policy TYP-04); it decides the resources mobilised. Each level declares its
 * {@linkplain #rank() rank}; comparisons read it, never the declaration order.
 */
public enum Severity {
    /** The least severe level. */
    MINOR(0),
    /** The middle level. */
    MODERATE(1),
    /** The most severe level. */
    MAJOR(2);

    private final int rank;

    Severity(int rank) {
        this.rank = rank;
    }

    /** @return the level as a number, the higher the more severe: 0 for {@link #MINOR}, one more per level */
    public int rank() {
        return rank;
    }

    /** @return the next level up, or this one when it is already the highest */
    public Severity raised() {
        return Arrays.stream(values()).filter(level -> level.rank == rank + 1).findFirst().orElse(this);
    }

    /**
     * @param other the level to compare with
     * @return whether this level is at least {@code other}
     */
    public boolean isAtLeast(Severity other) {
        return rank >= other.rank;
    }
}
