package io.crisisrules.json;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.MonitorListener;
import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Comment;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.OwnerRole;
import io.crisisrules.model.ReadinessProfile;
import io.crisisrules.model.Sector;
import io.crisisrules.model.SignalChange;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.ModerationOutcome;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.testing.Bias;
import io.crisisrules.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Whatever the library produces or accepts reads back equal from its JSON, and writes again to the
 * same text: generated snapshots (the published {@link Generators}), the assessments the default
 * rules give for them, snapshots continuing those assessments (previous incident, progress,
 * signals), batch outcomes with decisions and rejections, and a monitor's signal and incident
 * changes over generated mention series. Each category must be reached, so the property cannot pass
 * by never generating the interesting case.
 */
class CodecRoundTripProperties {
    private static final int TRIES = Integer.getInteger("crisis.tries", 100);
    private static final Instant NOW = Generators.DEFAULT_NOW;
    private static final CrisisJson JSON = CrisisJson.create();
    private static final CrisisEngine ENGINE = CrisisEngine.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .offenceHistory(OffenceHistory.none())
            .build();

    private final Map<String, AtomicLong> seen = new TreeMap<>();

    private void count(String category) {
        seen.computeIfAbsent(category, k -> new AtomicLong()).incrementAndGet();
    }

    private void require(String... categories) {
        assertThat(seen.keySet()).as("categories reached: " + seen).contains(categories);
    }

    /** Reads back equal, and writes again to the very same text. */
    private static <T> void roundTrips(T value, Class<T> type) {
        String written = JSON.write(value);
        T read = JSON.read(written, type);
        assertThat(read).as(written).isEqualTo(value);
        assertThat(JSON.write(read)).isEqualTo(written);
        assertThat(JSON.read(JSON.writePretty(value), type)).isEqualTo(value);
    }

    private static Gen<ReadinessProfile> readiness() {
        return subsets(ReadinessProfile.KeywordKind.values()).zip(subsets(OwnerRole.values()), Generate.booleans(),
                subsets(ReadinessProfile.StrategyElement.values()), subsets(ComplaintChannel.values()),
                (keywords, team, protocol, strategy, channels) -> new ReadinessProfile(keywords, team, protocol,
                        !protocol, strategy, channels, Set.of(ReadinessProfile.RoiIndicator.FOLLOWERS)));
    }

    private static <E> Gen<Set<E>> subsets(E[] values) {
        return lists().of(Generate.pick(Arrays.asList(values))).ofSizeBetween(0, values.length)
                .map(list -> (Set<E>) new LinkedHashSet<>(list));
    }

    @Test
    void generated_snapshots_and_their_assessments_read_back_equal() {
        Gen<Snapshot> snapshots = Generate.pick(List.of(Bias.NEUTRAL, Bias.CRISIS))
                .flatMap(bias -> Generators.snapshots().bias(bias).maxItems(8));
        qt().withExamples(TRIES).forAll(snapshots, readiness(), Generate.booleans()).checkAssert((generated, readiness, audit) -> {
            BrandContext brand = generated.brand();
            Snapshot snapshot = !audit ? generated : withBrand(generated, new BrandContext(brand.brandId(),
                    brand.sector(), brand.history(), brand.priorReputation(), readiness, brand.audience(),
                    brand.usualMentionsPerDay()));
            if (audit) {
                count("readiness profile");
            }
            roundTrips(snapshot, Snapshot.class);
            Assessment assessment = ENGINE.evaluate(snapshot);
            roundTrips(assessment, Assessment.class);
            assessment.incidents().forEach(incident -> roundTrips(incident, io.crisisrules.model.Incident.class));
            assessment.signals().forEach(signal -> roundTrips(signal, io.crisisrules.model.WarningSignal.class));
            assessment.actions().forEach(action -> roundTrips(action, io.crisisrules.model.ResponseAction.class));
            assessment.deadlines().forEach(deadline -> roundTrips(deadline, ActionDeadline.class));
            assessment.moderation().forEach(decision -> roundTrips(decision, io.crisisrules.model.ModerationDecision.class));
            assessment.readinessGaps().forEach(gap -> roundTrips(gap, io.crisisrules.model.ReadinessGap.class));
            roundTrips(assessment.received(), io.crisisrules.model.InputReceipt.class);
            if (assessment.monitoring() != null) {
                roundTrips(assessment.monitoring(), io.crisisrules.model.MonitoringPlan.class);
            }
            snapshot.comments().forEach(comment -> roundTrips(comment, Comment.class));
            count(assessment.incident().isPresent() ? "incident" : "no incident");
            if (!assessment.readinessGaps().isEmpty()) {
                count("readiness gaps");
            }
            if (!assessment.signals().isEmpty()) {
                count("signals");
            }
            if (!snapshot.claims().isEmpty()) {
                count("claims");
            }
            if (snapshot.harm() != null) {
                count("harm stated");
            }
            assessment.incident().ifPresent(incident -> {
                // the next evaluation continues it: previous incident, progress on its plan, signals handed back
                List<ActionProgress> progress = new ArrayList<>();
                assessment.actions().stream().limit(3).forEach(action -> progress.add(new ActionProgress(
                        incident.id(), action.key(), ActionProgress.State.COMPLETED, NOW.plusSeconds(60))));
                // the progress handed in was on the earlier incident: the next evaluation reports on this one
                Snapshot continued = new Snapshot(snapshot.brand(), snapshot.trigger(), snapshot.metrics(),
                        snapshot.mentions(), snapshot.relays(), snapshot.claims(), snapshot.comments(),
                        snapshot.complaints(), snapshot.customers(), snapshot.typeOverride(), snapshot.mentionHistory(),
                        assessment.signals(), incident, progress, snapshot.harm(), snapshot.statements());
                roundTrips(continued, Snapshot.class);
                Assessment later = ENGINE.withClock(Clock.fixed(NOW.plus(Duration.ofHours(5)), ZoneOffset.UTC))
                        .evaluate(continued);
                roundTrips(later, Assessment.class);
                count("continued incident");
                if (later.deadlines().stream().anyMatch(d -> d.sla() == ActionDeadline.Sla.BREACHED)) {
                    count("breached deadline");
                }
                if (later.deadlines().stream().anyMatch(d -> d.doneAt() != null)) {
                    count("fulfilled deadline");
                }
            });
        });
        require("incident", "no incident", "continued incident", "breached deadline", "fulfilled deadline",
                "readiness profile", "readiness gaps", "signals", "claims", "harm stated");
    }

