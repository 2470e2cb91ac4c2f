package io.crisisrules.internal;

import io.crisisrules.model.Explanation;
import io.crisisrules.model.RuleRef;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Remembers which rule inserted each fact, so results explain themselves without rule authors
 * having to say it in every consequence. Facts inserted by the engine itself have no rule.
 * One instance per session; not thread-safe.
 */
final class Provenance implements RuleRuntimeEventListener, Evidence {
    private final CompiledRules rules;
    private final List<Object> inserted;
    private final Map<Object, RuleRef> insertedBy;
    // consecutive inserts mostly come from one rule (a rule firing for each comment in turn)
    private Rule lastRule;
    private RuleRef lastRef;

    /** @param expectedFacts about how many facts rules will insert, to size the maps once */
    Provenance(CompiledRules rules, int expectedFacts) {
        this.rules = rules;
        this.inserted = new ArrayList<>(expectedFacts);
        this.insertedBy = new IdentityHashMap<>(expectedFacts);
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Rule rule = event.getRule();
        if (rule != null) {
            if (rule != lastRule) {
                lastRule = rule;
                lastRef = rules.ref(rule.getName());
            }
            Object fact = event.getObject();
            inserted.add(fact);
            insertedBy.put(fact, lastRef);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // rule results are immutable records: nothing to follow
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        insertedBy.remove(event.getOldObject());
    }

    /** @return the facts of a type that rules inserted and did not delete, in insertion order */
    @Override
    public <T> List<T> factsOf(Class<T> type) {
        List<T> facts = new ArrayList<>();
        for (Object fact : inserted) {
            if (type.isInstance(fact) && insertedBy.containsKey(fact)) {
                facts.add(type.cast(fact));
            }
        }
        return facts;
    }

    /** @return the house actions the rules declare */
    HouseActions houseActions() {
        return rules.houseActions();
    }

    /** @return the rule that inserted a fact */
    @Override
    public RuleRef ruleOf(Object fact) {
        return insertedBy.get(fact);
    }

    /** @return an explanation naming the rules that inserted these facts; a single rule's is shared */
    @Override
    public Explanation explain(Collection<?> facts) {
        if (facts.size() == 1) {
            RuleRef ref = insertedBy.get(facts.iterator().next());
            return ref == null ? Explanation.NONE : rules.explanationOf(ref);
        }
        TreeSet<RuleRef> refs = new TreeSet<>();
        for (Object fact : facts) {
            RuleRef ref = insertedBy.get(fact);
            if (ref != null) {
                refs.add(ref);
            }
        }
        return new Explanation(List.copyOf(refs));
    }

    /** @return an explanation naming the rule that inserted this fact; shared, as most have one reason */
    @Override
    public Explanation explain(Object fact) {
        RuleRef ref = insertedBy.get(fact);
        return ref == null ? Explanation.NONE : rules.explanationOf(ref);
    }
}
