package io.crisisrules.model;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static io.crisisrules.model.AlertState.FIRING;
import static io.crisisrules.model.AlertState.INACTIVE;
import static io.crisisrules.model.AlertState.PENDING;
import static io.crisisrules.model.AlertState.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

class AlertStateTest {

    @Test
    void every_state_lists_exactly_the_changes_the_alert_rules_make() {
        // DET-18: a breach makes a quiet alert pending; a held breach fires; a stopped one drops
        assertThat(INACTIVE.next()).containsExactlyInAnyOrder(PENDING);
        assertThat(PENDING.next()).containsExactlyInAnyOrder(FIRING, INACTIVE);
        // DET-19 resolves a firing alert; DET-21 re-notifies a level raise, firing to firing
        assertThat(FIRING.next()).containsExactlyInAnyOrder(FIRING, RESOLVED);
        // a resolved alert that breaches again is pending again
        assertThat(RESOLVED.next()).containsExactlyInAnyOrder(PENDING);
    }

    @Test
    void an_alert_may_move_along_every_allowed_transition() {
        assertThat(INACTIVE.canMoveTo(PENDING)).isTrue();
        assertThat(PENDING.canMoveTo(FIRING)).isTrue();
        assertThat(PENDING.canMoveTo(INACTIVE)).isTrue();
        assertThat(FIRING.canMoveTo(FIRING)).isTrue();
        assertThat(FIRING.canMoveTo(RESOLVED)).isTrue();
        assertThat(RESOLVED.canMoveTo(PENDING)).isTrue();
    }

    @Test
    void every_other_move_is_refused() {
        Set<String> allowed = Set.of("INACTIVE>PENDING", "PENDING>FIRING", "PENDING>INACTIVE", "FIRING>FIRING",
                "FIRING>RESOLVED", "RESOLVED>PENDING");
        int refused = 0;
        for (AlertState from : AlertState.values()) {
            for (AlertState to : AlertState.values()) {
                boolean expected = allowed.contains(from + ">" + to);
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected);
                refused += expected ? 0 : 1;
            }
        }
        assertThat(refused).isEqualTo(10);
        // an alert never fires without having been pending, nor resolves without having fired
        assertThat(INACTIVE.canMoveTo(FIRING)).isFalse();
        assertThat(PENDING.canMoveTo(RESOLVED)).isFalse();
        assertThat(EnumSet.allOf(AlertState.class)).allMatch(state -> !state.next().isEmpty());
    }
}
