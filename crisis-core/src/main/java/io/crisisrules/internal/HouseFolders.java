package io.crisisrules.internal;

import io.crisisrules.RuleCompilationException;
import io.crisisrules.RuleProblem;
import io.crisisrules.settings.HouseSetting;
import io.crisisrules.settings.HouseSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the house's rules folders declare beside their DRL, and the checks the house's files pass
 * before anything is compiled, read once for {@code build()} and {@code check-rules} alike: house
 * actions ({@link HouseActions}), house settings ({@link HouseSettings#FILE}, with every key a house
 * rule reads as a literal — {@code $house.decimal("acme.threshold")} — declared with that type) and
 * the rule conventions ({@link RuleConventions}). Every problem names its file and line.
 */
public final class HouseFolders {
    // a house setting read with a literal key: $house.list("acme.legalKeywords"), HouseSettings(bool("acme.strict"))
    private static final Pattern LITERAL_READ = Pattern.compile(
            "(?<![\\w$])(integer|decimal|duration|bool|list)\\s*\\(\\s*\"([a-z][A-Za-z0-9]*\\.[^\"]+)\"\\s*\\)");

    private HouseFolders() {
    }

    /**
     * @param actions  the house actions declared
     * @param settings the house settings declared, at their defaults
     * @param problems every problem of the declarations and the house's files, at once
     */
    public record Read(HouseActions actions, HouseSettings settings, List<RuleProblem> problems) {
    }

    /**
     * @param directories  the rules folders, in order
     * @param houseSources their DRL files (the defaults left out)
     * @return the declarations and every problem
     */
    public static Read read(List<Path> directories, List<RuleSource> houseSources) {
        HouseActions.Read actions = HouseActions.read(directories, houseSources);
        List<RuleProblem> problems = new ArrayList<>(actions.problems());
        HouseSettings settings = HouseSettings.none();
        try {
            settings = HouseSettings.load(directories);
        } catch (RuleCompilationException e) {
            problems.addAll(e.problems());
        }
        if (problems.stream().noneMatch(problem -> problem.file().endsWith(HouseSettings.FILE))) {
            problems.addAll(reads(settings, houseSources));
        }
        problems.addAll(RuleConventions.check(houseSources));
        return new Read(actions.actions(), settings, List.copyOf(problems));
    }

    /** @return a problem at each literal key a house file reads that is undeclared, or declared with another type */
    private static List<RuleProblem> reads(HouseSettings settings, List<RuleSource> sources) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            Matcher read = LITERAL_READ.matcher(RuleConventions.blankCommentsButStrings(source.content()));
            while (read.find()) {
                String accessor = read.group(1);
                String key = read.group(2);
                String problem = null;
                if (!settings.declares(key)) {
                    problem = "house setting \"" + key + "\" is not declared in " + HouseSettings.FILE
                            + (settings.isEmpty() ? " (no house setting is declared)"
                            : " (declared: " + String.join(", ", settings.declarations().stream()
                            .map(HouseSetting::key).toList()) + ")");
                } else {
                    HouseSetting.Type type = settings.declarations().stream().filter(s -> s.key().equals(key))
                            .findFirst().orElseThrow().type();
                    String wanted = type == HouseSetting.Type.BOOLEAN ? "bool" : type.word();
                    if (!wanted.equals(accessor)) {
                        problem = "house setting \"" + key + "\" is declared with type = " + type.word() + " in "
                                + HouseSettings.FILE + ": read it with " + wanted + "(\"" + key + "\"), not " + accessor;
                    }
                }
                if (problem != null) {
                    problems.add(new RuleProblem(source.origin(), HouseActions.lineOf(source.content(), read.start()), problem));
                }
            }
        }
        return problems;
    }
}
