package io.crisisrules.testing;

import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.ConcreteDetachedSource;
import org.quicktheories.impl.Constraint;
import org.quicktheories.impl.ExtendedRandomnessSource;
import org.quicktheories.impl.Precursor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Draws values of the {@link Generators} from a plain {@link RandomGenerator}, for test frameworks
 * other than QuickTheories (a JUnit {@code @ParameterizedTest}, TestNG data providers, Kotest, a
 * loop in a main method): no QuickTheories runner, no shrinking, the same values for the same seed.
 *
 * <pre>{@code
 * static List<Snapshot> snapshots() {
 *     return Samples.list(Generators.snapshots().crisisBiased(), 42, 200);
 * }
 * }</pre>
 *
 * <p>Each drawn number is uniform within the bounds the generator asks for, so the odds are those the
 * generators' weights give; QuickTheories itself also favours the bounds early in a run, which
 * these draws do not.
 */
public final class Samples {

    private Samples() {
    }

    /**
     * @param <T>       what the generator makes
     * @param generator any QuickTheories generator, those of {@link Generators} included
     * @param random    where the randomness comes from, e.g. a {@link SplittableRandom} or a
     *                  framework's own seeded source; not shared with other threads meanwhile
     * @return one value
     */
    public static <T> T draw(Gen<T> generator, RandomGenerator random) {
        Objects.requireNonNull(generator, "generator");
        return generator.generate(new Source(Objects.requireNonNull(random, "random")));
    }

    /**
     * @param <T>       what the generator makes
     * @param generator any QuickTheories generator
     * @param seed      the seed: the same seed gives the same values
     * @param count     how many values, {@code >= 0}
     * @return {@code count} values drawn one after the other from a {@link SplittableRandom} seeded
     *         with {@code seed}
     */
    public static <T> List<T> list(Gen<T> generator, long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, but was " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(draw(generator, random));
        }
        return values;
    }

    /** QuickTheories' randomness, taken from a {@link RandomGenerator} within each draw's bounds. */
    private static final class Source implements ExtendedRandomnessSource {
        /** As QuickTheories gives up on a filter that keeps rejecting, rather than looping for ever. */
        private static final int MAX_FAILED_ASSUMPTIONS = 10_000;

        private final RandomGenerator random;
        private int failedAssumptions;

        Source(RandomGenerator random) {
            this.random = random;
        }

        @Override
        public long next(Constraint constraint) {
            return tryNext(constraint);
        }

        @Override
        public long tryNext(Constraint constraint) {
            long[] bounds = bounds(constraint);
            long min = bounds[0];
            long max = bounds[1];
            if (max < Long.MAX_VALUE) {
                return random.nextLong(min, max + 1);
            }
            if (min > Long.MIN_VALUE) {
                return random.nextLong(min - 1, max) + 1;
            }
            return random.nextLong();
        }

        @Override
        public DetatchedRandomnessSource detach() {
            return new ConcreteDetachedSource(this);
        }

        @Override
        public void registerFailedAssumption() {
            if (++failedAssumptions > MAX_FAILED_ASSUMPTIONS) {
                throw new IllegalStateException("a filter of the generator rejected " + MAX_FAILED_ASSUMPTIONS
                        + " values in a row: draw what it accepts instead of filtering");
            }
        }

        @Override
        public void add(Precursor precursor) {
            // no shrinking, so nothing to keep of a detached draw
        }
    }

    /**
     * A constraint's bounds: QuickTheories keeps {@code Constraint.min()} and {@code max()} to its own
     * package but records them, readable, in the {@link Precursor} a detached source commits.
     */
    static long[] bounds(Constraint constraint) {
        BoundsProbe probe = new BoundsProbe();
        ConcreteDetachedSource detached = new ConcreteDetachedSource(probe);
        detached.next(constraint);
        detached.commit();
        return new long[] {probe.recorded.min(0), probe.recorded.max(0)};
    }

    /** Receives the precursor of one draw, to read its constraint back. */
    private static final class BoundsProbe implements ExtendedRandomnessSource {
        private Precursor recorded;

        @Override
        public long tryNext(Constraint constraint) {
            return 0;
        }

        @Override
        public void add(Precursor precursor) {
            recorded = precursor;
        }

        @Override
        public long next(Constraint constraint) {
            return 0;
        }

        @Override
        public DetatchedRandomnessSource detach() {
            throw new UnsupportedOperationException("a probe of one draw");
        }

        @Override
        public void registerFailedAssumption() {
            // a probe draws nothing that could fail
        }
    }
}
