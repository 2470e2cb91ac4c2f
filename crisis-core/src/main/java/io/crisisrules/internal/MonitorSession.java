package io.crisisrules.internal;

import io.crisisrules.InvalidInputException;
import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.MonitorListener;
import io.crisisrules.RuleListener;
import io.crisisrules.facts.AlertReading;
import io.crisisrules.facts.AlertTrack;
import io.crisisrules.facts.ChangeProposal;
import io.crisisrules.facts.MonitoredIncident;
import io.crisisrules.functions.MentionBaseline;
import io.crisisrules.functions.SpikeScore;
import io.crisisrules.model.AlertState;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.RuleRef;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalChange;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.settings.PolicySettings;
import org.kie.api.KieServices;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.kie.api.time.SessionPseudoClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The long-lived stateful session behind a {@link io.crisisrules.CrisisMonitor}: a pseudo clock
 * driven by event time, mention events that expire from a one-hour window, a bounded mention
 * series for the spike baseline, and alert tracks the monitoring rules update. Not thread-safe;
 * the public monitor serialises calls.
 */
public final class MonitorSession implements AutoCloseable {
    private static final String WINDOW_QUERY = "mentions of the last hour";
    private static final Duration WINDOW = Duration.ofHours(1);
    /** How long a KPI or complaint scope at rest is remembered unless the monitor's builder says otherwise. */
    public static final Duration DEFAULT_SCOPE_RETENTION = Duration.ofDays(7);
    /** The most KPI points, and alerts of KPI and complaint scopes at rest, unless the builder says otherwise. */
    public static final int DEFAULT_MAX_SCOPES = 2_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MonitorSession.class);
    private static final Comparator<Mention> MENTION_ORDER = Comparator.comparing(Mention::at)
            .thenComparing(Mention::channel).thenComparing(Mention::negative).thenComparingLong(Mention::reach)
            .thenComparing(mention -> mention.topic() == null ? "" : mention.topic().name());

    private final CompiledRules rules;
    private final PolicySettings settings;
    private final BrandContext brand;
    private final MonitorListener listener;
    private final List<RuleListener> ruleListeners;
    private final Duration mentionInterval;
    private final KieSession session;
    private final SessionPseudoClock clock;
    private final Origins origins = new Origins();
    private final EventTimes times;
    private final java.time.Clock wallClock;

    private final MentionBaseline baseline;
    private MentionBaseline.Tracker spikeBaseline;
    private Instant bucketStart;
    private long bucketCount;
    private boolean countsHandedIn;

    private final Map<String, AlertTrack> tracks = new LinkedHashMap<>();
    private final List<SignalChange> pendingChanges = new ArrayList<>();
    private final Map<String, WarningSignal> firedRecently = new LinkedHashMap<>();
    private final Map<String, MetricObservation> latestMetrics = new LinkedHashMap<>();
    // the same points by the end of their period, oldest first, so expiring them costs no scan
    private final java.util.TreeSet<ScopeAge> metricAges = new java.util.TreeSet<>();
    private final Duration scopeRetention;
    private final int maxScopes;
    private boolean scopeBoundLogged;
    private final ArrayDeque<Complaint> complaints = new ArrayDeque<>();
    private Instant now;
    private Instant lastFiringAt;
    private Incident incident;
    private FactHandle incidentHandle;
    private boolean closed;
    private boolean evidenceChanged;
    private boolean windowHadMentions;
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
        this.scopeRetention = scopeRetention;
        this.maxScopes = maxScopes;
        this.rules = rules;
        this.settings = settings;
        this.brand = brand;
        this.listener = listener;
        this.ruleListeners = List.copyOf(ruleListeners);
        this.mentionInterval = mentionInterval;
        this.baseline = MentionBaseline.of(settings.detection());
        this.spikeBaseline = baseline.tracker();
        KieSessionConfiguration configuration = KieServices.Factory.get().newKieSessionConfiguration();
        configuration.setOption(ClockTypeOption.PSEUDO);
        this.session = rules.kieBase().newKieSession(configuration, null);
        this.clock = session.getSessionClock();
        session.addEventListener(origins);
        if (!ruleListeners.isEmpty()) {
            session.addEventListener(new Evaluation.FiringRelay(rules, this.ruleListeners));
        }
        settings.groups().forEach(session::insert);
    }

    /** @param count mentions of one interval of the brand's series */
    public void mentionCount(MentionCount count) {
        admit("mentionCount.at", count.at());
        push(() -> {
            open();
            Instant last = spikeBaseline.latest().orElse(null);
            if (last != null && !count.at().isAfter(last)) {
                throw new InvalidInputException("mentionCount.at", count.at(),
                        "intervals must arrive in time order, after " + last);
            }
            countsHandedIn = true;
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
            if (!countsHandedIn) {
                closeBucketsBefore(mention.at());
                if (bucketStart == null) {
                    bucketStart = floor(mention.at());
                }
                if (!mention.at().isBefore(bucketStart)) {
                    bucketCount++;
                }
            }
            // no fireAllRules here: no rule matches a single mention (only the window query reads them),
            // and the events that expire are retracted when the clock advances
            session.insert(mention);
            evidenceChanged = true;
        });
    }

    /** @param observation a new KPI point; replaces the previous one of the same metric and scope */
    public void metric(MetricObservation observation) {
        EventTimes.inRange("observation.period.start", observation.period().start());
        admit("observation.period.end", observation.period().end());
        push(() -> {
            open();
            advance(observation.period().end());
            putMetric(observation);
            evidenceChanged = true;
            detect(observation.period().end());
            afterChanges(now);
        });
    }

    /** @param complaint a customer complaint, kept for the grouping window */
    public void complaint(Complaint complaint) {
        admit("complaint.receivedAt", complaint.receivedAt());
        push(() -> {
            open();
            for (Complaint known : complaints) {
                if (known.id().equals(complaint.id())) {
                    throw InvalidInputException.duplicate("complaint.id", complaint.id(), "id");
                }
            }
            advance(complaint.receivedAt());
            complaints.addLast(complaint);
            while (complaints.size() > maxScopes) {
                complaints.removeFirst(); // bounded by count too, not only by the grouping window
                logScopeBound("complaints");
            }
            evidenceChanged = true;
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
            if (!countsHandedIn) {
                closeBucketsBefore(time);
            }
            forgetScopesAtRest();
            afterChanges(now);
        });
    }

    /** @return the current state of every alert seen */
    public Map<String, AlertState> alertStates() {
        Map<String, AlertState> states = new LinkedHashMap<>();
        tracks.forEach((key, track) -> states.put(key, track.getState()));
        return states;
    }

    /** @return the incident alerts are grouped into, if any */
    public Optional<Incident> incident() {
        return Optional.ofNullable(incident);
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
        if (now == null) {
            return Optional.empty();
        }
        long mentions = 0;
        long negative = 0;
        long reach = 0;
        long negativeReach = 0;
        Map<Topic, Long> topics = new EnumMap<>(Topic.class);
        for (QueryResultsRow row : session.getQueryResults(WINDOW_QUERY)) {
            Mention mention = (Mention) row.get("$mention");
            mentions++;
            // saturated: a reach of 2^62 three times must not wrap to a negative sum (issue 19)
            reach = Exposures.saturatedAdd(reach, mention.reach());
            if (mention.negative()) {
                negative++;
                negativeReach = Exposures.saturatedAdd(negativeReach, mention.reach());
            }
            if (mention.topic() != null) {
                topics.merge(mention.topic(), 1L, Long::sum);
            }
        }
        if (mentions == 0) {
            return Optional.empty();
        }
        return Optional.of(new MentionStatistics(ObservationPeriod.of(now.minus(WINDOW), WINDOW), null,
                mentions, negative, reach, negativeReach, null, topics));
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
        List<MonitorCheckpoint.Alert> alerts = new ArrayList<>(tracks.size());
        for (AlertTrack track : tracks.values()) {
            alerts.add(new MonitorCheckpoint.Alert(track.getAlertKey(), track.getState(), track.getBreaches(),
                    Instant.MIN.equals(track.getLastObservedAt()) ? null : track.getLastObservedAt(),
                    track.getClearSince(), track.getFiringSince(), track.getLevel(), track.getSignal(),
                    track.getLastNotifiedAt(), track.getLastNotifiedLevel(), track.isFiringNotified()));
        }
        List<Mention> mentions = new ArrayList<>();
        for (Object fact : session.getObjects(fact -> fact instanceof Mention)) {
            mentions.add((Mention) fact);
        }
        mentions.sort(MENTION_ORDER);
        return new MonitorCheckpoint(MonitorCheckpoint.VERSION, brand.brandId(), mentionInterval, now, alerts,
                firedRecently, lastFiringAt, incident, spikeBaseline.state(), countsHandedIn,
                bucketStart == null ? null : new MonitorCheckpoint.OpenInterval(bucketStart, bucketCount),
                mentions, List.copyOf(latestMetrics.values()), List.copyOf(complaints), evidenceChanged,
                windowHadMentions);
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
        if (now != null || !tracks.isEmpty() || spikeBaseline.latest().isPresent()) {
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
            spikeBaseline = baseline.tracker(checkpoint.baseline());
            countsHandedIn = checkpoint.countsPushed();
            if (checkpoint.openInterval() != null) {
                bucketStart = checkpoint.openInterval().at();
                bucketCount = checkpoint.openInterval().mentions();
            }
            for (MonitorCheckpoint.Alert alert : checkpoint.alerts()) {
                AlertTrack track = new AlertTrack(alert.key(), alert.state(), alert.breaches(), alert.lastObservedAt(),
                        alert.clearSince(), alert.firingSince(), alert.level(), alert.signal(), alert.lastNotifiedAt(),
                        alert.lastNotifiedLevel(), alert.firingNotified());
                tracks.put(alert.key(), track);
                session.insert(track);
            }
            firedRecently.putAll(checkpoint.recentFirings());
            lastFiringAt = checkpoint.lastFiringAt();
            setIncident(checkpoint.incident());
            checkpoint.mentions().forEach(session::insert);
            checkpoint.metrics().forEach(this::putMetric);
            complaints.addAll(checkpoint.complaints());
            while (complaints.size() > maxScopes) {
                complaints.removeFirst();
            }
            evidenceChanged = checkpoint.evidenceChanged();
            windowHadMentions = checkpoint.lastHourHadMentions();
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
        while (!complaints.isEmpty()
                && complaints.peekFirst().receivedAt().plus(settings.alerting().groupingWindow()).isBefore(now)) {
            complaints.removeFirst();
        }
    }

    private Instant floor(Instant time) {
        long length = mentionInterval.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), length) * length);
    }

    private void closeBucketsBefore(Instant time) {
        if (bucketStart == null) {
            return;
        }
        while (!bucketStart.plus(mentionInterval).isAfter(time)) {
            MentionCount closedInterval = new MentionCount(bucketStart, bucketCount);
            bucketStart = bucketStart.plus(mentionInterval);
            bucketCount = 0;
            scoreInterval(closedInterval);
            afterChanges(closedInterval.at());
        }
    }

    private void scoreInterval(MentionCount count) {
        Optional<SpikeScore> score = spikeBaseline.push(count);
        score.ifPresent(spike -> {
            tracks.computeIfAbsent(AlertReading.alertKeyOf(spike.signal()), this::newTrack);
            FactHandle handle = session.insert(spike);
            runAlertRules();
            session.delete(handle);
        });
    }

    /** Batch detection over what the monitor holds; the signals found become readings of their alerts. */
    private void detect(Instant at) {
        forgetScopesAtRest();
        Snapshot.Builder snapshot = Snapshot.builder(brand);
        latestMetrics.values().forEach(snapshot::metric);
        complaints.forEach(snapshot::complaint);
        lastHour().ifPresent(snapshot::mentions);
        Map<String, WarningSignal> breaching = new LinkedHashMap<>();
        for (WarningSignal signal : Evaluation.detect(rules, settings, at, ruleListeners, snapshot.build())) {
            if (signal.kind() != SignalKind.MENTION_SPIKE) {
                breaching.put(AlertReading.alertKeyOf(signal), signal);
            }
        }
        List<FactHandle> handles = new ArrayList<>();
        breaching.forEach((key, signal) -> {
            tracks.computeIfAbsent(key, this::newTrack);
            handles.add(session.insert(AlertReading.of(signal, Duration.ZERO, AlertReading.Reading.BREACHING,
                    Severity.MINOR)));
        });
        for (AlertTrack track : tracks.values()) {
            boolean kpi = track.getSignal() != null && track.getSignal().kind() != SignalKind.MENTION_SPIKE;
            boolean active = track.getState() == AlertState.PENDING || track.getState() == AlertState.FIRING;
            if (kpi && active && !breaching.containsKey(track.getAlertKey())) {
                WarningSignal last = track.getSignal();
                WarningSignal clear = new WarningSignal(last.kind(), last.metric(), last.scope(),
                        ObservationPeriod.of(at, Duration.ofMillis(1)), last.observed(), last.reference(),
                        last.referenceKind(), last.relativeChange());
                handles.add(session.insert(new AlertReading(track.getAlertKey(), at, Duration.ZERO,
                        AlertReading.Reading.CLEAR, Severity.MINOR, clear, null)));
            }
        }
        if (!handles.isEmpty()) {
            runAlertRules();
            handles.forEach(session::delete);
        }
    }

    /** A KPI point's place in the expiry order: the end of its period, then its key. */
    private record ScopeAge(Instant at, String key) implements Comparable<ScopeAge> {
        @Override
        public int compareTo(ScopeAge other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : key.compareTo(other.key);
        }
    }

    /** Keeps the latest point of a metric and scope; past {@link #maxScopes}, the oldest point is forgotten. */
    private void putMetric(MetricObservation observation) {
        String key = observation.metric() + "/" + observation.scope();
        MetricObservation previous = latestMetrics.put(key, observation);
        if (previous != null) {
            metricAges.remove(new ScopeAge(previous.period().end(), key));
        }
        metricAges.add(new ScopeAge(observation.period().end(), key));
        while (latestMetrics.size() > maxScopes) {
            latestMetrics.remove(metricAges.pollFirst().key());
            logScopeBound("KPI points");
        }
    }

    /**
     * Forgets what no longer bears on any alert, so that a monitor fed ever new scopes (a KPI per
     * product, complaints by topic) neither grows nor slows down (issue 19): KPI points whose period
     * ended more than the retention ago, and the alerts of KPI and complaint scopes at rest (inactive
     * or resolved, not notified within the cool-down, not part of the open incident) whose last
     * observation is older than that; past {@link #maxScopes} such alerts, the longest unobserved go
     * first. Mention spike alerts stay: there is one per brand. Deterministic in the events pushed,
     * so a monitor restored from a checkpoint forgets exactly what the uninterrupted one does.
     */
    private void forgetScopesAtRest() {
        if (now == null) {
            return;
        }
        Instant horizon = minusSaturated(now, scopeRetention);
        while (!metricAges.isEmpty() && metricAges.first().at().isBefore(horizon)) {
            latestMetrics.remove(metricAges.pollFirst().key());
        }
        Instant notifiedHorizon = minusSaturated(now, settings.alerting().cooldown());
        List<AlertTrack> atRest = new ArrayList<>();
        var iterator = tracks.values().iterator();
        while (iterator.hasNext()) {
            AlertTrack track = iterator.next();
            if (!atRest(track, notifiedHorizon)) {
                continue;
            }
            if (track.getLastObservedAt().isBefore(horizon)) {
                iterator.remove();
                session.delete(session.getFactHandle(track));
            } else {
                atRest.add(track);
            }
        }
        if (atRest.size() > maxScopes) {
            atRest.sort(Comparator.comparing(AlertTrack::getLastObservedAt).thenComparing(AlertTrack::getAlertKey));
            for (AlertTrack track : atRest.subList(0, atRest.size() - maxScopes)) {
                tracks.remove(track.getAlertKey());
                session.delete(session.getFactHandle(track));
            }
            logScopeBound("alerts at rest");
        }
    }

    private boolean atRest(AlertTrack track, Instant notifiedHorizon) {
        // by its key (kind/metric/scope): a spike track that never fired has no signal yet
        boolean spike = track.getAlertKey().startsWith(SignalKind.MENTION_SPIKE + "/");
        boolean resting = track.getState() == AlertState.INACTIVE || track.getState() == AlertState.RESOLVED;
        boolean coolingDown = track.getLastNotifiedAt() != null && !track.getLastNotifiedAt().isBefore(notifiedHorizon);
        return !spike && resting && !coolingDown && !firedRecently.containsKey(track.getAlertKey());
    }

    private void logScopeBound(String what) {
        if (!scopeBoundLogged) {
            scopeBoundLogged = true;
            LOG.warn("the monitor of brand {} holds more than {} {}: forgetting the oldest"
                    + " (CrisisMonitor.Builder.scopes sets the bound)", brand.brandId(), maxScopes, what);
        }
    }

    private static Instant minusSaturated(Instant time, Duration duration) {
        try {
            return time.minus(duration);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return Instant.MIN;
        }
    }

    private AlertTrack newTrack(String key) {
        AlertTrack track = new AlertTrack(key);
        session.insert(track);
        return track;
    }

    private void runAlertRules() {
        session.getAgenda().getAgendaGroup(Phase.MONITORING.group()).setFocus();
        session.fireAllRules();
        List<ChangeProposal> proposals = origins.proposals();
        for (ChangeProposal proposal : proposals) {
            boolean announces = proposal.getTo() == AlertState.FIRING || proposal.getTo() == AlertState.RESOLVED;
            boolean notify = announces && proposal.getSuppressedBy() == null;
            AlertTrack track = tracks.get(proposal.getAlertKey());
            if (notify && proposal.getTo() == AlertState.FIRING) {
                track.notified(proposal.getAt(), proposal.getLevel());
                session.update(session.getFactHandle(track), track, "lastNotifiedAt", "lastNotifiedLevelRank",
                        "firingNotified");
            }
            if (proposal.getTo() == AlertState.FIRING) {
                lastFiringAt = proposal.getAt();
                firedRecently.put(proposal.getAlertKey(), proposal.getSignal());
            }
            List<RuleRef> refs = new ArrayList<>(origins.explain(proposal));
            if (proposal.getSuppressingRule() != null) {
                refs.add(rules.ref(proposal.getSuppressingRule()));
            }
            pendingChanges.add(new SignalChange(proposal.getAlertKey(), proposal.getFrom(), proposal.getTo(),
                    proposal.getAt(), proposal.getLevel(), proposal.getSignal(), notify,
                    notify ? null : proposal.getSuppressedBy(), Explanation.of(refs), proposal.getDeviation()));
        }
        origins.clear(session);
    }

    /** Tells the listener about signal changes, then re-evaluates the incident when anything moved. */
    private void afterChanges(Instant at) {
        List<SignalChange> changes = List.copyOf(pendingChanges);
        pendingChanges.clear();
        changes.forEach(listener::signalChanged);
        boolean moved = changes.stream().anyMatch(change -> change.to() == AlertState.FIRING
                || change.to() == AlertState.RESOLVED);
        if (incident != null && !anyFiring() && lastFiringAt != null
                && !now.isBefore(lastFiringAt.plus(settings.alerting().groupingWindow()))) {
            Incident ended = incident;
            setIncident(null);
            firedRecently.clear();
            listener.incidentChanged(new IncidentChange(IncidentChange.Kind.QUIET, at, ended, ended));
            return;
        }
        // an open incident is re-read whenever its evidence may have moved: its severity follows
        // the last hour of mentions (TYP-04) and a pending downgrade matures with time (TYP-07)
        boolean evidenceMoved = evidenceChanged || windowHadMentions
                || (incident != null && incident.downgradePendingSince() != null);
        if (moved || (incident != null && evidenceMoved)) {
            classify(at);
        }
    }

    private boolean anyFiring() {
        return tracks.values().stream().anyMatch(track -> track.getState() == AlertState.FIRING);
    }

    /** Groups the firing signals (and those fired within the grouping window) into one incident. */
    private void classify(Instant at) {
        if (firedRecently.isEmpty()) {
            return;
        }
        Snapshot.Builder snapshot = Snapshot.builder(brand).previousIncident(incident);
        firedRecently.values().stream().sorted(Comparator.comparing(WarningSignal::key)).forEach(snapshot::signal);
        complaints.forEach(snapshot::complaint);
        Optional<MentionStatistics> lastHour = lastHour();
        lastHour.ifPresent(snapshot::mentions);
        windowHadMentions = lastHour.isPresent();
        evidenceChanged = false;
        Assessment assessment = Evaluation.run(rules, settings, at, ruleListeners, snapshot.build(),
                OffenceHistory.none(), false);
        if (assessment.incidents().isEmpty()) {
            return;
        }
        Incident next = assessment.incidents().get(0);
        Incident previous = incident;
        if (previous == null) {
            setIncident(next);
            listener.incidentChanged(new IncidentChange(IncidentChange.Kind.OPENED, at, next, null));
        } else if (!sameState(previous, next)) {
            setIncident(next);
            listener.incidentChanged(new IncidentChange(IncidentChange.Kind.UPDATED, at, next, previous));
        }
    }

    private static boolean sameState(Incident a, Incident b) {
        return a.id().equals(b.id()) && a.severity() == b.severity() && a.failureType() == b.failureType()
                && a.crisisType() == b.crisisType() && a.verification() == b.verification()
                && a.signalKeys().equals(b.signalKeys()) && a.aggravatingFactors().equals(b.aggravatingFactors());
    }

    private void setIncident(Incident next) {
        if (incidentHandle != null) {
            session.delete(incidentHandle);
            incidentHandle = null;
        }
        incident = next;
        if (next != null) {
            incidentHandle = session.insert(new MonitoredIncident(next));
        }
    }

    /** Remembers which rule inserted each reading and change, for explanations; cleared after each run. */
    private final class Origins implements RuleRuntimeEventListener {
        private final Map<Object, RuleRef> insertedBy = new IdentityHashMap<>();
        private final List<ChangeProposal> proposals = new ArrayList<>();
        private final List<FactHandle> transientFacts = new ArrayList<>();

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Object fact = event.getObject();
            if (event.getRule() != null && (fact instanceof AlertReading || fact instanceof ChangeProposal)) {
                insertedBy.put(fact, rules.ref(event.getRule().getName()));
                transientFacts.add(event.getFactHandle());
                if (fact instanceof ChangeProposal proposal) {
                    proposals.add(proposal);
                }
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // tracks and proposals are followed by identity
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            // transient facts are deleted by clear()
        }

        List<ChangeProposal> proposals() {
            return List.copyOf(proposals);
        }

        List<RuleRef> explain(ChangeProposal proposal) {
            List<RuleRef> refs = new ArrayList<>();
            for (Map.Entry<Object, RuleRef> entry : insertedBy.entrySet()) {
                if (entry.getKey() instanceof AlertReading reading && reading.signal() == proposal.getSignal()) {
                    refs.add(entry.getValue());
                }
            }
            RuleRef own = insertedBy.get(proposal);
            if (own != null) {
                refs.add(own);
            }
            return refs;
        }

        void clear(KieSession session) {
            transientFacts.forEach(session::delete);
            transientFacts.clear();
            insertedBy.clear();
            proposals.clear();
        }
    }
}
