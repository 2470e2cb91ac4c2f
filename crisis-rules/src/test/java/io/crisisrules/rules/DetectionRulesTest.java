package io.crisisrules.rules;

import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Metric;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.crisisrules.rules.support.Fixtures.againstBaseline;
import static io.crisisrules.rules.support.Fixtures.mentions;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DetectionRulesTest {
    private final RecordingListener recorder = new RecordingListener();

    @Test
    void DET_08_unsubscribe_rate_half_again_above_baseline_raises_a_signal_with_its_numbers() {
        Assessment assessment = Engines.recording(recorder).evaluate(snapshot()
                .metric(againstBaseline(Metric.UNSUBSCRIBE_RATE, "newsletter", 0.006, 0.004))
                .build());

        assertThat(assessment.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.kind()).isEqualTo(SignalKind.UNSUBSCRIBE_RISE);
            assertThat(signal.scope()).isEqualTo("newsletter");
            assertThat(signal.observed()).isEqualTo(0.006);
            assertThat(signal.reference()).isEqualTo(0.004);
            assertThat(signal.referenceKind()).isEqualTo(WarningSignal.ReferenceKind.BASELINE);
            assertThat(signal.relativeChange()).isCloseTo(0.5, within(1e-9));
            assertThat(signal.explanation().policyIds()).containsExactly("DET-08");
        });
        assertThat(recorder.names()).contains("DET-08 Unsubscribe rate rises well above its baseline");
    }

    @Test
    void DET_08_unsubscribe_rate_just_under_the_threshold_raises_nothing() {
        Assessment assessment = Engines.recording(recorder).evaluate(snapshot()
                .metric(againstBaseline(Metric.UNSUBSCRIBE_RATE, "newsletter", 0.0059, 0.004))
                .build());

        assertThat(assessment.signals()).isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-08")).isFalse();
    }

    @Test
    void DET_15_negative_share_fifteen_points_above_baseline_is_a_sentiment_shift() {
        Assessment assessment = Engines.defaults().evaluate(snapshot()
                .mentions(mentions(Channel.X, 100, 35, 1_000, 350, 0.20, Map.of()))
                .build());

        assertThat(assessment.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.kind()).isEqualTo(SignalKind.SENTIMENT_SHIFT);
            assertThat(signal.scope()).isEqualTo("X");
            assertThat(signal.relativeChange()).isCloseTo(0.15, within(1e-9));
        });
    }

    @Test
    void DET_15_a_smaller_rise_or_an_unknown_baseline_raises_nothing() {
        Assessment smaller = Engines.defaults().evaluate(snapshot()
                .mentions(mentions(Channel.X, 100, 34, 1_000, 340, 0.20, Map.of()))
                .build());
        Assessment unknownBaseline = Engines.defaults().evaluate(snapshot()
                .mentions(mentions(Channel.X, 100, 90, 1_000, 900, null, Map.of()))
                .build());

        assertThat(smaller.signals()).isEmpty();
        assertThat(unknownBaseline.signals())
                .extracting(WarningSignal::kind)
                .doesNotContain(SignalKind.SENTIMENT_SHIFT);
    }

    @Test
    void missing_metrics_raise_no_signal_and_no_error() {
        Assessment assessment = Engines.defaults().evaluate(snapshot()
                .metric(new io.crisisrules.model.MetricObservation(Metric.UNSUBSCRIBE_RATE, "newsletter",
                        io.crisisrules.rules.support.Fixtures.LAST_WEEK, 0.9, null, null))
                .build());

        assertThat(assessment.signals()).isEmpty();
        assertThat(assessment.incidents()).isEmpty();
        assertThat(assessment.actions()).isEmpty();
    }
}
