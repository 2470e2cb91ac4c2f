package io.crisisrules.functions;

import java.util.Arrays;
import java.util.List;

/**
 * A window of timestamped values in arrival order (oldest first), dropped from the front by time or
 * by count, with the values also kept sorted when asked, so that medians and quantiles cost a binary
 * search and an array copy per point rather than a sort. Memory is what the window holds.
 */
final class SlidingSample {
    private final boolean sorted;
    private long[] times = new long[64];
    private double[] values = new double[64];
    private int head;
    private int size;
    private double[] order = new double[64];
    /** Scratch space of {@link #quantileWithoutBursts}: which values are out, and their values. */
    private boolean[] out = new boolean[0];
    private double[] left = new double[0];

    /** @param sorted whether quantiles are needed (the values are then also kept in order) */
    SlidingSample(boolean sorted) {
        this.sorted = sorted;
    }

    int size() {
        return size;
    }

    /** Appends a value; times must not decrease. */
    void add(long time, double value) {
        if (size == times.length) {
            grow();
        }
        int at = (head + size) % times.length;
        times[at] = time;
        values[at] = value;
        if (sorted) {
            int i = Arrays.binarySearch(order, 0, size, value);
            int insert = i >= 0 ? i : -i - 1;
            System.arraycopy(order, insert, order, insert + 1, size - insert);
            order[insert] = value;
        }
        size++;
    }

    /** Drops the values older than {@code time}. */
    void dropBefore(long time) {
        while (size > 0 && times[head] < time) {
            dropFirst();
        }
    }

    /** Drops the oldest values until at most {@code capacity} are left. */
    void keepLast(int capacity) {
        while (size > capacity) {
            dropFirst();
        }
    }

    private void dropFirst() {
        if (sorted) {
            int i = Arrays.binarySearch(order, 0, size, values[head]);
            System.arraycopy(order, i + 1, order, i, size - i - 1);
        }
        head = (head + 1) % times.length;
        size--;
    }

    /**
     * @param p a share in [0, 1]
     * @return the p-quantile, the order statistic at {@code floor((n − 1) × p)} (not interpolated,
     *         so below the maximum for any p &lt; 1: one outlier never sets a high quantile); NaN when
     *         empty
     */
    double quantile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        return order[(int) Math.floor((size - 1) * p)];
    }

    /**
     * The p-quantile, as {@link #quantile(double)} defines it, of the values once the {@code bursts}
     * largest bursts are taken out: the values within {@code halfWidth} of the largest value, then
     * within {@code halfWidth} of the largest value left, and so on, while at least half of the values
     * stay (a short history is not all bursts).
     *
     * @return the quantile
     */
    double quantileWithoutBursts(double p, int bursts, long halfWidth) {
        if (bursts == 0 || size == 0) {
            return quantile(p);
        }
        if (out.length < size) {
            out = new boolean[times.length];
            left = new double[times.length];
        }
        // Called at every closed interval on a week of values: one scan per burst for its peak, the
        // burst itself found by binary search on the times (they never decrease), and only the
        // bursts' own slots marked and cleared, rather than three scans of the window per burst.
        int taken = 0;
        int[] from = new int[bursts];
        int[] to = new int[bursts];
        int marked = 0;
        for (int burst = 0; burst < bursts; burst++) {
            int peak = -1;
            double highest = 0;
            int at = head;
            for (int i = 0; i < size; i++) {
                if (!out[i] && (peak < 0 || values[at] >= highest)) {
                    peak = i;
                    highest = values[at];
                }
                if (++at == times.length) {
                    at = 0;
                }
            }
            if (peak < 0) {
                break;
            }
            long centre = times[physical(peak)];
            int lo = firstAtOrAfter(centre - halfWidth);
            int hi = firstAfter(centre + halfWidth);
            int members = 0;
            for (int i = lo; i < hi; i++) {
                members += out[i] ? 0 : 1;
            }
            if (2 * (taken + members) > size) {
                break;
            }
            for (int i = lo; i < hi; i++) {
                out[i] = true;
            }
            from[marked] = lo;
            to[marked++] = hi;
            taken += members;
        }
        int remaining = size - taken;
        int n = 0;
        for (int r = 0; r < marked; r++) {
            for (int i = from[r]; i < to[r]; i++) {
                if (out[i]) {
                    out[i] = false;
                    left[n++] = values[physical(i)];
                }
            }
        }
        if (remaining == 0) {
            return Double.NaN;
        }
        // The k-th smallest of the values left is the smallest value v of the window with at least k + 1
        // of them at or below it: a binary search over the sorted window, counting the bursts' values
        // at each step, costs less than sorting the bursts.
        int k = (int) Math.floor((remaining - 1) * p);
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (remainingAtOrBelow(order[mid], n) >= k + 1) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return order[lo];
    }

    /** @return how many values of the window, bar the {@code n} bursts' values in {@code left}, are at most {@code value} */
    private int remainingAtOrBelow(double value, int n) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (order[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int outAtOrBelow = 0;
        for (int i = 0; i < n; i++) {
            outAtOrBelow += left[i] <= value ? 1 : 0;
        }
        return lo - outAtOrBelow;
    }

    private int physical(int index) {
        int at = head + index;
        return at >= times.length ? at - times.length : at;
    }

    /** @return the first logical index whose time is at least {@code time}, or {@code size} */
    private int firstAtOrAfter(long time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[physical(mid)] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return the first logical index whose time is after {@code time}, or {@code size} */
    private int firstAfter(long time) {
        return time == Long.MAX_VALUE ? size : firstAtOrAfter(time + 1);
    }

    /** @return the median, the mean of the two middle values when there are two */
    double median() {
        if (size == 0) {
            return Double.NaN;
        }
        int middle = size / 2;
        return size % 2 == 1 ? order[middle] : (order[middle - 1] + order[middle]) / 2;
    }

    /**
     * Copies the values whose times lie in {@code [from, to]} into {@code into} from {@code offset} on,
     * growing it when needed.
     *
     * @return the array written to (maybe a larger copy) and, through {@code count[0]}, the new end
     */
    double[] collect(long from, long to, double[] into, int[] count) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[(head + mid) % times.length] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        double[] out = into;
        for (int i = lo; i < size; i++) {
            int at = (head + i) % times.length;
            if (times[at] > to) {
                break;
            }
            if (count[0] == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[count[0]++] = values[at];
        }
        return out;
    }

    private void grow() {
        int capacity = times.length * 2;
        long[] newTimes = new long[capacity];
        double[] newValues = new double[capacity];
        for (int i = 0; i < size; i++) {
            newTimes[i] = times[(head + i) % times.length];
            newValues[i] = values[(head + i) % times.length];
        }
        times = newTimes;
        values = newValues;
        head = 0;
        if (sorted) {
            order = Arrays.copyOf(order, capacity);
        }
    }

    /** @return the values held, oldest first, as points a {@link MentionBaseline.State} keeps */
    List<MentionBaseline.Point> points() {
        List<MentionBaseline.Point> points = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int at = (head + i) % times.length;
            points.add(new MentionBaseline.Point(times[at], values[at]));
        }
        return points;
    }

    /** Appends points taken with {@link #points()}, rebuilding the order exactly. */
    void addAll(List<MentionBaseline.Point> points) {
        for (MentionBaseline.Point point : points) {
            add(point.at(), point.value());
        }
    }
}
