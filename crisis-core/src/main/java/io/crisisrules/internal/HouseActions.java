// Why over 300 lines: the reader of house-actions.properties and the checks of the keys house rules use (labels and
// plan actions, literal at build, computed at run time) must agree on one declaration format; split, they would drift.
package io.crisisrules.internal;

import io.crisisrules.CrisisRulesException;
import io.crisisrules.InvalidInputException;
import io.crisisrules.RuleProblem;
import io.crisisrules.checks.DeclarationLines;
import io.crisisrules.checks.Durations;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.HouseAction;
import io.crisisrules.model.OwnerRole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The house actions a rules folder declares in {@value #FILE} at its root, one
 * {@code key.field = value} line per field ({@code use}, {@code owner}, {@code channel}, {@code text},
 * {@code policy}; a plan action, {@code use = plan}, also {@code role} and {@code within}), and the
 * check that every key a house rule names as a literal in {@code new HouseLabelFinding(…, "key")} or
 * {@code new HousePlanFinding(…, "key")} is declared, with that use. Problems name the file and line;
 * a key reached only at run time is checked when the rule inserts it ({@link #requireLabel},
 * {@link #requirePlan}).
 */
public final class HouseActions {
    /** The declaration file's name, at the root of a rules folder. */
    public static final String FILE = "house-actions.properties";
    /** No house action: the default rules declare none. */
    public static final HouseActions NONE = new HouseActions(Map.of(), Map.of());

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");
    private static final List<String> COMMON_FIELDS = List.of("use", "owner", "channel", "text", "policy");
    private static final List<String> PLAN_FIELDS = List.of("role", "within");
    private static final Set<String> FIELDS = Set.of("use", "owner", "channel", "text", "policy", "role", "within");
    // the first argument may call a method without arguments, as in $incident.id()
    private static final Pattern LITERAL_USE = Pattern.compile(
            "new\\s+House(Label|Plan)Finding\\s*\\((?:[^,()]|\\([^()]*\\))+,\\s*\"([^\"]*)\"\\s*\\)");
    private static final String ROLES = Arrays.stream(OwnerRole.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    /** What a declaration is for: a label on a moderation decision, or an action of an incident's plan. */
    enum Use {
        LABEL, PLAN;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        String fact() {
            return this == LABEL ? "HouseLabelFinding" : "HousePlanFinding";
        }
    }

    /**
     * A declared plan action.
     *
     * @param action what it is, as hosts read it in {@link io.crisisrules.model.ResponseAction#house()}
     * @param role   who owns it in the plan
     * @param within how long after the incident's detection it is due
     */
    record Plan(HouseAction action, OwnerRole role, Duration within) {
    }

    private final Map<String, HouseAction> labels;
    private final Map<String, Plan> plans;

    private HouseActions(Map<String, HouseAction> labels, Map<String, Plan> plans) {
        this.labels = Map.copyOf(labels);
        this.plans = Map.copyOf(plans);
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
        Map<String, HouseAction> labels = new LinkedHashMap<>();
        Map<String, Plan> plans = new LinkedHashMap<>();
        for (Path directory : directories) {
            Path file = directory.resolve(FILE);
            if (Files.isRegularFile(file)) {
                declarations(file, labels, plans, problems);
            }
        }
        HouseActions actions = new HouseActions(labels, plans);
        for (RuleSource source : houseSources) {
            Matcher use = LITERAL_USE.matcher(source.content());
            while (use.find()) {
                Use wanted = use.group(1).equals("Label") ? Use.LABEL : Use.PLAN;
                String key = use.group(2);
                String problem = actions.problemOf(key, wanted);
                if (problem != null) {
                    problems.add(new RuleProblem(source.origin(), lineOf(source.content(), use.start()), problem));
                }
            }
        }
        return new Read(actions, List.copyOf(problems));
    }

    /** @return what is wrong with inserting the key as that use, or {@code null} when nothing is */
    private String problemOf(String key, Use wanted) {
        Use declared = labels.containsKey(key) ? Use.LABEL : plans.containsKey(key) ? Use.PLAN : null;
        if (declared == null) {
            return "house action \"" + key + "\" is not declared in " + FILE + undeclaredHint();
        }
        if (declared != wanted) {
            return "house action \"" + key + "\" is declared with use = " + declared.word() + " in " + FILE
                    + ": insert it with new " + declared.fact() + ", not " + wanted.fact();
        }
        return null;
    }

    private String undeclaredHint() {
        List<String> keys = new ArrayList<>(labels.keySet());
        keys.addAll(plans.keySet());
        Collections.sort(keys);
        return keys.isEmpty() ? " (no house action is declared)" : " (declared: " + String.join(", ", keys) + ")";
    }

    private static void declarations(Path file, Map<String, HouseAction> labels, Map<String, Plan> plans,
                                     List<RuleProblem> problems) {
        List<DeclarationLines.Line> lines;
        try {
            lines = DeclarationLines.read(file);
        } catch (IOException e) {
            throw new CrisisRulesException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String origin = file.toString();
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> fieldLines = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (DeclarationLines.Line line : lines) {
            int number = line.number();
            if (!line.wellFormed()) {
                problems.add(new RuleProblem(origin, number, "expected key.field = value, but was \"" + line.text() + "\""));
                continue;
            }
            String key = line.key();
            String field = line.field();
            String value = line.value();
            if (!KEY.matcher(key).matches()) {
                problems.add(new RuleProblem(origin, number, "house action key \"" + key + "\" must be lower case with"
                        + " the house's prefix and a dot, like acme.legal-queue"));
                continue;
            }
            if (!FIELDS.contains(field)) {
                problems.add(new RuleProblem(origin, number, "unknown field \"" + field + "\" of house action \"" + key
                        + "\": expected one of use, owner, channel, text, policy (and role, within for use = plan)"));
                continue;
            }
            if (value.isEmpty()) {
                problems.add(new RuleProblem(origin, number, key + "." + field + " must not be blank"));
                continue;
            }
            firstLine.putIfAbsent(key, number);
            if (fields.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(field, value) != null) {
                problems.add(new RuleProblem(origin, number, key + "." + field + " is given twice"));
            } else {
                fieldLines.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(field, number);
            }
        }
        fields.forEach((key, values) -> {
            int line = firstLine.get(key);
            Map<String, Integer> at = fieldLines.get(key);
            List<String> missing = new ArrayList<>();
            for (String field : COMMON_FIELDS) {
                if (!values.containsKey(field)) {
                    missing.add(field);
                }
            }
            if ("plan".equals(values.get("use"))) {
                for (String field : PLAN_FIELDS) {
                    if (!values.containsKey(field)) {
                        missing.add(field);
                    }
                }
            }
            if (!missing.isEmpty()) {
                problems.add(new RuleProblem(origin, line, "house action \"" + key + "\" lacks " + String.join(", ", missing)
                        + ("plan".equals(values.get("use")) ? " (a plan action, use = plan, needs role and within too)" : "")));
                return;
            }
            boolean valid = true;
            Use use = switch (values.get("use")) {
                case "label" -> Use.LABEL;
                case "plan" -> Use.PLAN;
                default -> null;
            };
            if (use == null) {
                problems.add(new RuleProblem(origin, at.get("use"), key + ".use must be label (a label or route on a"
                        + " moderation decision) or plan (an action of an incident's plan), but was \""
                        + values.get("use") + "\""));
                valid = false;
            }
            if (!PolicyIds.isValid(values.get("policy"))) {
                problems.add(new RuleProblem(origin, at.get("policy"), key + ".policy must be a policy ID like ACME-101,"
                        + " but was \"" + values.get("policy") + "\""));
                valid = false;
            }
            OwnerRole role = null;
            Duration within = null;
            if (use == Use.LABEL) {
                for (String field : PLAN_FIELDS) {
                    if (values.containsKey(field)) {
                        problems.add(new RuleProblem(origin, at.get(field), key + "." + field + " is for plan actions"
                                + " only (use = plan): a label has no owner role nor deadline"));
                        valid = false;
                    }
                }
            } else if (use == Use.PLAN) {
                role = role(values.get("role"));
                if (role == null) {
                    problems.add(new RuleProblem(origin, at.get("role"), key + ".role must be one of " + ROLES
                            + ", but was \"" + values.get("role") + "\""));
                    valid = false;
                }
                within = within(values.get("within"));
                if (within == null) {
                    problems.add(new RuleProblem(origin, at.get("within"), key + ".within must be a duration such as"
                            + " 2h, 1h30m or PT4H, not negative, but was \"" + values.get("within") + "\""));
                    valid = false;
                }
            }
            if (labels.containsKey(key) || plans.containsKey(key)) {
                problems.add(new RuleProblem(origin, line, "house action \"" + key + "\" is declared by another rules folder too"));
                valid = false;
            }
            if (valid) {
                HouseAction action = new HouseAction(key, values.get("owner"), values.get("channel"), values.get("text"),
                        values.get("policy"));
                if (use == Use.LABEL) {
                    labels.put(key, action);
                } else {
                    plans.put(key, new Plan(action, role, within));
                }
            }
        });
    }

    private static OwnerRole role(String value) {
        return Arrays.stream(OwnerRole.values()).filter(role -> role.name().equals(value)).findFirst().orElse(null);
    }

    private static Duration within(String value) {
        try {
            Duration duration = Durations.parse(value);
            return duration.isNegative() ? null : duration;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** @return the line number, from 1, of {@code offset} in {@code content} */
    static int lineOf(String content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** @return every declared action by key, labels and plan actions, in key order */
    public Map<String, HouseAction> all() {
        Map<String, HouseAction> all = new TreeMap<>(labels);
        plans.forEach((key, plan) -> all.put(key, plan.action()));
        return Collections.unmodifiableMap(all);
    }

    /** @return how many plan actions ({@code use = plan}) are declared */
    int planCount() {
        return plans.size();
    }

    /**
     * @param key  a key a rule inserted as a label
     * @param rule the rule that inserted it, for the message
     * @return its declaration
     * @throws CrisisRulesException if nobody declared it, or declared it as a plan action
     */
    HouseAction requireLabel(String key, String rule) {
        HouseAction action = labels.get(key);
        if (action == null) {
            throw new CrisisRulesException("rule \"" + rule + "\" attached house action \"" + key + "\", which "
                    + (plans.containsKey(key) ? "is declared with use = plan in " + FILE + ": a plan action is inserted"
                    + " with new HousePlanFinding" : "is not declared in " + FILE + undeclaredHint()));
        }
        return action;
    }

    /**
     * @param key  a key a rule inserted as a plan action
     * @param rule the rule that inserted it, for the message
     * @return its declaration
     * @throws CrisisRulesException if nobody declared it, or declared it as a label
     */
    Plan requirePlan(String key, String rule) {
        Plan plan = plans.get(key);
        if (plan == null) {
            throw new CrisisRulesException("rule \"" + rule + "\" added house plan action \"" + key + "\", which "
                    + (labels.containsKey(key) ? "is declared with use = label in " + FILE + ": a label is attached"
                    + " with new HouseLabelFinding" : "is not declared in " + FILE + undeclaredHint()));
        }
        return plan;
    }

    /**
     * Checks that every progress key naming a house plan action ({@code HOUSE_ACTION/<key>}, also as
     * the subject of an escalation) names a declared one: a typo would match nothing and show the real
     * action as breached later.
     *
     * @param progress what the host handed in
     * @throws InvalidInputException naming {@code progress[i].actionKey} and the key otherwise
     */
    void requireDeclared(List<ActionProgress> progress) {
        for (int i = 0; i < progress.size(); i++) {
            String actionKey = progress.get(i).actionKey();
            String key = actionKey;
            while (key.startsWith(ActionKind.ESCALATE_OVERDUE + "/") || key.startsWith(ActionKind.ESCALATE_APPROVAL + "/")) {
                key = key.substring(key.indexOf('/') + 1);
            }
            String prefix = ActionKind.HOUSE_ACTION + "/";
            if (key.startsWith(prefix) && !plans.containsKey(key.substring(prefix.length()))) {
                List<String> declared = new ArrayList<>(plans.keySet());
                Collections.sort(declared);
                throw new InvalidInputException("progress[" + i + "].actionKey", actionKey, "name a house plan action"
                        + " declared in " + FILE + " after HOUSE_ACTION/ (" + (declared.isEmpty() ? "none is declared"
                        : "declared: " + String.join(", ", declared)) + ")");
            }
        }
    }
}
