package io.crisisrules.internal;

import io.crisisrules.RuleProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conventions every rule keeps, the default rules ({@code RuleCatalogTest}) as the house's (at
 * engine build and in {@code check-rules}): it names the policy it implements ({@code @policy}), it
 * has a phase ({@code ruleflow-group}, its own or its file's), and its condition compares with no
 * number or duration written as a literal other than 0 and 1 — a threshold is a setting, ours or a
 * house setting ({@code house-settings.properties}), so that changing it needs no DRL. Read from the
 * DRL text, so the problems name file and line before anything is compiled.
 */
public final class RuleConventions {
    // a number, with a fraction, an exponent or a suffix (1L, 0.5d, 30m, 1h30m); not part of a name (DET01, $c2)
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w$.])(\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)([A-Za-z][A-Za-z0-9]*)?");
    private static final Pattern WHEN = Pattern.compile("(?<![\\w$.-])when(?![\\w$-])");
    // what may follow 0 or 1 and keep it a plain number; a time unit (1h, 1d, 1m) makes it a threshold
    private static final Set<String> NUMBER_SUFFIXES = Set.of("", "L", "l", "F", "f", "D", "B", "I");

    private RuleConventions() {
    }

    /**
     * @param sources DRL files
     * @return a problem, at its line, for each rule without a policy ID or a phase and each literal
     *         threshold in a rule's condition; empty when the files keep the conventions
     */
    public static List<RuleProblem> check(List<RuleSource> sources) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            DrlOutline outline = DrlOutline.of(source.content());
            problems.addAll(phases(source, outline));
            String code = blankCommentsAndStrings(source.content());
            int[] lineStarts = lineStarts(code);
            for (DrlOutline.RuleOutline rule : outline.rules()) {
                if (rule.policies() == null) {
                    problems.add(new RuleProblem(source.origin(), rule.line(), "rule \"" + rule.name() + "\" names no"
                            + " policy: add @policy(\"ID\") with the policy it implements, e.g. @policy(\"ACME-101\")"));
                }
                literals(source, rule, code, lineStarts, problems);
            }
        }
        return problems;
    }

    /**
     * Every rule has a phase, its own {@code ruleflow-group} or its file's: read from each file's own
     * text, so that a file never takes the group of another file of its package (the default package
     * included).
     *
     * @param outlines the files to check, outlined
     * @return a problem at the line of each rule in no phase
     */
    static List<RuleProblem> phases(Map<RuleSource, DrlOutline> outlines) {
        List<RuleProblem> problems = new ArrayList<>();
        outlines.forEach((source, outline) -> problems.addAll(phases(source, outline)));
        return problems;
    }

    private static List<RuleProblem> phases(RuleSource source, DrlOutline outline) {
        List<RuleProblem> problems = new ArrayList<>();
        for (DrlOutline.RuleOutline rule : outline.rules()) {
            if (Phase.ofGroup(rule.phase()) == null) {
                problems.add(new RuleProblem(source.origin(), rule.line(), "rule \"" + rule.name() + "\" is in no"
                        + " phase" + (rule.phase() == null ? "" : " (ruleflow-group \"" + rule.phase() + "\" is none)")
                        + ": add ruleflow-group " + String.join(", ", Phase.groups().stream()
                        .map(g -> "\"" + g + "\"").toList()) + " to it or to the top of its file"));
            }
        }
        return problems;
    }

    /** Reports each number in the rule's condition: from its {@code when} to its {@code then}. */
    private static void literals(RuleSource source, DrlOutline.RuleOutline rule, String code, int[] lineStarts,
                                 List<RuleProblem> problems) {
        if (rule.thenLine() <= 0) {
            return;
        }
        int from = lineStarts[Math.min(rule.line(), lineStarts.length) - 1];
        int to = rule.thenLine() < lineStarts.length ? lineStarts[rule.thenLine()] : code.length();
        Matcher when = WHEN.matcher(code).region(from, to);
        if (!when.find()) {
            return;
        }
        int thenAt = code.lastIndexOf("then", to);
        Matcher number = NUMBER.matcher(code).region(when.end(), Math.max(when.end(), thenAt));
        while (number.find()) {
            String suffix = number.group(2) == null ? "" : number.group(2);
            if (allowed(number.group(1), suffix)) {
                continue;
            }
            problems.add(new RuleProblem(source.origin(), lineOf(lineStarts, number.start()), "rule \"" + rule.name()
                    + "\" compares with the literal " + number.group() + " in its condition: a threshold comes from the"
                    + " settings (declare a house setting in house-settings.properties, match $house : HouseSettings()"
                    + " and read $house.decimal(\"acme.threshold\")); only 0 and 1 may be written as literals"));
        }
    }

    private static boolean allowed(String number, String suffix) {
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            return false;
        }
        if (value.signum() == 0) {
            return true; // zero of any unit: 0, 0.0, 0s
        }
        return value.compareTo(BigDecimal.ONE) == 0 && NUMBER_SUFFIXES.contains(suffix);
    }

    /** @return the text with comments and string or character literals turned into spaces, lines kept */
    static String blankCommentsAndStrings(String text) {
        return blank(text, true);
    }

    /** @return the text with comments turned into spaces, lines kept */
    static String blankCommentsButStrings(String text) {
        return blank(text, false);
    }

    private static String blank(String text, boolean strings) {
        StringBuilder out = new StringBuilder(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end;
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < n && text.charAt(end) != c) {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                if (!strings) {
                    i = end;
                    continue;
                }
            } else {
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                if (out.charAt(j) != '\n') {
                    out.setCharAt(j, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int line = 1;
        while (line < lineStarts.length && lineStarts[line] <= offset) {
            line++;
        }
        return line;
    }
}