    @Test
    void batch_outcomes_with_decisions_and_rejections_read_back_equal() {
        Gen<List<Comment>> comments = Generators.commentLists(NOW, Bias.CRISIS, 12);
        Gen<List<Integer>> broken = lists().of(Generate.range(0, 4)).ofSizeBetween(0, 12);
        qt().withExamples(TRIES).forAll(comments, broken).checkAssert((list, faults) -> {
            List<CommentInput> inputs = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                CommentInput input = CommentInput.of(list.get(i));
                int fault = i < faults.size() ? faults.get(i) : 0;
                inputs.add(switch (fault) {
                    case 1 -> new CommentInput(input.id(), input.authorId(), input.channel(), input.text(),
                            input.postedAt(), Set.of("SARCASM"), input.scores(), input.subject());
                    case 2 -> new CommentInput(input.id(), " ", input.channel(), input.text(), input.postedAt(),
                            input.labels(), input.scores(), input.subject());
                    default -> input;
                });
            }
            inputs.forEach(input -> roundTrips(input, CommentInput.class));
            for (ModerationOutcome outcome : ENGINE.moderateBatch(inputs, ModerationContext.NONE)) {
                roundTrips(outcome, ModerationOutcome.class);
                count(outcome.isDecided() ? "decision " + outcome.decision().action() : "rejection");
                if (!outcome.isDecided()) {
                    roundTrips(outcome.rejection(), io.crisisrules.moderation.Rejection.class);
                }
            }
        });
        require("rejection", "decision DELETE_AND_REPORT", "decision NO_ACTION", "decision REPLY_AND_OPEN_CASE");
    }

    /** A brand's usual level of mentions per 15 minutes, then a surge of some height and length. */
    private record Series(long usual, long surge, int surgeIntervals, int quietIntervals) {
        List<MentionCount> counts(Instant start) {
            List<MentionCount> counts = new ArrayList<>();
            int history = 4 * 24 * 2;
            for (int i = 0; i < history + surgeIntervals + quietIntervals; i++) {
                boolean surging = i >= history && i < history + surgeIntervals;
                long wobble = (i % 4) * Math.max(1, usual / 10);
                counts.add(new MentionCount(start.plus(Duration.ofMinutes(15L * i)), (surging ? surge : usual) + wobble));
            }
            return counts;
        }
    }

    @Test
    void a_monitors_signal_and_incident_changes_read_back_equal() {
        Gen<Series> series = Generate.longRange(20, 400).zip(Generate.longRange(0, 8_000), Generate.range(0, 12),
                Generate.range(0, 40), Series::new);
        qt().withExamples(Math.max(10, TRIES / 4)).forAll(series).checkAssert(s -> {
            List<SignalChange> signals = new ArrayList<>();
            List<IncidentChange> incidents = new ArrayList<>();
            MonitorListener listener = new MonitorListener() {
                @Override
                public void signalChanged(SignalChange change) {
                    signals.add(change);
                }

                @Override
                public void incidentChanged(IncidentChange change) {
                    incidents.add(change);
                }
            };
            try (CrisisMonitor monitor = ENGINE.monitor(BrandContext.of("acme", Sector.FOOD)).listener(listener)
                    .mentionInterval(Duration.ofMinutes(15)).start()) {
                s.counts(NOW.minus(Duration.ofDays(3))).forEach(monitor::mentionCount);
            }
            signals.forEach(change -> {
                roundTrips(change, SignalChange.class);
                count("signal " + change.to());
                if (!change.notified()) {
                    count("suppressed signal");
                }
            });
            incidents.forEach(change -> {
                roundTrips(change, IncidentChange.class);
                count("incident " + change.kind());
            });
        });
        require("signal PENDING", "signal FIRING", "signal RESOLVED", "incident OPENED");
    }

    private static Snapshot withBrand(Snapshot s, BrandContext brand) {
        return new Snapshot(brand, s.trigger(), s.metrics(), s.mentions(), s.relays(), s.claims(), s.comments(),
                s.complaints(), s.customers(), s.typeOverride(), s.mentionHistory(), s.signals(), s.previousIncident(),
                s.progress(), s.harm(), s.statements());
    }
}
