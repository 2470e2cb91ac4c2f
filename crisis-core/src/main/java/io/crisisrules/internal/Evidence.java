package io.crisisrules.internal;

import io.crisisrules.model.Explanation;
import io.crisisrules.model.RuleRef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the rules of one phase concluded, as plain values: the facts they inserted (and did not
 * delete), in insertion order, and the rule that inserted each. The resolvers read nothing else,
 * so each can be tested on evidence written by hand ({@link #of}) without a rule session;
 * {@link Provenance} is the evidence a session gathers.
 */
interface Evidence {

    /** @return the facts of a type, in insertion order */
    <T> List<T> factsOf(Class<T> type);

    /** @return the rule that inserted a fact, or {@code null} for a fact no rule inserted */
    RuleRef ruleOf(Object fact);

    /** @return an explanation naming the rules that inserted these facts, once each, ordered */
    default Explanation explain(Collection<?> facts) {
        TreeSet<RuleRef> refs = new TreeSet<>();
        for (Object fact : facts) {
            RuleRef ref = ruleOf(fact);
            if (ref != null) {
                refs.add(ref);
            }
        }
        return refs.isEmpty() ? Explanation.NONE : new Explanation(List.copyOf(refs));
    }

    /** @return an explanation naming the rule that inserted this fact */
    default Explanation explain(Object fact) {
        RuleRef ref = ruleOf(fact);
        return ref == null ? Explanation.NONE : new Explanation(List.of(ref));
    }

    /**
     * @param insertedBy facts, in insertion order, each with the rule that inserted it; compared by
     *                   identity, as a session compares them
     * @return evidence holding exactly these facts
     */
    static Evidence of(Map<?, RuleRef> insertedBy) {
        List<Object> facts = new ArrayList<>(insertedBy.keySet());
        Map<Object, RuleRef> byFact = new IdentityHashMap<>();
        insertedBy.forEach(byFact::put);
        return new Evidence() {
            @Override
            public <T> List<T> factsOf(Class<T> type) {
                return facts.stream().filter(type::isInstance).map(type::cast).toList();
            }

            @Override
            public RuleRef ruleOf(Object fact) {
                return byFact.get(fact);
            }
        };
    }
}
