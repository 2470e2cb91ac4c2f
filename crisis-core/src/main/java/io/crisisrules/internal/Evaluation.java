package io.crisisrules.internal;

import io.crisisrules.HostComponentException;
import io.crisisrules.FiredRule;
import io.crisisrules.RuleListener;
import io.crisisrules.facts.EvaluationContext;
import io.crisisrules.facts.MentionSeries;
import io.crisisrules.facts.PreviousIncident;
import io.crisisrules.facts.TopicEvidence;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.Incident;
import io.crisisrules.model.InputReceipt;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.MonitoringPlan;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.ReadinessGap;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.PolicySettings;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Agenda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One evaluation of one snapshot in its own short-lived session: insert, run the phases with
 * resolution in between, read the results, dispose.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /**
     * @param rules     the compiled rules
     * @param settings  the policy settings
     * @param now       the evaluation time
     * @param listeners listeners to tell about fired rules
     * @param snapshot  the input
     * @param history   where authors' offences are read and recorded (MOD-04)
     * @return the assessment
     */
    public static Assessment run(CompiledRules rules, PolicySettings settings, Instant now,
                                 List<RuleListener> listeners, Snapshot snapshot, OffenceHistory history) {
        return run(rules, settings, now, listeners, snapshot, history, true);
    }

    /**
     * @param detect whether the detection phase runs; without it, only the signals handed in with
     *               the snapshot count, which is how a monitor classifies the signals it fired
     * @see #run(CompiledRules, PolicySettings, Instant, List, Snapshot, OffenceHistory)
     */
    public static Assessment run(CompiledRules rules, PolicySettings settings, Instant now,
                                 List<RuleListener> listeners, Snapshot snapshot, OffenceHistory history,
                                 boolean detect) {
        rules.houseActions().requireDeclared(snapshot.progress()); // HOUSE_ACTION/<key>: a typo is an error
        return RuleFailures.guard(rules, () -> evaluate(rules, settings, now, listeners, snapshot, history, detect));
    }

    /**
     * Runs the detection phase alone, which is all a monitor needs of its KPI points and complaints:
     * no incident, plan or moderation is resolved only to be thrown away.
     *
     * @return the warning signals the detection rules raised, explained, ordered by key
     */
    public static List<WarningSignal> detect(CompiledRules rules, PolicySettings settings, Instant now,
                                             List<RuleListener> listeners, Snapshot snapshot) {
        return RuleFailures.guard(rules, () -> {
            KieSession session = rules.newSession();
            Budget budget = null;
            try {
                Provenance provenance = listen(session, rules, listeners, 16);
                budget = Budget.watch(session, rules, settings.execution());
                insertSnapshot(session, settings, now, snapshot);
                session.getAgenda().getAgendaGroup(Phase.DETECTION.group()).setFocus();
                session.fireAllRules(); // only the detection group has the focus
                budget.check();
                List<Map.Entry<String, WarningSignal>> keyed = new ArrayList<>();
                for (WarningSignal signal : provenance.factsOf(WarningSignal.class)) {
                    keyed.add(Map.entry(signal.key(), signal.withExplanation(provenance.explain(signal))));
                }
                keyed.sort(Map.Entry.comparingByKey());
                return keyed.stream().map(Map.Entry::getValue).toList();
            } finally {
                Budget.release(rules, session, budget);
            }
        });
    }

    private static Assessment evaluate(CompiledRules rules, PolicySettings settings, Instant now,
                                       List<RuleListener> listeners, Snapshot snapshot, OffenceHistory history,
                                       boolean detect) {
        KieSession session = rules.newSession();
        Budget budget = null;
        try {
            Provenance provenance = listen(session, rules, listeners, 16);
            budget = Budget.watch(session, rules, settings.execution());
            insertSnapshot(session, settings, now, snapshot);

            Agenda agenda = session.getAgenda();
            agenda.getAgendaGroup(Phase.CLASSIFICATION.group()).setFocus();
            if (detect) {
                agenda.getAgendaGroup(Phase.DETECTION.group()).setFocus();
            }
            session.fireAllRules();
            budget.check();

            Optional<Incident> incident = IncidentResolver.resolve(snapshot.brand().brandId(), now,
                    snapshot.typeOverride(), snapshot.previousIncident(), snapshot.signals(), provenance);
            incident.ifPresent(session::insert);

            ModerationRun.insertCounts(session, snapshot.comments(), settings.moderation(),
                    incident.filter(Incident::isOpen).map(Incident::severity).orElse(null));
            agenda.getAgendaGroup(Phase.MODERATION.group()).setFocus();
            agenda.getAgendaGroup(Phase.DECISION.group()).setFocus();
            session.fireAllRules();
            budget.check();
            List<ModerationDecision> moderation = ModerationRun.decide(session, provenance, snapshot.comments(),
                    settings.moderation(), now, history, budget);

            // a signal handed in (detected elsewhere) is not raised a second time when a rule detects it
            // again; keys are computed once each, as they format instants
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
            List<WarningSignal> signals = keyed.stream().map(Map.Entry::getValue).toList();
            PlanResolver.Plan responsePlan = PlanResolver.resolve(provenance, snapshot.progress(), snapshot.statements(), now,
                    incident.orElse(null));
            List<ReadinessGap> gaps = provenance.factsOf(ReadinessGap.class).stream()
                    .map(gap -> gap.withExplanation(provenance.explain(gap)))
                    .sorted(Comparator.comparing(ReadinessGap::kind))
                    .toList();
            MonitoringPlan monitoring = provenance.factsOf(MonitoringPlan.class).stream()
                    .min(Comparator.comparing(MonitoringPlan::interval))
                    .map(plan -> plan.withExplanation(provenance.explain(plan)))
                    .orElse(null);
            return new Assessment(snapshot.brand().brandId(), now, signals, incident.stream().toList(),
                    responsePlan.outstanding(), moderation, monitoring, InputReceipt.of(snapshot), responsePlan.deadlines(), gaps);
        } finally {
            Budget.release(rules, session, budget); // back to the pool, reset: no facts, no listeners (SessionReuseTest)
        }
    }

    /** Inserts the settings, the evaluation context and everything the snapshot holds. */
    private static void insertSnapshot(KieSession session, PolicySettings settings, Instant now, Snapshot snapshot) {
        settings.groups().forEach(session::insert);
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
     * Moderates comments outside an evaluation: only the decision phase runs.
     *
     * @param openCrisis the severity of the brand's open crisis, or {@code null} when none is open
     * @param history    where authors' offences are read and recorded (MOD-04)
     * @return one decision per comment, in order
     */
    public static List<ModerationDecision> moderate(CompiledRules rules, PolicySettings settings, Instant now,
                                                    List<RuleListener> listeners, List<Comment> comments,
                                                    Severity openCrisis, OffenceHistory history) {
        return RuleFailures.guard(rules, () -> moderateComments(rules, settings, now, listeners, comments, openCrisis, history));
    }

    private static List<ModerationDecision> moderateComments(CompiledRules rules, PolicySettings settings, Instant now,
                                                             List<RuleListener> listeners, List<Comment> comments,
                                                             Severity openCrisis, OffenceHistory history) {
        KieSession session = rules.newModerationSession();
        Budget budget = null;
        try {
            Provenance provenance = listen(session, rules, listeners, comments.size() + 16);
            budget = Budget.watch(session, rules, settings.execution());
            for (Object group : settings.groups()) {
                if (rules.moderationMatches(group)) {
                    session.insert(group);
                }
            }
            insertAll(session, comments);
            ModerationRun.insertCounts(session, comments, settings.moderation(), openCrisis);
            session.getAgenda().getAgendaGroup(Phase.MODERATION.group()).setFocus();
            session.fireAllRules();
            budget.check();
            return ModerationRun.decide(session, provenance, comments, settings.moderation(), now, history, budget);
        } finally {
            Budget.release(rules, session, budget); // back to the pool, reset: no facts, no listeners (SessionReuseTest)
        }
    }

    /**
     * @param expectedFacts about how many facts the rules will insert
     * @return the provenance listener now following the session; the host's listeners hear it too
     */
    private static Provenance listen(KieSession session, CompiledRules rules, List<RuleListener> listeners,
                                     int expectedFacts) {
        Provenance provenance = new Provenance(rules, expectedFacts);
        session.addEventListener(provenance);
        if (!listeners.isEmpty()) {
            session.addEventListener(new FiringRelay(rules, listeners));
        }
        return provenance;
    }

    private static void insertAll(KieSession session, Collection<?> facts) {
        for (Object fact : facts) {
            session.insert(fact);
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

    /** Tells the host's listeners about each fired rule, without KIE types. */
    static final class FiringRelay extends DefaultAgendaEventListener {
        private final CompiledRules rules;
        private final List<RuleListener> listeners;

        FiringRelay(CompiledRules rules, List<RuleListener> listeners) {
            this.rules = rules;
            this.listeners = listeners;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            String name = event.getMatch().getRule().getName();
            String phase = rules.phaseOf(name);
            FiredRule fired = new FiredRule(name, phase, rules.ref(name).policyIds(),
                    new ArrayList<>(event.getMatch().getObjects()));
            for (RuleListener listener : listeners) {
                try {
                    listener.ruleFired(fired);
                } catch (RuntimeException e) {
                    // the listener's message may carry the facts it saw: its type only
                    throw new HostComponentException("listener", "the rule listener (" + listener
                            + ") failed after rule \"" + name + "\": " + e.getClass().getName(), e);
                }
            }
        }
    }
}
