package io.crisisrules.internal;

import io.crisisrules.facts.AlertReading;
import io.crisisrules.facts.AlertTrack;
import io.crisisrules.facts.ChangeProposal;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.WarningSignal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertBookTest {
    private static final Instant AT = Instant.parse("2026-03-10T09:00:00Z");

    private static ChangeProposal proposal(AlertState from, AlertState to) {
        WarningSignal signal = new WarningSignal(SignalKind.MENTION_SPIKE, "mentions", "acme",
                ObservationPeriod.of(AT, Duration.ofMinutes(5)), 900, 100, WarningSignal.ReferenceKind.BASELINE, 8.0);
        AlertReading reading = AlertReading.of(signal, Duration.ofMinutes(5), AlertReading.Reading.BREACHING,
                Severity.MODERATE);
        AlertTrack track = new AlertTrack(reading.alertKey(), from, 1, null, null, null, Severity.MINOR, null, null,
                null, false);
        return ChangeProposal.of(track, to, reading);
    }

    @Test
    void the_book_accepts_every_change_the_transition_table_allows() {
        for (AlertState from : AlertState.values()) {
            for (AlertState to : from.next()) {
                assertThatCode(() -> AlertBook.refuseIllegal(proposal(from, to))).as(from + " -> " + to)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void the_book_refuses_a_firing_that_skipped_pending_naming_the_alert_and_the_allowed_moves() {
        assertThatThrownBy(() -> AlertBook.refuseIllegal(proposal(AlertState.INACTIVE, AlertState.FIRING)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MENTION_SPIKE/")
                .hasMessageContaining("cannot move from INACTIVE to FIRING; from INACTIVE it moves to [PENDING]");
    }
}
