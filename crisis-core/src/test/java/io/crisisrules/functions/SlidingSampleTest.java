package io.crisisrules.functions;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The window behind the baseline's medians and quantiles, and its quantile once the largest bursts are left out. */
class SlidingSampleTest {

    /** The same, the slow way: take out each burst around the largest value left, sort the rest. */
    private static double expected(long[] times, double[] values, double p, int bursts, long halfWidth) {
        boolean[] out = new boolean[values.length];
        for (int burst = 0; burst < bursts; burst++) {
            int peak = -1;
            for (int i = 0; i < values.length; i++) {
                if (!out[i] && (peak < 0 || values[i] >= values[peak])) {
                    peak = i;
                }
            }
            if (peak < 0) {
                break;
            }
            long centre = times[peak];
            boolean[] next = out.clone();
            int taken = 0;
            for (int i = 0; i < values.length; i++) {
                next[i] |= Math.abs(times[i] - centre) <= halfWidth;
                taken += next[i] ? 1 : 0;
            }
            if (2 * taken > values.length) {
                break;
            }
            out = next;
        }
        List<Double> rest = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (!out[i]) {
                rest.add(values[i]);
            }
        }
        rest.sort(null);
        return rest.get((int) Math.floor((rest.size() - 1) * p));
    }

    @Test
    void the_quantile_without_the_largest_bursts_is_the_quantile_of_the_others() {
        Random random = new Random(3);
        for (int trial = 0; trial < 300; trial++) {
            SlidingSample sample = new SlidingSample(true);
            int size = 1 + random.nextInt(300);
            long[] times = new long[size];
            double[] values = new double[size];
            for (int i = 0; i < size; i++) {
                times[i] = i * 10L;
                values[i] = random.nextInt(20); // ties on purpose
                sample.add(times[i], values[i]);
            }
            double p = random.nextDouble();
            int bursts = random.nextInt(4);
            long halfWidth = random.nextInt(400);
            Double expected = bursts == 0 ? sample.quantile(p) : expected(times, values, p, bursts, halfWidth);
            assertThat((Double) sample.quantileWithoutBursts(p, bursts, halfWidth)).as("trial %d", trial).isEqualTo(expected);
        }
    }

    @Test
    void the_quantile_without_bursts_holds_on_a_window_that_wrapped_around_with_repeated_times() {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            SlidingSample sample = new SlidingSample(true);
            List<long[]> kept = new ArrayList<>();
            long time = 0;
            int pushes = 50 + random.nextInt(400);
            for (int i = 0; i < pushes; i++) {
                time += random.nextInt(3); // repeated times on purpose
                long value = random.nextInt(30);
                sample.add(time, value);
                kept.add(new long[] {time, value});
                long horizon = time - 200 - random.nextInt(50);
                sample.dropBefore(horizon); // drops from the front, so the ring's head moves and wraps
                kept.removeIf(point -> point[0] < horizon);
            }
            long[] times = kept.stream().mapToLong(point -> point[0]).toArray();
            double[] values = kept.stream().mapToDouble(point -> point[1]).toArray();
            double p = random.nextDouble();
            int bursts = 1 + random.nextInt(3);
            long halfWidth = random.nextInt(60);
            assertThat(sample.size()).isEqualTo(values.length);
            assertThat((Double) sample.quantileWithoutBursts(p, bursts, halfWidth)).as("trial %d", trial)
                    .isEqualTo(expected(times, values, p, bursts, halfWidth));
            assertThat((Double) sample.quantileWithoutBursts(p, bursts, halfWidth)).as("trial %d, asked twice", trial)
                    .isEqualTo(expected(times, values, p, bursts, halfWidth));
        }
    }

    @Test
    void a_burst_is_taken_out_around_its_peak_and_the_next_one_around_the_largest_value_left() {
        SlidingSample sample = new SlidingSample(true);
        double[] values = {1, 2, 50, 3, 1, 2, 40, 2, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        for (int i = 0; i < values.length; i++) {
            sample.add(i, values[i]);
        }
        assertThat(sample.quantile(1)).isEqualTo(50);
        assertThat(sample.quantileWithoutBursts(1, 1, 1)).as("2, 50 and 3 out").isEqualTo(40);
        assertThat(sample.quantileWithoutBursts(1, 2, 1)).as("then 2, 40 and 2").isEqualTo(3);
        assertThat(sample.quantileWithoutBursts(1, 2, 100)).as("a burst that would take more than half stays")
                .isEqualTo(50);
        assertThat(sample.quantileWithoutBursts(1, 3, 1)).as("a third burst: 1, 3 and 1").isEqualTo(1);
    }
}
