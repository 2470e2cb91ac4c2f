// Why over 300 lines: the orchestrator of the monitor's parts (bucketer, evidence, alert book, grouper, retention) and
// of its checkpoint export and restore, which must visit every part in the same order as a push does.
// Over 300 lines on purpose (issue 17): this is the monitor's whole public surface (five pushes, the
// readings, checkpoint and restore), each method a few lines of sequencing over its parts; the order
// of those calls is the monitor's behaviour, and split across files it could no longer be read at once.
package io.crisisrules.internal;

import io.crisisrules.InvalidInputException;
import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.MonitorListener;
import io.crisisrules.RuleListener;
import io.crisisrules.facts.AlertReading;
import io.crisisrules.functions.MentionBaseline;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.SignalChange;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.settings.PolicySettings;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.time.SessionPseudoClock;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The long-lived stateful session behind a {@link io.crisisrules.CrisisMonitor}, and the small
 * orchestrator of its parts: a pseudo clock driven by event time, a {@link MentionBucketer} for the
 * spike series, the {@link MonitorEvidence} detection and classification read (KPI points,
 * complaints, mention events that expire from a one-hour window), the {@link AlertBook} the
 * monitoring rules update, and the {@link IncidentGrouper}. Not thread-safe; the public monitor
 * serialises calls.
 */
public final class MonitorSession implements AutoCloseable {
    /** How long a KPI or complaint scope at rest is remembered unless the monitor's builder says otherwise. */
    public static final Duration DEFAULT_SCOPE_RETENTION = Duration.ofDays(7);
    /** The most KPI points, and alerts of KPI and complaint scopes at rest, unless the builder says otherwise. */
    public static final int DEFAULT_MAX_SCOPES = 2_000;

    private final CompiledRules rules;
    private final PolicySettings settings;
    private final BrandContext brand;
    private final MonitorListener listener;
    private final List<RuleListener> ruleListeners;
    private final Duration mentionInterval;
    private final KieSession session;
    private final SessionPseudoClock clock;
    private final EventTimes times;
    private final java.time.Clock wallClock;
    private final ScopeRetention retention;

    private final MentionBucketer bucketer;
    private final AlertBook alerts;
    private final MonitorEvidence evidence;
    private final IncidentGrouper grouper;

    private Instant now;
    private boolean closed;
    private boolean pushing;

    /**
     * @param rules           the compiled rules (with the monitoring phase)
     * @param settings        the policy settings
     * @param brand           the monitored brand
     * @param listener        told about signal and incident changes
     * @param ruleListeners   told about fired rules
     * @param mentionInterval the interval single mentions are counted in for the spike series
     * @param times           admits event times (years 1 to 9999, future tolerance)
     * @param wallClock       the host's clock event times are admitted against
     * @param scopeRetention  how long a KPI point, and an alert of a KPI or complaint scope at rest,
     *                        is remembered after its last observation (event time)
     * @param maxScopes       most KPI points held (one per metric and scope), and most alerts of
     *                        KPI and complaint scopes at rest
     */
    public MonitorSession(CompiledRules rules, PolicySettings settings, BrandContext brand, MonitorListener listener,
                          List<RuleListener> ruleListeners, Duration mentionInterval, EventTimes times,
                          java.time.Clock wallClock, Duration scopeRetention, int maxScopes) {
        this.times = times;
        this.wallClock = wallClock;
        this.retention = new ScopeRetention(brand.brandId(), scopeRetention, settings.alerting().cooldown(), maxScopes);
        this.rules = rules;
        this.settings = settings;
        this.brand = brand;
        this.listener = listener;
        this.ruleListeners = List.copyOf(ruleListeners);
        this.mentionInterval = mentionInterval;
        this.bucketer = new MentionBucketer(mentionInterval, MentionBaseline.of(settings.detection()));
        KieSessionConfiguration configuration = KieServices.Factory.get().newKieSessionConfiguration();
        configuration.setOption(ClockTypeOption.PSEUDO);
        this.session = rules.kieBase().newKieSession(configuration, null);
        this.clock = session.getSessionClock();
        this.alerts = new AlertBook(rules, session, retention::boundReached);
        if (!ruleListeners.isEmpty()) {
            session.addEventListener(new Evaluation.FiringRelay(rules, this.ruleListeners));
        }
        settings.facts().forEach(session::insert);
        this.evidence = new MonitorEvidence(session, settings.alerting().groupingWindow(), maxScopes,
                retention::boundReached);
        this.grouper = new IncidentGrouper(rules, settings, brand, listener, this.ruleListeners, session, evidence);
    }

