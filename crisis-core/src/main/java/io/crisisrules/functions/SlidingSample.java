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
        Arrays.fill(out, 0, size, false);
        int taken = 0;
        for (int burst = 0; burst < bursts; burst++) {
            int peak = -1;
            for (int i = 0; i < size; i++) {
                if (!out[i] && (peak < 0 || values[(head + i) % times.length] >= values[(head + peak) % times.length])) {
                    peak = i;
                }
            }
            if (peak < 0) {
                break;
            }
            long centre = times[(head + peak) % times.length];
            int members = 0;
            for (int i = 0; i < size; i++) {
                long time = times[(head + i) % times.length];
                members += !out[i] && time >= centre - halfWidth && time <= centre + halfWidth ? 1 : 0;
            }
            if (2 * (taken + members) > size) {
                break;
            }
            for (int i = 0; i < size; i++) {
                long time = times[(head + i) % times.length];
                if (!out[i] && time >= centre - halfWidth && time <= centre + halfWidth) {
                    out[i] = true;
                    taken++;
                }
            }
        }
        int remaining = size - taken;
        if (remaining == 0) {
            return Double.NaN;
        }
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (out[i]) {
                left[n++] = values[(head + i) % times.length];
            }
        }
        Arrays.sort(left, 0, n);
        int fromTop = remaining - 1 - (int) Math.floor((remaining - 1) * p);
        int skip = n - 1;
        int seen = 0;
        for (int i = size - 1; i >= 0; i--) {
            if (skip >= 0 && order[i] == left[skip]) {
                skip--;
            } else if (seen++ == fromTop) {
                return order[i];
            }
        }
        return Double.NaN;
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
