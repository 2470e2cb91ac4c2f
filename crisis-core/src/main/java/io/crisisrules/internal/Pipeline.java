package io.crisisrules.internal;

import io.crisisrules.RuleListener;
import io.crisisrules.facts.EvaluationContext;
import io.crisisrules.facts.MentionSeries;
import io.crisisrules.facts.PreviousIncident;
import io.crisisrules.facts.TopicEvidence;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.Incident;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.MonitoringPlan;
import io.crisisrules.model.ReadinessGap;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.PolicySettings;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a chosen set of batch phases over one snapshot in one short-lived session: inserts the
 * snapshot, then gives each phase the focus in the order {@link Phase} sets, each followed by the
 * resolution that needs it — the incident after classification, the house plan actions during the
 * decision phase (inserted for its rules to see, {@link HousePlanActions}), the comments' decisions
 * after moderation — and reads the results of the phases that ran. A phase not chosen costs nothing.
 */
final class Pipeline {

    private Pipeline() {
    }

    /**
     * What the chosen phases produced; what a phase not chosen would have produced is empty.
     *
     * @param signals    the signals handed in and those detection raised, by key
     * @param incident   the incident classification resolved
     * @param plan       the decision phase's plan and deadlines
     * @param moderation one decision per comment when moderation ran, none otherwise
     * @param monitoring the decision phase's monitoring cadence, or {@code null}
     * @param gaps       the decision phase's readiness gaps, by kind
     */
    record Outcome(List<WarningSignal> signals, Optional<Incident> incident, PlanResolver.Plan plan,
                   List<ModerationDecision> moderation, MonitoringPlan monitoring, List<ReadinessGap> gaps) {
    }

    private static final PlanResolver.Plan NO_PLAN = new PlanResolver.Plan(List.of(), List.of());

    /**
     * @param phases the batch phases to run ({@link Phase#inRunOrder} says which sets are allowed)
     * @param history where authors' offences are read and recorded (MOD-04), when moderation runs
     */
    static Outcome run(CompiledRules rules, PolicySettings settings, Instant now, List<RuleListener> listeners,
                       Snapshot snapshot, OffenceHistory history, Set<Phase> phases) {
        List<Phase> order = Phase.inRunOrder(phases);
        KieSession session = rules.newSession();
        Budget budget = null;
        try {
            Provenance provenance = Evaluation.listen(session, rules, listeners, 16);
            budget = Budget.watch(session, rules, settings.execution());
            insertSnapshot(session, settings, now, snapshot);
            Optional<Incident> incident = Optional.empty();
            List<ModerationDecision> moderation = List.of();
            Map<String, FactHandle> houseActionsInSession = new LinkedHashMap<>();
            for (Phase phase : order) {
                session.getAgenda().getAgendaGroup(phase.group()).setFocus();
                session.fireAllRules();
                budget.check();
                if (phase == Phase.CLASSIFICATION) {
                    incident = IncidentResolver.resolve(snapshot.brand().brandId(), now, snapshot.typeOverride(),
                            snapshot.previousIncident(), snapshot.signals(), provenance);
                    incident.ifPresent(session::insert);
                    if (phases.contains(Phase.MODERATION)) {
                        // counted before the decision phase, which may read them too
                        ModerationRun.insertCounts(session, snapshot.comments(), settings.moderation(),
                                incident.filter(Incident::isOpen).map(Incident::severity).orElse(null));
                    }
                } else if (phase == Phase.DECISION) {
                    // inside the session, so that the decision rules see them as ours (RSP-14 escalates them)
                    HousePlanActions.settle(session, provenance, rules.houseActions(), incident.orElse(null),
                            houseActionsInSession, phase.group(), budget);
                } else if (phase == Phase.MODERATION) {
                    moderation = ModerationRun.decide(session, provenance, snapshot.comments(), settings.moderation(),
                            now, history, budget);
                    if (phases.contains(Phase.ESCALATION)) {
                        // a house plan action a moderation rule asked for is escalated like the others
                        HousePlanActions.settle(session, provenance, rules.houseActions(), incident.orElse(null),
                                houseActionsInSession, Phase.ESCALATION.group(), budget);
                    }
                }
            }
            if (!phases.contains(Phase.DECISION)) {
                return new Outcome(signals(snapshot, provenance), incident, NO_PLAN, moderation, null, List.of());
            }
            List<ReadinessGap> gaps = provenance.factsOf(ReadinessGap.class).stream()
                    .map(gap -> gap.withExplanation(provenance.explain(gap)))
                    // listed in the declaration order of ReadinessGap.Kind: no precedence, only the same order every run
                    .sorted(Comparator.comparing(ReadinessGap::kind))
                    .toList();
            MonitoringPlan monitoring = provenance.factsOf(MonitoringPlan.class).stream()
                    .min(Comparator.comparing(MonitoringPlan::interval))
                    .map(plan -> plan.withExplanation(provenance.explain(plan)))
                    .orElse(null);
            return new Outcome(signals(snapshot, provenance), incident,
                    PlanResolver.resolve(provenance, housePlanActions(rules, provenance, incident), snapshot.progress(),
                            snapshot.statements(), now),
                    moderation, monitoring, gaps);
        } finally {
            Budget.release(rules, session, budget); // back to the pool, reset: no facts, no listeners (SessionReuseTest)
        }
    }

