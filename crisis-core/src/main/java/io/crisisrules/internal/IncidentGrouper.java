package io.crisisrules.internal;

import io.crisisrules.MonitorListener;
import io.crisisrules.RuleListener;
import io.crisisrules.facts.MonitoredIncident;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.SignalChange;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.settings.PolicySettings;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups a monitor's firing alerts into one incident (DET-20): the signals fired within the grouping
 * window are classified with the batch rules, and the incident is opened, updated, or goes quiet
 * once no alert has fired for the window. The open incident is a {@link MonitoredIncident} fact in
 * the monitor's session, which the inhibition rule reads. Not thread-safe.
 */
final class IncidentGrouper {
    private final CompiledRules rules;
    private final PolicySettings settings;
    private final BrandContext brand;
    private final MonitorListener listener;
    private final List<RuleListener> ruleListeners;
    private final KieSession session;
    private final MonitorEvidence evidence;

    private final Map<String, WarningSignal> firedRecently = new LinkedHashMap<>();
    private Instant lastFiringAt;
    private Incident incident;
    private FactHandle incidentHandle;
    private boolean evidenceChanged;
    private boolean windowHadMentions;

    IncidentGrouper(CompiledRules rules, PolicySettings settings, BrandContext brand, MonitorListener listener,
                    List<RuleListener> ruleListeners, KieSession session, MonitorEvidence evidence) {
        this.rules = rules;
        this.settings = settings;
        this.brand = brand;
        this.listener = listener;
        this.ruleListeners = ruleListeners;
        this.session = session;
        this.evidence = evidence;
    }

    /** @return the incident alerts are grouped into, if any */
    Optional<Incident> incident() {
        return Optional.ofNullable(incident);
    }

    /** @return whether an alert fired since the incident last went quiet, so belongs to it */
    boolean holds(String alertKey) {
        return firedRecently.containsKey(alertKey);
    }

    /** What the incident is read from moved: a mention, a KPI point or a complaint came in. */
    void evidenceChanged() {
        evidenceChanged = true;
    }

    /** Remembers the firings among {@code changes}: they join the incident. */
    void recordFirings(List<SignalChange> changes) {
        for (SignalChange change : changes) {
            if (change.to() == AlertState.FIRING) {
                lastFiringAt = change.at();
                firedRecently.put(change.alertKey(), change.signal());
            }
        }
    }

    /**
     * Ends the incident once no alert has fired for the grouping window, or else re-reads it when an
     * alert fired or resolved or its evidence may have moved.
     *
     * @param at        the time of the changes
     * @param now       the monitor's event time
     * @param changes   the alert changes just told to the listener
     * @param anyFiring whether an alert is firing
     */
    void regroup(Instant at, Instant now, List<SignalChange> changes, boolean anyFiring) {
        boolean moved = changes.stream().anyMatch(change -> change.to() == AlertState.FIRING
                || change.to() == AlertState.RESOLVED);
        if (incident != null && !anyFiring && lastFiringAt != null
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
            classify(at, now);
        }
    }

    /** Groups the firing signals (and those fired within the grouping window) into one incident. */
    private void classify(Instant at, Instant now) {
        if (firedRecently.isEmpty()) {
            return;
        }
        Snapshot.Builder snapshot = Snapshot.builder(brand).previousIncident(incident);
        firedRecently.values().stream().sorted(Comparator.comparing(WarningSignal::key)).forEach(snapshot::signal);
        evidence.complaints().forEach(snapshot::complaint);
        Optional<MentionStatistics> lastHour = evidence.lastHour(now);
        lastHour.ifPresent(snapshot::mentions);
        windowHadMentions = lastHour.isPresent();
        evidenceChanged = false;
        Optional<Incident> classified = Evaluation.classify(rules, settings, at, ruleListeners, snapshot.build());
        if (classified.isEmpty()) {
            return;
        }
        Incident next = classified.get();
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

    Map<String, WarningSignal> firedRecently() {
        return firedRecently;
    }

    Instant lastFiringAt() {
        return lastFiringAt;
    }

    boolean evidenceChangedSinceRead() {
        return evidenceChanged;
    }

    boolean windowHadMentions() {
        return windowHadMentions;
    }

    /** Continues a checkpoint's grouping: the incident goes back into the session. */
    void restore(Map<String, WarningSignal> recentFirings, Instant lastFiring, Incident restored) {
        firedRecently.putAll(recentFirings);
        lastFiringAt = lastFiring;
        setIncident(restored);
    }

    /** Continues a checkpoint's record of whether the incident's evidence moved since it was read. */
    void restoreEvidenceFlags(boolean changed, boolean hadMentions) {
        evidenceChanged = changed;
        windowHadMentions = hadMentions;
    }
}