    /** @param count mentions of one interval of the brand's series */
    public void mentionCount(MentionCount count) {
        admit("mentionCount.at", count.at());
        push(() -> {
            open();
            bucketer.handIn(count);
            advance(count.at());
            scoreInterval(count);
            afterChanges(count.at());
        });
    }

    /** @param mention one mention, counted into the spike series unless counts are handed in */
    public void mention(Mention mention) {
        admit("mention.at", mention.at());
        push(() -> {
            open();
            advance(mention.at());
            if (bucketer.countsMentions()) {
                bucketer.count(mention.at(), this::closeInterval);
            }
            // no fireAllRules here: no rule matches a single mention (only the window query reads them),
            // and the events that expire are retracted when the clock advances
            session.insert(mention);
            grouper.evidenceChanged();
        });
    }

    /** @param observation a new KPI point; replaces the previous one of the same metric and scope */
    public void metric(MetricObservation observation) {
        EventTimes.inRange("observation.period.start", observation.period().start());
        admit("observation.period.end", observation.period().end());
        push(() -> {
            open();
            advance(observation.period().end());
            evidence.putMetric(observation);
            grouper.evidenceChanged();
            detect(observation.period().end());
            afterChanges(now);
        });
    }

    /** @param complaint a customer complaint, kept for the grouping window */
    public void complaint(Complaint complaint) {
        admit("complaint.receivedAt", complaint.receivedAt());
        push(() -> {
            open();
            evidence.refuseDuplicate(complaint);
            advance(complaint.receivedAt());
            evidence.addComplaint(complaint);
            grouper.evidenceChanged();
            detect(now);
            afterChanges(now);
        });
    }

    /** @param time event time with nothing else to report: closes intervals, expires events, ends incidents */
    public void advanceTo(Instant time) {
        admit("time", time);
        push(() -> {
            open();
            advance(time);
            if (bucketer.countsMentions()) {
                bucketer.closeBefore(time, this::closeInterval);
            }
            forgetScopesAtRest();
            afterChanges(now);
        });
    }

    /** @return the current state of every alert seen */
    public Map<String, AlertState> alertStates() {
        return alerts.states();
    }

    /** @return the incident alerts are grouped into, if any */
    public Optional<Incident> incident() {
        return grouper.incident();
    }

    /** @return facts in working memory */
    public long liveFacts() {
        return session.getFactCount();
    }

    /** @return the monitor's event time */
    public Optional<Instant> now() {
        return Optional.ofNullable(now);
    }

