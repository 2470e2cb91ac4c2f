package io.crisisrules.testing;

import io.crisisrules.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The route for frameworks other than QuickTheories: generators drawn from a plain RandomGenerator. */
class SamplesTest {

    @Test
    void the_same_seed_gives_the_same_snapshots_and_another_seed_others() {
        List<Snapshot> once = Samples.list(Generators.snapshots().crisisBiased(), 42, 30);
        List<Snapshot> again = Samples.list(Generators.snapshots().crisisBiased(), 42, 30);
        List<Snapshot> other = Samples.list(Generators.snapshots().crisisBiased(), 43, 30);

        assertThat(once).hasSize(30).isEqualTo(again).isNotEqualTo(other);
    }

    @Test
    void every_draw_stays_within_the_bounds_the_generator_asks_for_and_reaches_them() {
        List<Integer> values = Samples.list(Generate.range(3, 7), 1, 500);

        assertThat(new TreeSet<>(values)).containsExactly(3, 4, 5, 6, 7);
    }

    @Test
    void bounds_reaching_the_ends_of_long_are_drawn_without_overflow() {
        SplittableRandom random = new SplittableRandom(7);
        Gen<Long> top = Generate.longRange(Long.MAX_VALUE - 1, Long.MAX_VALUE);
        Gen<Long> bottom = Generate.longRange(Long.MIN_VALUE, Long.MIN_VALUE + 1);

        for (int i = 0; i < 200; i++) {
            assertThat(Samples.draw(top, random)).isGreaterThanOrEqualTo(Long.MAX_VALUE - 1);
            assertThat(Samples.draw(bottom, random)).isLessThanOrEqualTo(Long.MIN_VALUE + 1);
        }
        assertThat(Samples.bounds(org.quicktheories.impl.Constraint.none()))
                .containsExactly(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Test
    void a_filter_draws_again_until_it_accepts_and_gives_up_on_one_that_never_does() {
        List<Integer> even = Samples.list(Generate.range(0, 100).assuming(i -> i % 2 == 0), 5, 100);
        Gen<Integer> never = Generate.range(0, 100).assuming(i -> i > 100);

        assertThat(even).allMatch(i -> i % 2 == 0);
        assertThatThrownBy(() -> Samples.draw(never, new SplittableRandom(5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rejected");
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatThrownBy(() -> Samples.list(Generate.range(0, 1), 1, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
