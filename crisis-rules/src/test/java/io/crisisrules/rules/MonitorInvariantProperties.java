package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.MonitorListener;
import io.crisisrules.invariants.PolicyInvariants;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.Sector;
import io.crisisrules.model.SignalChange;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * A stateful property: random sequences of monitor events (mention counts, single mentions, KPI
 * points, complaints, clock moves) and host actions on the incident (acknowledge, resolve), each
 * step followed by an evaluation of what the monitor saw, with the previous incident handed back.
 * After every step: alerts only move along the DET-18/DET-19 state machine (pending before firing,
 * resolved only after firing), the monitor's live facts stay bounded, an open incident is continued
 * under its id (DET-20) and every {@link PolicyInvariants policy invariant} holds.
 */
class MonitorInvariantProperties {
    /** Each try runs a whole sequence of evaluations: a fifth of the usual tries. */
    private static final int TRIES = Math.max(5, Integer.getInteger("crisis.tries", 100) / 5);
    private static final Duration INTERVAL = Duration.ofMinutes(15);
    private static final Instant START = Generators.DEFAULT_NOW.minus(Duration.ofDays(3));
    private static final BrandContext BRAND = BrandContext.of("acme", Sector.FOOD);

    private static final CrisisEngine ENGINE = CrisisEngine.builder()
            .clock(Clock.fixed(Generators.DEFAULT_NOW, ZoneOffset.UTC))
            .offenceHistory(OffenceHistory.none())
            .build();

    /** What one step does. */
    enum Kind { COUNT, MENTION, METRIC, COMPLAINT, ADVANCE, ACKNOWLEDGE, RESOLVE }

    /** One step: what, how far the clock moves first (minutes), and a size (count, reach, change). */
    record Step(Kind kind, int minutes, long size, boolean negative) {
    }

    private static Gen<Step> steps() {
        Gen<Kind> kind = Generate.frequency(Pair.of(6, Generate.constant(Kind.COUNT)),
                Pair.of(2, Generate.constant(Kind.MENTION)), Pair.of(1, Generate.constant(Kind.METRIC)),
                Pair.of(1, Generate.constant(Kind.COMPLAINT)), Pair.of(1, Generate.constant(Kind.ADVANCE)),
                Pair.of(1, Generate.pick(List.of(Kind.ACKNOWLEDGE, Kind.RESOLVE))));
        Gen<Long> size = Generate.frequency(Pair.of(3, Generate.longRange(40, 60)),
                Pair.of(2, Generate.pick(List.of(300L, 600L, 2_000L, 20_000L))), Pair.of(1, Generators.magnitudes(5)),
                // reach at the TYP-04 major levels (potential impressions), so that major incidents are reached
                Pair.of(1, Generate.pick(List.of(5_000_000L, 150_000_000L))));
        return kind.zip(Generate.range(0, 60), size, Generate.booleans(), Step::new);
    }

    @Test
    void monitorAndEvaluationsKeepEveryPromiseStepByStep() {
        PolicyInvariantProperties.Categories seen = new PolicyInvariantProperties.Categories();
        // rare categories (a host resolving an incident, a major one) need more than the default tries
        qt().withExamples(Math.max(TRIES, 400)).withShrinkCycles(100).forAll(lists().of(steps()).ofSizeBetween(1, 40))
                .checkAssert(steps -> run(steps, seen));
        seen.require("alert PENDING", "alert FIRING", "alert RESOLVED", "incident continued",
                "host resolved an incident", "severity MAJOR", "severity MODERATE");
    }

