package io.crisisrules.internal;

import io.crisisrules.RuleOverlay;
import io.crisisrules.RuleProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the policy IDs the default rules implement with those of the rules an overlay leaves:
 * a default file replaced by one that no longer implements an ID (an empty
 * {@code moderation/abusive-content.drl} drops MOD-01) is a problem naming the replacing file and
 * the IDs lost, unless the host allowed those IDs to go. Read from the DRL text ({@link DrlOutline}),
 * so it needs no compilation and is reported with the compiler's problems.
 */
public final class Overlays {
    private static final Logger LOG = LoggerFactory.getLogger(Overlays.class);

    private Overlays() {
    }

    /**
     * What an overlay changes, and what it may not.
     *
     * @param overlay  what changed
     * @param problems one per replacing file that drops IDs not allowed; empty when none
     */
    public record Check(RuleOverlay overlay, List<RuleProblem> problems) {
    }

    /**
     * @param defaults the default files
     * @param merged   the files after overlaying the author's folders ({@link RuleSources#overlay})
     * @param allowed  default policy IDs the host lets the overlay drop
     * @return what changed, and a problem for each file that drops IDs not allowed
     */
    public static Check check(List<RuleSource> defaults, List<RuleSource> merged, Collection<String> allowed) {
        Map<String, RuleSource> defaultsByPath = new LinkedHashMap<>();
        defaults.forEach(source -> defaultsByPath.put(source.path(), source));
        List<String> replaced = new ArrayList<>();
        List<String> added = new ArrayList<>();
        Map<String, RuleSource> replacements = new LinkedHashMap<>();
        for (RuleSource source : merged) {
            RuleSource original = defaultsByPath.get(source.path());
            if (original == null) {
                added.add(source.path());
            } else if (!original.equals(source)) {
                replaced.add(source.path());
                replacements.put(source.path(), source);
            }
        }
        Set<String> before = ids(defaults);
        Set<String> after = ids(merged);
        Set<String> lost = new TreeSet<>(before);
        lost.removeAll(after);
        Set<String> gained = new TreeSet<>(after);
        gained.removeAll(before);
        List<RuleProblem> problems = new ArrayList<>();
        for (Map.Entry<String, RuleSource> replacement : replacements.entrySet()) {
            Set<String> dropped = new TreeSet<>(ids(List.of(defaultsByPath.get(replacement.getKey()))));
            dropped.retainAll(lost);
            dropped.removeAll(allowed);
            if (!dropped.isEmpty()) {
                String list = String.join(", ", dropped);
                String quoted = String.join(", ", dropped.stream().map(id -> "\"" + id + "\"").toList());
                problems.add(new RuleProblem(replacement.getValue().origin(), 1, "replaces the default "
                        + replacement.getKey() + " but no rule implements " + list + " any more (the default file did):"
                        + " keep a rule with @policy(" + quoted + "), or drop " + (dropped.size() == 1 ? "it" : "them")
                        + " on purpose with allowRemovedPolicies(" + quoted + ") (crisis: --allow-removed " + list + ")"));
            }
        }
        Set<String> unused = new TreeSet<>(allowed);
        unused.removeAll(lost);
        if (!unused.isEmpty()) {
            LOG.warn("policy IDs allowed to be removed are not removed by the overlay: {}", unused);
        }
        List<String> removed = lost.stream().filter(allowed::contains).toList();
        return new Check(new RuleOverlay(replaced, added, removed, List.copyOf(gained)), problems);
    }

    /** @return the policy IDs the rules of these files name, from their text */
    public static Set<String> ids(List<RuleSource> sources) {
        Set<String> ids = new LinkedHashSet<>();
        for (RuleSource source : sources) {
            for (DrlOutline.RuleOutline rule : DrlOutline.of(source.content()).rules()) {
                if (rule.policies() != null) {
                    ids.addAll(PolicyIds.of(rule.policies()));
                }
            }
        }
        return ids;
    }
}
