package io.crisisrules.internal;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhaseTest {

    @Test
    void a_batch_runs_detection_classification_decision_escalation_then_moderation_however_the_set_is_ordered() {
        assertThat(Phase.inRunOrder(Phase.ALL)).containsExactly(Phase.DETECTION, Phase.CLASSIFICATION,
                Phase.DECISION, Phase.ESCALATION, Phase.MODERATION);
        assertThat(Phase.inRunOrder(Set.of(Phase.MODERATION, Phase.CLASSIFICATION)))
                .containsExactly(Phase.CLASSIFICATION, Phase.MODERATION);
        assertThat(Phase.groups()).containsExactly("detection", "classification", "decision", "escalation",
                "moderation", "monitoring");
    }

    @Test
    void decision_and_moderation_need_the_incident_classification_resolves() {
        assertThatThrownBy(() -> Phase.inRunOrder(EnumSet.of(Phase.DETECTION, Phase.DECISION)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CLASSIFICATION").hasMessageContaining("DECISION");
        assertThatThrownBy(() -> Phase.inRunOrder(EnumSet.of(Phase.CLASSIFICATION, Phase.ESCALATION)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DECISION").hasMessageContaining("ESCALATION");
        assertThat(Phase.inRunOrder(Phase.DETECTION_ONLY)).containsExactly(Phase.DETECTION);
        assertThat(Phase.inRunOrder(Phase.CLASSIFICATION_ONLY)).containsExactly(Phase.CLASSIFICATION);
    }

    @Test
    void the_monitoring_phase_is_the_monitor_s_own_never_a_batch_s() {
        assertThat(Phase.MONITORING.isBatch()).isFalse();
        assertThatThrownBy(() -> Phase.inRunOrder(Set.of(Phase.MONITORING)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MONITORING");
    }
}
