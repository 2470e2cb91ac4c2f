package io.crisisrules.internal;

import io.crisisrules.CrisisRulesException;
import io.crisisrules.RuleCheck;
import io.crisisrules.RuleCompilationException;
import io.crisisrules.RuleInfo;
import io.crisisrules.RuleOverlay;
import io.crisisrules.RuleProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks rules the way building an engine would, without compiling or loading what comes
 * precompiled: the rules of the default files an overlay keeps are read from their text
 * ({@link TextRules}; they compile, the crisis-rules build sees to it), and only the rules directories'
 * own files are compiled, with the coverage check of overlays ({@link Overlays}) and every convention
 * check of {@link CompiledRules#compile}. A directory file can only use, of the default files, the
 * Java types they import and the types they {@code declare}; a default file declaring a type an
 * overlay file names is compiled with it, so that both see the same declaration.
 */
public final class RuleChecks {
    private static final Pattern DECLARE = Pattern.compile("(?m)^\\s*declare\\s+([A-Za-z_$][\\w$]*)");

    private RuleChecks() {
    }

    /**
     * @param loader       where the default rules are
     * @param defaultRules whether the default rules are overlaid, or the directories stand alone
     * @param directories  the rules directories, applied in order
     * @param allowed      default policy IDs the directories may drop
     * @param allowedApis  Java APIs the directories' rules may use although the rule check rejects them
     * @return the problems, the rules and the overlay an engine built so would have
     * @throws CrisisRulesException when there are no rules at all, or a folder cannot be read
     */
    public static RuleCheck check(ClassLoader loader, boolean defaultRules, List<Path> directories,
                                  Collection<String> allowed, Collection<String> allowedApis) {
        List<RuleSource> defaults = defaultRules ? RuleSources.defaults(loader) : List.of();
        List<RuleSource> merged = defaults;
        for (Path directory : directories) {
            merged = RuleSources.overlay(merged, RuleSources.directory(directory));
        }
        if (merged.isEmpty()) {
            throw new CrisisRulesException("no rules to compile: the rules directories hold no .drl file");
        }
        // as build() does: the house's files only, and a file using a forbidden API is never compiled
        List<RuleSource> house = merged.stream()
                .filter(source -> !source.origin().startsWith(RuleSources.CLASSPATH_PREFIX)).toList();
        List<RuleProblem> apis = RuleApis.check(house, allowedApis);
        List<RuleProblem> houseActions = HouseFolders.read(directories, house).problems(); // + settings, conventions
        if (!defaultRules) {
            List<RuleProblem> problems = new ArrayList<>(apis);
            problems.addAll(houseActions);
            return apis.isEmpty() ? compiled(merged, houseActions, List.of(), RuleOverlay.NONE)
                    : new RuleCheck(problems, List.of(), RuleOverlay.NONE, List.of());
        }
        Overlays.Check overlays = Overlays.check(defaults, merged, allowed);
        List<RuleProblem> earlier = new ArrayList<>(overlays.problems());
        earlier.addAll(houseActions);
        Overlays.Check coverage = new Overlays.Check(overlays.overlay(), List.copyOf(earlier));
        if (!apis.isEmpty()) {
            List<RuleProblem> problems = new ArrayList<>(apis);
            problems.addAll(coverage.problems());
            return new RuleCheck(problems, List.of(), coverage.overlay(), List.of());
        }
        Set<RuleSource> unchanged = new HashSet<>(defaults);
        List<RuleSource> authored = merged.stream().filter(source -> !unchanged.contains(source)).toList();
        // the kept default files' rules from their text: their compiled rule base is never loaded
        Set<RuleSource> inMerged = new HashSet<>(merged);
        List<RuleInfo> kept = TextRules.of(defaults.stream().filter(inMerged::contains).toList());
        if (authored.isEmpty()) {
            return new RuleCheck(coverage.problems(), coverage.problems().isEmpty() ? kept : List.of(),
                    coverage.overlay(), List.of());
        }
        List<RuleSource> toCompile = new ArrayList<>(declarationsUsed(defaults, merged, authored));
        toCompile.addAll(authored);
        return compiled(toCompile, coverage.problems(), kept, coverage.overlay());
    }

    /** The default files, still in the merged rules, that declare a type an authored file names. */
    static List<RuleSource> declarationsUsed(List<RuleSource> defaults, List<RuleSource> merged,
                                                     List<RuleSource> authored) {
        Set<String> named = new HashSet<>();
        authored.forEach(source -> named.addAll(DrlOutline.of(source.content()).names()));
        List<RuleSource> used = new ArrayList<>();
        for (RuleSource source : defaults) {
            if (!merged.contains(source)) {
                continue;
            }
            Matcher declared = DECLARE.matcher(source.content());
            while (declared.find()) {
                if (named.contains(declared.group(1))) {
                    used.add(source);
                    break;
                }
            }
        }
        return used;
    }

    private static RuleCheck compiled(List<RuleSource> sources, List<RuleProblem> earlier, List<RuleInfo> kept,
                                      RuleOverlay overlay) {
        List<String> origins = sources.stream().map(RuleSource::origin).toList();
        try {
            CompiledRules rules = CompiledRules.compile(sources, earlier);
            Set<String> compiledDefaults = new HashSet<>();
            sources.stream().map(RuleSource::origin).filter(origin -> origin.startsWith(RuleSources.CLASSPATH_PREFIX))
                    .forEach(compiledDefaults::add);
            List<RuleInfo> all = new ArrayList<>(kept.stream().filter(rule -> !compiledDefaults.contains(rule.file())).toList());
            all.addAll(rules.rules());
            all.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
            return new RuleCheck(List.of(), all, overlay, origins);
        } catch (RuleCompilationException e) {
            return new RuleCheck(e.problems(), List.of(), overlay, origins);
        }
    }
}
