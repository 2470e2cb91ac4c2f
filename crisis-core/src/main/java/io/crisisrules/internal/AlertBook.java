package io.crisisrules.internal;

import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.facts.AlertReading;
import io.crisisrules.facts.AlertTrack;
import io.crisisrules.facts.ChangeProposal;
import io.crisisrules.functions.SpikeScore;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.RuleRef;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalChange;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.WarningSignal;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A monitor's alerts: one {@link AlertTrack} per alert key in the session, readings handed to the
 * monitoring rules (DET-18…DET-21), and the state changes they propose turned into
 * {@link SignalChange}s. Every proposal is checked against the transition table of
 * {@link AlertState#canMoveTo}: the rules move an alert, the book refuses a move the table does not
 * allow. Not thread-safe; its {@link MonitorSession} serialises calls.
 */
final class AlertBook {
    private final CompiledRules rules;
    private final KieSession session;
    private final Consumer<String> scopeBound;
    private final Origins origins = new Origins();
    private final Map<String, AlertTrack> tracks = new LinkedHashMap<>();
    private final List<SignalChange> pendingChanges = new ArrayList<>();

    /**
     * @param rules      the compiled rules, for rule references
     * @param session    the monitor's session; the book listens to it for the rules' proposals
     * @param scopeBound told once the alerts at rest exceed their bound (what is forgotten)
     */
    AlertBook(CompiledRules rules, KieSession session, Consumer<String> scopeBound) {
        this.rules = rules;
        this.session = session;
        this.scopeBound = scopeBound;
        session.addEventListener(origins);
    }

    /** @return the current state of every alert seen, in the order they were first seen */
    Map<String, AlertState> states() {
        Map<String, AlertState> states = new LinkedHashMap<>();
        tracks.forEach((key, track) -> states.put(key, track.getState()));
        return states;
    }

    boolean isEmpty() {
        return tracks.isEmpty();
    }

    boolean anyFiring() {
        return tracks.values().stream().anyMatch(track -> track.getState() == AlertState.FIRING);
    }

    /** @return the changes proposed since the last call, in order; the book forgets them */
    List<SignalChange> drainChanges() {
        List<SignalChange> changes = List.copyOf(pendingChanges);
        pendingChanges.clear();
        return changes;
    }

    /** Reads a scored mention interval into the brand's spike alert. */
    void readSpike(SpikeScore spike) {
        track(AlertReading.alertKeyOf(spike.signal()));
        FactHandle handle = session.insert(spike);
        runAlertRules();
        session.delete(handle);
    }

    /**
     * Reads one detection of KPI points and complaints: each signal found is a breaching reading of
     * its alert; an active KPI alert whose signal was not found gets a clear reading.
     *
     * @param at        the detection time
     * @param breaching the signals found, by alert key (no mention spike)
     */
    void readKpiSignals(Instant at, Map<String, WarningSignal> breaching) {
        List<FactHandle> handles = new ArrayList<>();
        breaching.forEach((key, signal) -> {
            track(key);
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

    /**
     * Forgets the alerts of KPI and complaint scopes at rest (inactive or resolved, not notified
     * within the cool-down, not held by the incident) last observed before {@code horizon}; past
     * {@code maxAtRest} such alerts, the longest unobserved go first. Mention spike alerts stay: there
     * is one per brand.
     *
     * @param horizon         alerts at rest last observed before this are forgotten
     * @param notifiedHorizon an alert notified at or after this is cooling down, not at rest
     * @param heldByIncident  whether an alert key belongs to the open incident's recent firings
     * @param maxAtRest       the most alerts at rest kept
     */
    void forgetAtRest(Instant horizon, Instant notifiedHorizon, Predicate<String> heldByIncident, int maxAtRest) {
        List<AlertTrack> atRest = new ArrayList<>();
        var iterator = tracks.values().iterator();
        while (iterator.hasNext()) {
            AlertTrack track = iterator.next();
            if (!atRest(track, notifiedHorizon, heldByIncident)) {
                continue;
            }
            if (track.getLastObservedAt().isBefore(horizon)) {
                iterator.remove();
                session.delete(session.getFactHandle(track));
            } else {
                atRest.add(track);
            }
        }
        if (atRest.size() > maxAtRest) {
            atRest.sort(Comparator.comparing(AlertTrack::getLastObservedAt).thenComparing(AlertTrack::getAlertKey));
            for (AlertTrack track : atRest.subList(0, atRest.size() - maxAtRest)) {
                tracks.remove(track.getAlertKey());
                session.delete(session.getFactHandle(track));
            }
            scopeBound.accept("alerts at rest");
        }
    }

    private static boolean atRest(AlertTrack track, Instant notifiedHorizon, Predicate<String> heldByIncident) {
        // by its key (kind/metric/scope): a spike track that never fired has no signal yet
        boolean spike = track.getAlertKey().startsWith(SignalKind.MENTION_SPIKE + "/");
        boolean resting = track.getState() == AlertState.INACTIVE || track.getState() == AlertState.RESOLVED;
        boolean coolingDown = track.getLastNotifiedAt() != null && !track.getLastNotifiedAt().isBefore(notifiedHorizon);
        return !spike && resting && !coolingDown && !heldByIncident.test(track.getAlertKey());
    }

    /** @return every alert as a checkpoint holds it, in the order they were first seen */
    List<MonitorCheckpoint.Alert> checkpoint() {
        List<MonitorCheckpoint.Alert> alerts = new ArrayList<>(tracks.size());
        for (AlertTrack track : tracks.values()) {
            alerts.add(new MonitorCheckpoint.Alert(track.getAlertKey(), track.getState(), track.getBreaches(),
                    Instant.MIN.equals(track.getLastObservedAt()) ? null : track.getLastObservedAt(),
                    track.getClearSince(), track.getFiringSince(), track.getLevel(), track.getSignal(),
                    track.getLastNotifiedAt(), track.getLastNotifiedLevel(), track.isFiringNotified()));
        }
        return alerts;
    }

    /** @param alerts the alerts of a checkpoint, inserted in their order */
    void restore(List<MonitorCheckpoint.Alert> alerts) {
        for (MonitorCheckpoint.Alert alert : alerts) {
            AlertTrack track = new AlertTrack(alert.key(), alert.state(), alert.breaches(), alert.lastObservedAt(),
                    alert.clearSince(), alert.firingSince(), alert.level(), alert.signal(), alert.lastNotifiedAt(),
                    alert.lastNotifiedLevel(), alert.firingNotified());
            tracks.put(alert.key(), track);
            session.insert(track);
        }
    }

    private void track(String key) {
        tracks.computeIfAbsent(key, newKey -> {
            AlertTrack track = new AlertTrack(newKey);
            session.insert(track);
            return track;
        });
    }

    private void runAlertRules() {
        session.getAgenda().getAgendaGroup(Phase.MONITORING.group()).setFocus();
        session.fireAllRules();
        for (ChangeProposal proposal : origins.proposals()) {
            pendingChanges.add(accept(proposal));
        }
        origins.clear(session);
    }

    /** Checks a proposal against the transition table, records a notification, and states the change. */
    private SignalChange accept(ChangeProposal proposal) {
        refuseIllegal(proposal);
        boolean announces = proposal.getTo() == AlertState.FIRING || proposal.getTo() == AlertState.RESOLVED;
        boolean notify = announces && proposal.getSuppressedBy() == null;
        if (notify && proposal.getTo() == AlertState.FIRING) {
            AlertTrack track = tracks.get(proposal.getAlertKey());
            track.notified(proposal.getAt(), proposal.getLevel());
            session.update(session.getFactHandle(track), track, "lastNotifiedAt", "lastNotifiedLevelRank",
                    "firingNotified");
        }
        List<RuleRef> refs = new ArrayList<>(origins.explain(proposal));
        if (proposal.getSuppressingRule() != null) {
            refs.add(rules.ref(proposal.getSuppressingRule()));
        }
        return new SignalChange(proposal.getAlertKey(), proposal.getFrom(), proposal.getTo(),
                proposal.getAt(), proposal.getLevel(), proposal.getSignal(), notify,
                notify ? null : proposal.getSuppressedBy(), Explanation.of(refs), proposal.getDeviation());
    }

    /**
     * @param proposal a change a monitoring rule proposed
     * @throws IllegalStateException if the transition table does not allow it: a rule is wrong
     */
    static void refuseIllegal(ChangeProposal proposal) {
        AlertState from = proposal.getFrom();
        if (!from.canMoveTo(proposal.getTo())) {
            throw new IllegalStateException("alert " + proposal.getAlertKey() + " cannot move from " + from
                    + " to " + proposal.getTo() + "; from " + from + " it moves to " + sorted(from.next()));
        }
    }

    private static List<AlertState> sorted(java.util.Set<AlertState> states) {
        return states.stream().sorted().toList();
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
