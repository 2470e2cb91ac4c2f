package io.crisisrules.rules;

import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.Metric;
import io.crisisrules.model.OwnerRole;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Topic;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Fixtures.againstBaseline;
import static io.crisisrules.rules.support.Fixtures.mentions;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

class ResponseRulesTest {
    private final RecordingListener recorder = new RecordingListener();

    @Test
    void RSP_01_a_public_crisis_gets_a_first_public_response_within_four_hours_where_it_happens() {
        Assessment assessment = Engines.recording(recorder).evaluate(snapshot()
                .mentions(mentions(Channel.INSTAGRAM, 100, 60, 5_000, 3_000, 0.2, Map.of(Topic.DELIVERY, 50L)))
                .mentions(mentions(Channel.X, 100, 60, 5_000, 1_000, 0.2, Map.of()))
                .build());

        ResponseAction first = assessment.actions(ActionKind.FIRST_RESPONSE).get(0);
        assertThat(first.due()).isEqualTo(NOW.plus(Duration.ofHours(4)));
        assertThat(first.channel()).isEqualTo(Channel.INSTAGRAM);
        assertThat(first.owner()).isEqualTo(OwnerRole.SPOKESPERSON);
        assertThat(first.dos()).contains(Guideline.RECOGNISE_PROBLEM, Guideline.SHOW_EMPATHY);
        assertThat(first.donts()).contains(Guideline.DENY_OR_MINIMISE);
        assertThat(first.incidentId()).isEqualTo(assessment.incident().orElseThrow().id());
        assertThat(first.explanation().policyIds()).contains("RSP-01");
        assertThat(recorder.firedRuleStartingWith("RSP-01 A reputation crisis")).isTrue();
    }

    @Test
    void RSP_01_a_marketing_failure_gets_a_first_internal_response_within_the_same_deadline() {
        Assessment assessment = Engines.defaults().evaluate(snapshot()
                .metric(againstBaseline(Metric.UNSUBSCRIBE_RATE, "newsletter", 0.01, 0.004))
                .build());

        assertThat(assessment.actions(ActionKind.FIRST_RESPONSE)).singleElement().satisfies(first -> {
            assertThat(first.channel()).isEqualTo(Channel.INTERNAL);
            assertThat(first.owner()).isEqualTo(OwnerRole.MANAGEMENT);
            assertThat(first.due()).isEqualTo(NOW.plus(Duration.ofHours(4)));
        });
    }

    @Test
    void RSP_01_the_deadline_is_a_setting() {
        Assessment assessment = Engines.defaults()
                .withSettings(Engines.defaults().settings().with("response.firstResponseWithin", "90m"))
                .evaluate(snapshot().metric(againstBaseline(Metric.UNSUBSCRIBE_RATE, "newsletter", 0.01, 0.004))
                        .build());

        assertThat(assessment.actions(ActionKind.FIRST_RESPONSE).get(0).due())
                .isEqualTo(NOW.plus(Duration.ofMinutes(90)));
    }

    @Test
    void no_incident_means_no_plan() {
        assertThat(Engines.defaults().evaluate(snapshot().build()).actions()).isEmpty();
    }
}