    /**
     * @return the house plan actions of the findings at the end of the call: those of the decision phase,
     *         which the decision and escalation rules saw, and those of the moderation phase, which the
     *         escalation rules saw
     */
    private static Collection<ResponseAction> housePlanActions(CompiledRules rules, Provenance provenance,
                                                               Optional<Incident> incident) {
        return HousePlanActions.resolve(provenance, rules.houseActions(), incident.orElse(null)).values();
    }

    /**
     * A signal handed in (detected elsewhere) is not raised a second time when a rule detects it
     * again; keys are computed once each, as they format instants.
     */
    private static List<WarningSignal> signals(Snapshot snapshot, Provenance provenance) {
        List<Map.Entry<String, WarningSignal>> keyed = new ArrayList<>();
        Set<String> handedIn = new HashSet<>();
        for (WarningSignal signal : snapshot.signals()) {
            String key = signal.key();
            handedIn.add(key);
            keyed.add(Map.entry(key, signal));
        }
        for (WarningSignal signal : provenance.factsOf(WarningSignal.class)) {
            String key = signal.key();
            if (!handedIn.contains(key)) {
                keyed.add(Map.entry(key, signal.withExplanation(provenance.explain(signal))));
            }
        }
        keyed.sort(Map.Entry.comparingByKey());
        return keyed.stream().map(Map.Entry::getValue).toList();
    }

    /** Inserts the settings, the evaluation context and everything the snapshot holds. */
    private static void insertSnapshot(KieSession session, PolicySettings settings, Instant now, Snapshot snapshot) {
        settings.facts().forEach(session::insert);
        session.insert(new EvaluationContext(now, snapshot.brand(), snapshot.trigger()));
        insertAll(session, snapshot.brand().history());
        insertAll(session, snapshot.metrics());
        insertAll(session, snapshot.mentions());
        insertAll(session, snapshot.relays());
        insertAll(session, snapshot.claims());
        insertAll(session, snapshot.comments());
        insertAll(session, snapshot.complaints());
        insertAll(session, snapshot.customers());
        insertAll(session, topicEvidence(snapshot));
        insertAll(session, snapshot.statements());
        if (snapshot.harm() != null) {
            session.insert(snapshot.harm());
        }
        Exposures.Measures exposure = Exposures.of(snapshot.mentions(), snapshot.mentionHistory(), snapshot.brand());
        exposure.total().ifPresent(session::insert);
        insertAll(session, exposure.channels());
        insertAll(session, snapshot.signals());
        if (!snapshot.mentionHistory().isEmpty()) {
            session.insert(new MentionSeries(snapshot.mentionHistory()));
        }
        if (snapshot.previousIncident() != null) {
            session.insert(new PreviousIncident(snapshot.previousIncident()));
        }
        insertAll(session, snapshot.progress());
        if (snapshot.brand().readiness() != null) {
            session.insert(snapshot.brand().readiness());
        }
    }

    /**
     * Counts topic reports across mentions, complaints and claims not refuted (a false story says
     * nothing of what is really happening): arithmetic, not policy.
     */
    static List<TopicEvidence> topicEvidence(Snapshot snapshot) {
        Map<Topic, Long> reports = new EnumMap<>(Topic.class);
        for (MentionStatistics statistics : snapshot.mentions()) {
            statistics.topics().forEach((topic, count) -> reports.merge(topic, count, Long::sum));
        }
        for (Complaint complaint : snapshot.complaints()) {
            if (complaint.topic() != null) {
                reports.merge(complaint.topic(), 1L, Long::sum);
            }
        }
        for (Claim claim : snapshot.claims()) {
            if (claim.topic() != null && claim.status() != Claim.Status.REFUTED) {
                reports.merge(claim.topic(), 1L, Long::sum);
            }
        }
        List<TopicEvidence> evidence = new ArrayList<>();
        reports.forEach((topic, count) -> {
            if (count > 0) {
                evidence.add(new TopicEvidence(topic, count));
            }
        });
        return evidence;
    }

    private static void insertAll(KieSession session, Collection<?> facts) {
        for (Object fact : facts) {
            session.insert(fact);
        }
    }
}
