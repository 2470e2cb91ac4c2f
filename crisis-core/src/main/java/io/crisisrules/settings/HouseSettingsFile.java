package io.crisisrules.settings;

import io.crisisrules.CrisisRulesException;
import io.crisisrules.RuleCompilationException;
import io.crisisrules.RuleProblem;
import io.crisisrules.checks.DeclarationLines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@value HouseSettings#FILE}: one {@code <key>.<field> = value} line per field, as
 * {@code house-actions.properties} writes house actions. Every problem of every folder is reported
 * at once, at its file and line: a line that is no {@code key.field = value}, an unknown or repeated
 * field, a missing one, and whatever {@link HouseSetting} finds wrong with a declaration, at the line
 * of the field at fault.
 */
final class HouseSettingsFile {
    private static final Set<String> FIELDS = Set.of("type", "default", "description", "min", "max", "policy");
    private static final List<String> REQUIRED = List.of("type", "default", "description");

    private HouseSettingsFile() {
    }

    /** What one key's lines say. */
    private record Lines(int first, Map<String, String> values, Map<String, Integer> at) {
    }

    static HouseSettings read(List<Path> directories) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, HouseSetting> declared = new LinkedHashMap<>();
        for (Path directory : directories) {
            Path file = directory.resolve(HouseSettings.FILE);
            if (Files.isRegularFile(file)) {
                read(file, declared, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return HouseSettings.of(declared.values());
    }

    private static void read(Path file, Map<String, HouseSetting> declared, List<RuleProblem> problems) {
        List<DeclarationLines.Line> lines;
        try {
            lines = DeclarationLines.read(file);
        } catch (IOException e) {
            throw new CrisisRulesException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String origin = file.toString();
        Map<String, Lines> keys = new LinkedHashMap<>();
        for (DeclarationLines.Line line : lines) {
            int number = line.number();
            if (!line.wellFormed()) {
                problems.add(new RuleProblem(origin, number, "expected key.field = value (e.g. acme.maxRefunds.type"
                        + " = integer), but was \"" + line.text() + "\""));
                continue;
            }
            String key = line.key();
            String field = line.field();
            String value = line.value();
            if (!FIELDS.contains(field)) {
                problems.add(new RuleProblem(origin, number, "unknown field \"" + field + "\" of house setting \"" + key
                        + "\": expected type, default, description, and optionally min, max, policy"));
                continue;
            }
            if (value.isEmpty() && !field.equals("default")) {
                problems.add(new RuleProblem(origin, number, key + "." + field + " must not be blank"));
                continue;
            }
            Lines of = keys.computeIfAbsent(key, k -> new Lines(number, new LinkedHashMap<>(), new LinkedHashMap<>()));
            if (of.values().putIfAbsent(field, value) != null) {
                problems.add(new RuleProblem(origin, number, key + "." + field + " is given twice"));
            } else {
                of.at().put(field, number);
            }
        }
        keys.forEach((key, of) -> declare(origin, key, of, declared, problems));
    }

    private static void declare(String origin, String key, Lines of, Map<String, HouseSetting> declared,
                                List<RuleProblem> problems) {
        List<String> missing = REQUIRED.stream().filter(field -> !of.values().containsKey(field)).toList();
        if (!missing.isEmpty()) {
            problems.add(new RuleProblem(origin, of.first(), "house setting \"" + key + "\" lacks "
                    + String.join(", ", missing)));
            return;
        }
        String typeWord = of.values().get("type");
        HouseSetting.Type type = HouseSetting.Type.of(typeWord);
        if (type == null) {
            problems.add(new RuleProblem(origin, of.at().get("type"), key + ".type must be one of integer, decimal,"
                    + " duration, boolean, list, but was \"" + typeWord + "\""));
            return;
        }
        try {
            HouseSetting setting = new HouseSetting(key, type, of.values().get("default"), of.values().get("min"),
                    of.values().get("max"), of.values().get("description"), of.values().get("policy"));
            if (declared.putIfAbsent(key, setting) != null) {
                problems.add(new RuleProblem(origin, of.first(), "house setting \"" + key + "\" is declared by another"
                        + " rules folder too"));
            }
        } catch (InvalidSettingException e) {
            for (InvalidSettingException problem : e.problems()) {
                String field = problem.key().startsWith(key + ".") ? problem.key().substring(key.length() + 1) : "";
                problems.add(new RuleProblem(origin, of.at().getOrDefault(field, of.first()), problem.getMessage()));
            }
        }
    }
}
