package io.crisisrules.internal;

import io.crisisrules.CrisisRulesException;
import io.crisisrules.RuleProblem;
import io.crisisrules.model.HouseAction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The house actions a rules folder declares in {@value #FILE} at its root, one
 * {@code key.field = value} line per field ({@code use}, {@code owner}, {@code channel}, {@code text},
 * {@code policy}), and the check that every key a house rule names as a literal in
 * {@code new HouseLabelFinding(…, "key")} is declared. Problems name the file and line; a key reached
 * only at run time is checked when the rule inserts it ({@link #require}).
 */
public final class HouseActions {
    /** The declaration file's name, at the root of a rules folder. */
    public static final String FILE = "house-actions.properties";
    /** No house action: the default rules declare none. */
    public static final HouseActions NONE = new HouseActions(Map.of());

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");
    private static final Set<String> FIELDS = Set.of("use", "owner", "channel", "text", "policy");
    private static final Pattern LITERAL_USE = Pattern.compile("new\\s+HouseLabelFinding\\s*\\([^,()]+,\\s*\"([^\"]*)\"\\s*\\)");

    private final Map<String, HouseAction> byKey;

    private HouseActions(Map<String, HouseAction> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The declarations read from rules folders, and every problem found in them. */
    public record Read(HouseActions actions, List<RuleProblem> problems) {
    }

    /**
     * @param directories the rules folders, in order; a folder without {@value #FILE} declares nothing
     * @param houseSources the folders' DRL files, whose literal keys must be declared
     * @return the declarations and every problem at once
     */
    public static Read read(List<Path> directories, List<RuleSource> houseSources) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, HouseAction> actions = new LinkedHashMap<>();
        for (Path directory : directories) {
            Path file = directory.resolve(FILE);
            if (Files.isRegularFile(file)) {
                declarations(file, actions, problems);
            }
        }
        for (RuleSource source : houseSources) {
            Matcher use = LITERAL_USE.matcher(source.content());
            while (use.find()) {
                String key = use.group(1);
                if (!actions.containsKey(key)) {
                    problems.add(new RuleProblem(source.origin(), lineOf(source.content(), use.start()),
                            "house action \"" + key + "\" is not declared in " + FILE + undeclaredHint(actions)));
                }
            }
        }
        return new Read(new HouseActions(actions), List.copyOf(problems));
    }

    private static String undeclaredHint(Map<String, HouseAction> actions) {
        return actions.isEmpty() ? " (no house action is declared)" : " (declared: " + String.join(", ", actions.keySet()) + ")";
    }

    private static void declarations(Path file, Map<String, HouseAction> actions, List<RuleProblem> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CrisisRulesException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String origin = file.toString();
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int equals = line.indexOf('=');
            int dot = equals < 0 ? -1 : line.lastIndexOf('.', equals);
            if (equals < 0 || dot < 0) {
                problems.add(new RuleProblem(origin, number, "expected key.field = value, but was \"" + line + "\""));
                continue;
            }
            String key = line.substring(0, dot).strip();
            String field = line.substring(dot + 1, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (!KEY.matcher(key).matches()) {
                problems.add(new RuleProblem(origin, number, "house action key \"" + key + "\" must be lower case with"
                        + " the house's prefix and a dot, like acme.legal-queue"));
                continue;
            }
            if (!FIELDS.contains(field)) {
                problems.add(new RuleProblem(origin, number, "unknown field \"" + field + "\" of house action \"" + key
                        + "\": expected one of use, owner, channel, text, policy"));
                continue;
            }
            if (value.isEmpty()) {
                problems.add(new RuleProblem(origin, number, key + "." + field + " must not be blank"));
                continue;
            }
            firstLine.putIfAbsent(key, number);
            if (fields.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(field, value) != null) {
                problems.add(new RuleProblem(origin, number, key + "." + field + " is given twice"));
            }
        }
        fields.forEach((key, values) -> {
            int line = firstLine.get(key);
            List<String> missing = new ArrayList<>();
            for (String field : List.of("use", "owner", "channel", "text", "policy")) {
                if (!values.containsKey(field)) {
                    missing.add(field);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(new RuleProblem(origin, line, "house action \"" + key + "\" lacks " + String.join(", ", missing)));
                return;
            }
            boolean valid = true;
            if (!values.get("use").equals("label")) {
                problems.add(new RuleProblem(origin, line, key + ".use must be label (a label or route on a moderation"
                        + " decision), but was \"" + values.get("use") + "\""));
                valid = false;
            }
            if (!PolicyIds.isValid(values.get("policy"))) {
                problems.add(new RuleProblem(origin, line, key + ".policy must be a policy ID like ACME-101, but was \""
                        + values.get("policy") + "\""));
                valid = false;
            }
            if (actions.containsKey(key)) {
                problems.add(new RuleProblem(origin, line, "house action \"" + key + "\" is declared by another rules folder too"));
                valid = false;
            }
            if (valid) {
                actions.put(key, new HouseAction(key, values.get("owner"), values.get("channel"), values.get("text"),
                        values.get("policy")));
            }
        });
    }

    private static int lineOf(String content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** @return the declared actions by key */
    public Map<String, HouseAction> all() {
        return byKey;
    }

    /**
     * @param key  a key a rule inserted
     * @param rule the rule that inserted it, for the message
     * @return its declaration
     * @throws CrisisRulesException if nobody declared it
     */
    HouseAction require(String key, String rule) {
        HouseAction action = byKey.get(key);
        if (action == null) {
            throw new CrisisRulesException("rule \"" + rule + "\" attached house action \"" + key
                    + "\", which is not declared in " + FILE + undeclaredHint(byKey));
        }
        return action;
    }
}
