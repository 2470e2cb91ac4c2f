package io.crisisrules.internal;

import io.crisisrules.HostComponentException;
import io.crisisrules.FiredRule;
import io.crisisrules.RuleListener;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Incident;
import io.crisisrules.model.InputReceipt;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.PolicySettings;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        rules.houseActions().requireDeclared(snapshot.progress()); // HOUSE_ACTION/<key>: a typo is an error
        return RuleFailures.guard(rules, () -> evaluate(rules, settings, now, listeners, snapshot, history));
    }

    /**
     * Runs detection alone, which is all a monitor needs of its KPI points and complaints: no
     * incident, plan or moderation is resolved only to be thrown away.
     *
     * @return the warning signals the detection rules raised (and any handed in), explained, ordered by key
     */
    public static List<WarningSignal> detect(CompiledRules rules, PolicySettings settings, Instant now,
                                             List<RuleListener> listeners, Snapshot snapshot) {
        return RuleFailures.guard(rules, () -> Pipeline.run(rules, settings, now, listeners, snapshot,
                OffenceHistory.none(), Phase.DETECTION_ONLY).signals());
    }

    /**
     * Runs classification alone over the signals handed in with the snapshot, which is how a monitor
     * groups the signals it fired into an incident: no plan or moderation is resolved.
     *
     * @return the incident the classification evidence resolves to, if any
     */
    public static Optional<Incident> classify(CompiledRules rules, PolicySettings settings, Instant now,
                                              List<RuleListener> listeners, Snapshot snapshot) {
        return RuleFailures.guard(rules, () -> Pipeline.run(rules, settings, now, listeners, snapshot,
                OffenceHistory.none(), Phase.CLASSIFICATION_ONLY).incident());
    }

    private static Assessment evaluate(CompiledRules rules, PolicySettings settings, Instant now,
                                       List<RuleListener> listeners, Snapshot snapshot, OffenceHistory history) {
        Pipeline.Outcome outcome = Pipeline.run(rules, settings, now, listeners, snapshot, history, Phase.ALL);
        return new Assessment(snapshot.brand().brandId(), now, outcome.signals(), outcome.incident().stream().toList(),
                outcome.plan().outstanding(), outcome.moderation(), outcome.monitoring(), InputReceipt.of(snapshot),
                outcome.plan().deadlines(), outcome.gaps());
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
            for (Object group : settings.facts()) {
                if (rules.moderationMatches(group)) {
                    session.insert(group);
                }
            }
            comments.forEach(session::insert);
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
    static Provenance listen(KieSession session, CompiledRules rules, List<RuleListener> listeners,
                                     int expectedFacts) {
        Provenance provenance = new Provenance(rules, expectedFacts);
        session.addEventListener(provenance);
        if (!listeners.isEmpty()) {
            session.addEventListener(new FiringRelay(rules, listeners));
        }
        return provenance;
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
