package io.crisisrules.bench;

/** The heap in use after garbage collection, for the soak and the flood. */
final class Heap {

    private Heap() {
    }

    /** @return bytes in use after a few GCs, when the count settles */
    static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
