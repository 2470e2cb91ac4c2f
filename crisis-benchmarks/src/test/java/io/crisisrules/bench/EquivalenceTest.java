package io.crisisrules.bench;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Incident;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.PolicySettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the lower bound and the peer honest: on the same generated inputs they decide exactly as the
 * engine — action, provisional, CRM case, reply due, and (plain Java) the policies that matched —
 * and the plain-Java KPI detection raises exactly the engine's DET-01/05/08/09/12 signals.
 */
class EquivalenceTest {
    private static final CrisisEngine ENGINE = CrisisEngine.builder()
            .clock(Clock.fixed(Inputs.NOW, ZoneOffset.UTC)).build();

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        PolicySettings strict = PolicySettings.defaults().with("moderation.blockAfterOffences", "2")
                .with("moderation.hideHeldComments", "false").with("moderation.repeatedQuestionMinimum", "2");
        for (PolicySettings settings : List.of(PolicySettings.defaults(), strict)) {
            for (Severity crisis : new Severity[] {null, Severity.MODERATE, Severity.MAJOR}) {
                for (long seed = 1; seed <= 3; seed++) {
                    cases.add(Arguments.of(settings, crisis, seed));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void plain_java_and_raw_drools_decide_as_the_engine(PolicySettings settings, Severity crisis, long seed) {
        CrisisEngine engine = ENGINE.withSettings(settings)
                .withOffenceHistory(OffenceHistory.inMemory(settings.moderation().offenceWindow()));
        PlainModeration plain = new PlainModeration(settings.moderation(),
                OffenceHistory.inMemory(settings.moderation().offenceWindow()));
        RawDrools raw = RawDrools.moderationRules();
        ModerationContext context = crisis == null ? ModerationContext.NONE : ModerationContext.duringCrisis(crisis);
        // two batches by the same authors: the second sees the first's offences through the history
        for (int batch = 0; batch < 2; batch++) {
            List<Comment> comments = Inputs.comments(2_000, 300, seed * 10 + batch);
            List<ModerationDecision> expected = engine.moderate(comments, context);
            List<PlainModeration.Decision> actual = plain.moderate(comments, crisis, Inputs.NOW);
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                ModerationDecision e = expected.get(i);
                PlainModeration.Decision a = actual.get(i);
                assertThat(List.of(a.commentId(), a.action(), a.provisional(), a.openCrmCase(),
                        String.valueOf(a.replyDue()), a.policyIds()))
                        .as("comment %s", comments.get(i))
                        .isEqualTo(List.of(e.commentId(), e.action(), e.provisional(), e.openCrmCase(),
                                String.valueOf(e.replyDue()), e.explanation().policyIds()));
            }
            if (batch == 0) {
                // the peer keeps no history: compare it on the first batch only
                List<PlainModeration.Decision> peer = raw.moderate(comments, settings.moderation(), crisis);
                for (int i = 0; i < expected.size(); i++) {
                    ModerationDecision e = expected.get(i);
                    PlainModeration.Decision p = peer.get(i);
                    assertThat(List.of(p.action(), p.provisional(), p.openCrmCase(), String.valueOf(p.replyDue())))
                            .as("comment %s", comments.get(i))
                            .isEqualTo(List.of(e.action(), e.provisional(), e.openCrmCase(),
                                    String.valueOf(e.replyDue())));
                }
            }
            // the inputs reach every decision the policy has, so the comparison means something
            if (crisis == Severity.MAJOR) {
                assertThat(expected.stream().map(ModerationDecision::action).distinct().count()).isGreaterThanOrEqualTo(8);
            }
        }
    }

    @Test
    void plain_java_detection_raises_the_engine_signals() {
        PlainDetection plain = new PlainDetection(PolicySettings.defaults().detection());
        for (long seed = 1; seed <= 5; seed++) {
            List<MetricObservation> metrics = Inputs.metrics(300, seed);
            Snapshot.Builder snapshot = Snapshot.builder(Inputs.brand());
            metrics.forEach(snapshot::metric);
            List<String> expected = ENGINE.evaluate(snapshot.build()).signals().stream()
                    .filter(signal -> PlainDetection.KINDS.contains(signal.kind()))
                    .map(WarningSignal::key).sorted().toList();
            List<String> actual = plain.detect(metrics).stream().map(WarningSignal::key).sorted().toList();
            assertThat(actual).isEqualTo(expected);
            assertThat(expected).hasSizeGreaterThan(10);
        }
    }

    @Test
    void plain_java_handles_the_benchmark_snapshot_as_the_engine() {
        Snapshot snapshot = Inputs.snapshot();
        Assessment assessment = ENGINE.withOffenceHistory(OffenceHistory.none()).evaluate(snapshot);
        List<String> expected = assessment.moderation()
                .stream().map(d -> d.commentId() + ":" + d.action()).toList();
        Severity crisis = assessment.incident().filter(Incident::isOpen).map(Incident::severity).orElse(null);
        List<String> actual = new PlainModeration(PolicySettings.defaults().moderation(), OffenceHistory.none())
                .moderate(snapshot.comments(), crisis, Inputs.NOW).stream()
                .map(d -> d.commentId() + ":" + d.action()).toList();
        assertThat(actual).isEqualTo(expected);
        assertThat(snapshot.metrics().size() + snapshot.mentions().size() + snapshot.claims().size()
                + snapshot.complaints().size() + snapshot.comments().size()).isBetween(18, 24);
    }
}
