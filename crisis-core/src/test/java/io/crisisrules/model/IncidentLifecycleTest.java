package io.crisisrules.model;

import io.crisisrules.IllegalTransitionException;
import io.crisisrules.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentLifecycleTest {
    private static final Instant DETECTED = Instant.parse("2026-03-10T09:00:00Z");

    private static Incident detected() {
        return new Incident("acme-1", "acme", DETECTED, IncidentStatus.DETECTED, FailureType.OPERATIONAL,
                CrisisType.PRODUCT_SERVICE_CRITICISM, CrisisType.Responsibility.ACCIDENTAL,
                VerificationStatus.NOT_APPLICABLE, Severity.MINOR, List.of(), List.of(), null, Explanation.NONE);
    }

    private static Instant hours(long h) {
        return DETECTED.plus(Duration.ofHours(h));
    }

    @Test
    void an_incident_moves_from_detected_to_closed_step_by_step_and_remembers_since_when() {
        Incident closed = detected().transitionTo(IncidentStatus.ACKNOWLEDGED, hours(1))
                .transitionTo(IncidentStatus.RESPONDING, hours(2))
                .transitionTo(IncidentStatus.RESOLVED, hours(48))
                .transitionTo(IncidentStatus.CLOSED, hours(96));

        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.statusSince()).isEqualTo(hours(96));
        assertThat(closed.detectedAt()).isEqualTo(DETECTED);
        assertThat(closed.id()).isEqualTo("acme-1");
        assertThat(detected().statusSince()).isEqualTo(DETECTED);
    }

    @Test
    void a_resolved_incident_that_flares_up_again_goes_back_to_responding() {
        Incident resolved = detected().transitionTo(IncidentStatus.ACKNOWLEDGED, hours(1))
                .transitionTo(IncidentStatus.RESPONDING, hours(2)).transitionTo(IncidentStatus.RESOLVED, hours(3));

        assertThat(resolved.transitionTo(IncidentStatus.RESPONDING, hours(4)).status()).isEqualTo(IncidentStatus.RESPONDING);
    }

    @Test
    void skipping_a_step_is_rejected_with_a_clear_error() {
        assertThatThrownBy(() -> detected().transitionTo(IncidentStatus.CLOSED, hours(1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("status cannot move from DETECTED to CLOSED; from DETECTED it moves to ACKNOWLEDGED")
                .satisfies(e -> {
                    IllegalTransitionException error = (IllegalTransitionException) e;
                    assertThat(error.field()).isEqualTo("status");
                    assertThat(error.value()).isEqualTo(IncidentStatus.CLOSED);
                    assertThat(error.from()).isEqualTo(IncidentStatus.DETECTED);
                    assertThat(error.to()).isEqualTo(IncidentStatus.CLOSED);
                });
    }

    @Test
    void going_back_or_standing_still_or_leaving_closed_is_rejected() {
        Incident acknowledged = detected().transitionTo(IncidentStatus.ACKNOWLEDGED, hours(1));
        assertThatThrownBy(() -> acknowledged.transitionTo(IncidentStatus.DETECTED, hours(2)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> acknowledged.transitionTo(IncidentStatus.ACKNOWLEDGED, hours(2)))
                .isInstanceOf(IllegalTransitionException.class);
        Incident closed = acknowledged.transitionTo(IncidentStatus.RESPONDING, hours(2))
                .transitionTo(IncidentStatus.RESOLVED, hours(3)).transitionTo(IncidentStatus.CLOSED, hours(4));
        assertThatThrownBy(() -> closed.transitionTo(IncidentStatus.RESPONDING, hours(5)))
                .hasMessage("status cannot move from CLOSED to RESPONDING; a CLOSED incident moves no further");
    }

    @Test
    void a_transition_cannot_predate_the_current_status() {
        Incident acknowledged = detected().transitionTo(IncidentStatus.ACKNOWLEDGED, hours(5));

        assertThatThrownBy(() -> acknowledged.transitionTo(IncidentStatus.RESPONDING, hours(4)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("at must not be before statusSince (" + hours(5) + "), but was " + hours(4));
        assertThatThrownBy(() -> acknowledged.transitionTo(null, hours(6)))
                .hasMessage("status must be present, but was null");
    }

    @Test
    void the_allowed_moves_are_listed_for_each_status() {
        assertThat(IncidentStatus.DETECTED.next()).containsExactly(IncidentStatus.ACKNOWLEDGED);
        assertThat(IncidentStatus.RESOLVED.next()).containsExactlyInAnyOrder(IncidentStatus.CLOSED, IncidentStatus.RESPONDING);
        assertThat(IncidentStatus.CLOSED.next()).isEmpty();
        assertThat(IncidentStatus.RESPONDING.canMoveTo(IncidentStatus.RESOLVED)).isTrue();
        assertThat(IncidentStatus.RESPONDING.canMoveTo(IncidentStatus.CLOSED)).isFalse();
    }
}
