package io.crisisrules.internal;

/** Initial capacities for hash maps and sets whose size is known, so that a batch never rehashes. */
public final class Capacity {

    private Capacity() {
    }

    /**
     * @param entries how many entries the map or set will hold
     * @return an initial capacity that holds them under the default load factor
     */
    public static int forEntries(int entries) {
        return Math.max(16, (int) (entries / 0.75f) + 1);
    }
}