    /** @return statistics of the mentions of the last hour, or empty when there were none */
    public Optional<MentionStatistics> lastHour() {
        return now == null ? Optional.empty() : evidence.lastHour(now);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            session.dispose();
        }
    }

    /** Runs one push: rule failures become RuleExecutionExceptions; a checkpoint cannot be taken meanwhile. */
    private void push(Runnable work) {
        boolean outer = !pushing;
        pushing = true;
        try {
            RuleFailures.guard(rules, work);
        } finally {
            if (outer) {
                pushing = false;
            }
        }
    }

    /**
     * @return everything this session knows, as a value {@link #restore} continues
     * @throws IllegalStateException if the monitor is closed or a push is in progress (a listener
     *                               call), when the state is half-updated
     */
    public MonitorCheckpoint checkpoint() {
        open();
        if (pushing) {
            throw new IllegalStateException("a checkpoint cannot be taken during a push (from a listener call):"
                    + " take it between pushes");
        }
        return new MonitorCheckpoint(MonitorCheckpoint.VERSION, brand.brandId(), mentionInterval, now,
                alerts.checkpoint(), grouper.firedRecently(), grouper.lastFiringAt(), grouper.incident().orElse(null),
                bucketer.baselineState(), !bucketer.countsMentions(), bucketer.openInterval(), evidence.mentions(),
                List.copyOf(evidence.metrics()), List.copyOf(evidence.complaints()),
                grouper.evidenceChangedSinceRead(), grouper.windowHadMentions());
    }

    /**
     * Continues from a checkpoint: called on a new session, before any event.
     *
     * @param checkpoint what a session of the same brand knew
     * @throws InvalidInputException if it is of another brand or mention interval
     * @throws IllegalStateException if this session has already seen events
     */
    public void restore(MonitorCheckpoint checkpoint) {
        open();
        if (now != null || !alerts.isEmpty() || !bucketer.isEmpty()) {
            throw new IllegalStateException("a monitor is restored before its first event");
        }
        if (!checkpoint.brandId().equals(brand.brandId())) {
            throw new InvalidInputException("checkpoint.brandId", checkpoint.brandId(),
                    "be the monitored brand's id (" + brand.brandId() + ")");
        }
        if (!checkpoint.mentionInterval().equals(mentionInterval)) {
            throw new InvalidInputException("checkpoint.mentionInterval", checkpoint.mentionInterval(),
                    "be the monitor's mention interval (" + mentionInterval + ")");
        }
        RuleFailures.guard(rules, () -> {
            if (checkpoint.now() != null) {
                clock.advanceTime(checkpoint.now().toEpochMilli() - clock.getCurrentTime(),
                        java.util.concurrent.TimeUnit.MILLISECONDS);
                now = checkpoint.now();
            }
            bucketer.restore(checkpoint);
            alerts.restore(checkpoint.alerts());
            grouper.restore(checkpoint.recentFirings(), checkpoint.lastFiringAt(), checkpoint.incident());
            checkpoint.mentions().forEach(session::insert);
            evidence.restore(checkpoint.metrics(), checkpoint.complaints());
            grouper.restoreEvidenceFlags(checkpoint.evidenceChanged(), checkpoint.lastHourHadMentions());
        });
    }

    /**
     * Refuses, before anything moves, an event time outside the years 1 to 9999 or later than the
     * wall clock plus the future tolerance: one such event would carry the clock, the last-hour
     * window and the spike series out of reach of every later event (issue 19).
     */
    private void admit(String field, Instant at) {
        times.check(field, at, wallClock.instant(), "the monitor's wall clock");
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the monitor is closed");
        }
    }

    private void advance(Instant time) {
        if (now == null) {
            clock.advanceTime(time.toEpochMilli() - clock.getCurrentTime(), java.util.concurrent.TimeUnit.MILLISECONDS);
            now = time;
        } else if (time.isAfter(now)) {
            clock.advanceTime(Duration.between(now, time).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            now = time;
        }
        evidence.expireComplaints(now);
    }

    /** An interval of single mentions closed: it is scored, and its changes told, before the next closes. */
    private void closeInterval(MentionCount closedInterval) {
        scoreInterval(closedInterval);
        afterChanges(closedInterval.at());
    }

    private void scoreInterval(MentionCount count) {
        bucketer.score(count).ifPresent(alerts::readSpike);
    }

    /** Batch detection over what the monitor holds; the signals found become readings of their alerts. */
    private void detect(Instant at) {
        forgetScopesAtRest();
        Snapshot snapshot = evidence.detectionSnapshot(brand, now);
        Map<String, WarningSignal> breaching = new LinkedHashMap<>();
        for (WarningSignal signal : Evaluation.detect(rules, settings, at, ruleListeners, snapshot)) {
            if (signal.kind() != SignalKind.MENTION_SPIKE) {
                breaching.put(AlertReading.alertKeyOf(signal), signal);
            }
        }
        alerts.readKpiSignals(at, breaching);
    }

    /** Forgets KPI points and alerts of scopes at rest past their retention or bound (issue 19). */
    private void forgetScopesAtRest() {
        if (now != null) {
            retention.forget(now, evidence, alerts, grouper::holds);
        }
    }

    /** Tells the listener about signal changes, then regroups the incident. */
    private void afterChanges(Instant at) {
        List<SignalChange> changes = alerts.drainChanges();
        grouper.recordFirings(changes);
        changes.forEach(listener::signalChanged);
        grouper.regroup(at, now, changes, alerts.anyFiring());
    }
}
