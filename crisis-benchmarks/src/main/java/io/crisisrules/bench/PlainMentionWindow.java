package io.crisisrules.bench;

import io.crisisrules.model.Mention;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The lower bound of the monitor's per-mention bookkeeping: a one-hour sliding window with running
 * mention, negative and reach totals, and 5-minute interval counts of which the last 12 hours are kept
 * and their median taken when an interval closes (the recent part of the spike baseline). No alert
 * state machine: a bound, not an equivalent.
 */
public final class PlainMentionWindow {
    private static final long WINDOW = Duration.ofHours(1).toMillis();
    private static final long INTERVAL = Duration.ofMinutes(5).toMillis();
    private static final int RECENT = 144;

    private final ArrayDeque<Mention> window = new ArrayDeque<>();
    private final long[] recent = new long[RECENT];
    private int recentCount;
    private long reach;
    private long negative;
    private long bucket = Long.MIN_VALUE;
    private long bucketCount;
    private double median;

    /** @return mentions in the window */
    public long add(Mention mention) {
        long at = mention.epochMillis();
        window.addLast(mention);
        reach += mention.reach();
        if (mention.negative()) {
            negative++;
        }
        while (window.peekFirst().epochMillis() <= at - WINDOW) {
            Mention old = window.removeFirst();
            reach -= old.reach();
            if (old.negative()) {
                negative--;
            }
        }
        long start = at - Math.floorMod(at, INTERVAL);
        if (start != bucket) {
            if (bucket != Long.MIN_VALUE) {
                recent[recentCount++ % RECENT] = bucketCount;
                long[] sorted = Arrays.copyOf(recent, Math.min(recentCount, RECENT));
                Arrays.sort(sorted);
                median = sorted[sorted.length / 2];
            }
            bucket = start;
            bucketCount = 0;
        }
        bucketCount++;
        return window.size() + negative + (long) median;
    }
}