    private static void run(List<Step> steps, PolicyInvariantProperties.Categories seen) {
        Map<String, AlertState> states = new HashMap<>();
        List<String> problems = new ArrayList<>();
        MonitorListener listener = new MonitorListener() {
            @Override
            public void signalChanged(SignalChange change) {
                AlertState known = states.getOrDefault(change.alertKey(), AlertState.INACTIVE);
                if (change.from() != known) {
                    problems.add(change.alertKey() + " moved from " + change.from() + " but was " + known);
                }
                boolean allowed = switch (change.to()) {
                    case PENDING -> change.from() == AlertState.INACTIVE || change.from() == AlertState.RESOLVED;
                    case FIRING -> change.from() == AlertState.PENDING || change.from() == AlertState.FIRING;
                    case RESOLVED -> change.from() == AlertState.FIRING;
                    case INACTIVE -> change.from() == AlertState.PENDING;
                };
                if (!allowed) {
                    problems.add(change.alertKey() + " moved " + change.from() + " -> " + change.to() + " at " + change.at());
                }
                states.put(change.alertKey(), change.to());
                seen.count("alert " + change.to());
            }
        };
        try (CrisisMonitor monitor = ENGINE.monitor(BRAND).listener(listener).mentionInterval(INTERVAL).start()) {
            Instant now = START;
            Instant lastInterval = START;
            for (int i = 0; i < 12; i++) { // history, so that the spike baseline has something to stand on
                lastInterval = START.plus(INTERVAL.multipliedBy(i));
                monitor.mentionCount(new MentionCount(lastInterval, 45 + (i % 3) * 5));
            }
            now = lastInterval.plus(INTERVAL);
            Deque<Instant> mentionTimes = new ArrayDeque<>();
            Map<String, MetricObservation> metrics = new LinkedHashMap<>();
            List<Complaint> complaints = new ArrayList<>();
            Incident previous = null;
            int step = 0;
            for (Step s : steps) {
                step++;
                now = now.plus(Duration.ofMinutes(s.minutes()));
                switch (s.kind()) {
                    case COUNT -> {
                        Instant next = lastInterval.plus(INTERVAL);
                        while (next.plus(INTERVAL).isBefore(now)) {
                            next = next.plus(INTERVAL);
                        }
                        lastInterval = next;
                        now = now.isBefore(next.plus(INTERVAL)) ? next.plus(INTERVAL) : now;
                        monitor.mentionCount(new MentionCount(next, s.size()));
                    }
                    case MENTION -> {
                        monitor.mention(new Mention(now, Channel.X, s.negative(), s.size() * 30_000, Topic.DELIVERY));
                        mentionTimes.add(now);
                    }
                    case METRIC -> {
                        MetricObservation point = new MetricObservation(Metric.ENGAGEMENT_RATE, null,
                                ObservationPeriod.of(now.minus(Duration.ofHours(1)), Duration.ofHours(1)),
                                s.negative() ? 0.001 : 0.02, null, 0.02);
                        monitor.metric(point);
                        metrics.put(point.metric() + "/" + point.scope(), point);
                    }
                    case COMPLAINT -> {
                        Complaint complaint = new Complaint("k" + step, "u" + (step % 3), ComplaintChannel.HOTLINE,
                                ComplaintStatus.OPEN, now, Topic.DELIVERY);
                        monitor.complaint(complaint);
                        complaints.add(complaint);
                    }
                    case ADVANCE -> monitor.advanceTo(now);
                    case ACKNOWLEDGE -> previous = moved(previous, IncidentStatus.ACKNOWLEDGED);
                    case RESOLVE -> {
                        if (previous != null && previous.isOpen()) {
                            seen.count("host resolved an incident");
                        }
                        previous = moved(previous, IncidentStatus.RESOLVED);
                    }
                }
                Instant at = monitor.now().orElse(now).isAfter(now) ? monitor.now().get() : now;
                Instant hourAgo = at.minus(Duration.ofHours(1));
                while (!mentionTimes.isEmpty() && mentionTimes.peekFirst().isBefore(hourAgo)) {
                    mentionTimes.removeFirst();
                }
                long liveComplaints = complaints.stream()
                        .filter(c -> !c.receivedAt().isBefore(at.minus(ENGINE.settings().alerting().groupingWindow())))
                        .count();
                long bound = mentionTimes.size() + liveComplaints + 2L * metrics.size() + 20;
                assertThat(monitor.liveFacts()).as("live facts after step %d (%s)", step, s).isLessThanOrEqualTo(bound);

                // the host evaluates what the monitor saw, handing back the incident it keeps
                Snapshot.Builder builder = Snapshot.builder(BRAND).previousIncident(previous);
                monitor.lastHour().ifPresent(builder::mentions);
                metrics.values().forEach(builder::metric);
                complaints.stream().filter(c -> !c.receivedAt().isBefore(at.minus(Duration.ofDays(1))))
                        .forEach(builder::complaint);
                Snapshot snapshot = builder.build();
                CrisisEngine engine = ENGINE.withClock(Clock.fixed(at, ZoneOffset.UTC));
                Assessment assessment = engine.evaluate(snapshot);
                seen.count(assessment);
                if (previous != null && previous.isOpen()) {
                    assertThat(assessment.incident().map(Incident::id)).as("open incident continued at step %d", step)
                            .contains(previous.id());
                    seen.count("incident continued");
                }
                PolicyInvariants.requireNone(PolicyInvariants.check(snapshot, assessment, engine));
                if (assessment.incident().isPresent()) {
                    previous = assessment.incident().get();
                }
                assertThat(problems).as("alert state changes up to step %d", step).isEmpty();
            }
        }
    }

    private static Incident moved(Incident incident, IncidentStatus status) {
        if (incident == null) {
            return null;
        }
        return new Incident(incident.id(), incident.brandId(), incident.detectedAt(), status, incident.failureType(),
                incident.crisisType(), incident.responsibility(), incident.verification(), incident.severity(),
                incident.aggravatingFactors(), incident.signalKeys(), incident.downgradePendingSince(),
                incident.explanation());
    }
}
