package io.crisisrules.internal;

import io.crisisrules.facts.MessageGuidelines;
import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.PublicStatement;
import io.crisisrules.model.ResponseAction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns the actions the decision rules proposed into the plan: one action per key (several rules may
 * ask for the same one; the earliest deadline wins and every rule is named), the message guidelines
 * of every public action (RSP-07, RSP-09), the deadline of each action against what the host recorded
 * as done (and against what the brand already said in public), and the outstanding actions only, so
 * nothing done is suggested again. The house plan actions ({@link ActionKind#HOUSE_ACTION}) come
 * resolved from {@link HousePlanActions}, which put them in the session for the decision rules to
 * see (RSP-14 escalates them as ours); here they join the plan like any other action. Pure function
 * of its inputs.
 */
final class PlanResolver {
    /**
     * The plan's order: by deadline, then by {@link ActionKind#PLAN_ORDER} (the kinds' plan rank); the
     * key is no policy, only a tie-break between actions of one kind (two claims, two influencers).
     */
    static final Comparator<ResponseAction> PLAN_ORDER = Comparator.comparing(ResponseAction::due)
            .thenComparing(ResponseAction::kind, ActionKind.PLAN_ORDER).thenComparing(ResponseAction::key);

    private PlanResolver() {
    }

    record Plan(List<ResponseAction> outstanding, List<ActionDeadline> deadlines) {
    }

    /**
     * @param housePlanActions the house plan actions, resolved and explained ({@link HousePlanActions#settle})
     */
    static Plan resolve(Evidence evidence, Collection<ResponseAction> housePlanActions, List<ActionProgress> progress,
                        List<PublicStatement> statements, Instant now) {
        Map<String, ResponseAction> byKey = new LinkedHashMap<>();
        for (ResponseAction proposed : inRuleOrder(evidence, ResponseAction.class)) {
            ResponseAction action = proposed.withExplanation(evidence.explain(proposed));
            byKey.merge(incidentKey(action), action, PlanResolver::merge);
        }
        for (ResponseAction action : housePlanActions) {
            byKey.merge(incidentKey(action), action, PlanResolver::merge);
        }
        MessageGuidelines guidelines = mergedGuidelines(evidence);
        Explanation guidelinesExplanation = evidence.explain(evidence.factsOf(MessageGuidelines.class));
        List<ResponseAction> plan = byKey.values().stream()
                .map(action -> action.channel().isPublic() ? withGuidelines(action, guidelines, guidelinesExplanation)
                        : action)
                .sorted(PLAN_ORDER)
                .toList();

        List<ResponseAction> outstanding = new ArrayList<>();
        List<ActionDeadline> deadlines = new ArrayList<>();
        for (ResponseAction action : plan) {
            Instant doneAt = progress.stream()
                    .filter(p -> p.isDone() && p.incidentId().equals(action.incidentId())
                            && p.actionKey().equals(action.key()))
                    .map(ActionProgress::at).min(Comparator.naturalOrder()).orElse(null);
            if (doneAt == null) {
                // what the brand already said in public needs no saying again (RSP-01 among others)
                doneAt = statements.stream().filter(st -> st.hasDone(action, now))
                        .map(PublicStatement::at).min(Comparator.naturalOrder()).orElse(null);
            }
            if (doneAt == null) {
                outstanding.add(action);
            }
            deadlines.add(new ActionDeadline(action.key(), action.kind(), action.due(), sla(action, doneAt, now), doneAt));
        }
        return new Plan(List.copyOf(outstanding), List.copyOf(deadlines));
    }

    /** @return what identifies an action among the plans of every incident: incident and key */
    static String incidentKey(ResponseAction action) {
        return action.incidentId() + "|" + action.key();
    }

    private static ActionDeadline.Sla sla(ResponseAction action, Instant doneAt, Instant now) {
        if (doneAt != null) {
            return doneAt.isAfter(action.due()) ? ActionDeadline.Sla.FULFILLED_LATE : ActionDeadline.Sla.FULFILLED;
        }
        return action.isOverdueAt(now) ? ActionDeadline.Sla.BREACHED : ActionDeadline.Sla.ACTIVE;
    }

    /** Two rules asked for the same action: keep the earliest deadline, all guidelines, all rules. */
    private static ResponseAction merge(ResponseAction a, ResponseAction b) {
        // owner and channel (declaration order) are no policy, only a tie-break between two requests due
        // at the same time, so that the merge gives the same action whichever rule came first
        Comparator<ResponseAction> earliest = Comparator.comparing(ResponseAction::due)
                .thenComparing(ResponseAction::owner).thenComparing(ResponseAction::channel);
        ResponseAction first = earliest.compare(a, b) <= 0 ? a : b;
        return new ResponseAction(first.incidentId(), first.kind(), first.subject(), first.owner(), first.channel(),
                first.due(), union(a.dos(), b.dos()), union(a.donts(), b.donts()),
                a.explanation().and(b.explanation()), first.house());
    }

    /** @return the guidelines of every public message, merged once for all actions (RSP-07, RSP-09) */
    private static MessageGuidelines mergedGuidelines(Evidence evidence) {
        List<Guideline> dos = List.of();
        List<Guideline> donts = List.of();
        for (MessageGuidelines more : inRuleOrder(evidence, MessageGuidelines.class)) {
            dos = union(dos, more.dos());
            donts = union(donts, more.donts());
        }
        return new MessageGuidelines(dos, donts);
    }

    private static ResponseAction withGuidelines(ResponseAction action, MessageGuidelines guidelines,
                                                 Explanation guidelinesExplanation) {
        if (guidelines.dos().isEmpty() && guidelines.donts().isEmpty()) {
            return action;
        }
        return new ResponseAction(action.incidentId(), action.kind(), action.subject(), action.owner(),
                action.channel(), action.due(), union(action.dos(), guidelines.dos()),
                union(action.donts(), guidelines.donts()), action.explanation().and(guidelinesExplanation),
                action.house());
    }

    /**
     * The facts ordered by the rule that inserted them, then by their content: the order in which
     * they are merged (and so the order of the guidelines) must not depend on the order in which
     * Drools fired rules of equal priority, which differs between rule bases built differently (the
     * precompiled defaults, an overlay compiled at run time).
     */
    private static <T> List<T> inRuleOrder(Evidence evidence, Class<T> type) {
        Comparator<T> byRule = Comparator.comparing(fact -> {
            io.crisisrules.model.RuleRef ref = evidence.ruleOf(fact);
            return ref == null ? "" : ref.name();
        });
        // an action's key settles most ties cheaply; the text of the whole fact only the rest
        Comparator<T> byKey = Comparator.comparing(fact -> fact instanceof ResponseAction action ? incidentKey(action) : "");
        return evidence.factsOf(type).stream().sorted(byRule.thenComparing(byKey).thenComparing(String::valueOf)).toList();
    }

    private static List<Guideline> union(List<Guideline> a, List<Guideline> b) {
        LinkedHashSet<Guideline> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
