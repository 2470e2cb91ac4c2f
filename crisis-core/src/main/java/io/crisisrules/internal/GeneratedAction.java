package io.crisisrules.internal;

import java.util.List;
import java.util.Map;

/**
 * A statement of a rule's action in the Java the executable model generates from DRL, traced back
 * to the rule and the DRL line it came from. The generator copies each action's statements into a
 * class of its own, in the DRL package; a Java error there names that class and line, and Drools
 * adds the class's source to its messages. The statement's text, spaces aside, is looked up in the
 * actions of that package's rules.
 *
 * @param file the DRL file's origin
 * @param rule the rule's name
 * @param line the DRL line of the statement, or of the rule's {@code then} when it is not found
 */
record GeneratedAction(String file, String rule, int line) {
    private static final String SOURCE_MARKER = "Java source of ";

    /** @return whether a build message only repeats a generated class's source */
    static boolean isSourceEcho(String text) {
        return text != null && text.startsWith(SOURCE_MARKER);
    }

    /** @return the generated source that a source echo message carries, or {@code null} */
    static String sourceOf(String text) {
        if (!isSourceEcho(text)) {
            return null;
        }
        int start = text.indexOf('\n');
        return start < 0 ? null : text.substring(start + 1);
    }

    /**
     * @param path        the generated file, e.g. {@code src/main/java/test/moderation/PF5/LambdaConsequence….java}
     * @param source      its text, or {@code null}
     * @param generatedLine the line of the error in it
     * @param outlines    every DRL file with its outline
     * @return where the failing statement is in DRL, or {@code null} when it cannot be traced
     */
    static GeneratedAction trace(String path, String source, int generatedLine,
                                 Map<RuleSource, DrlOutline> outlines) {
        String statement = null;
        if (source != null && generatedLine > 0) {
            String[] lines = source.split("\n", -1);
            if (generatedLine <= lines.length) {
                statement = normalized(lines[generatedLine - 1]);
            }
        }
        String javaPackage = path.replaceFirst("^src/main/java/", "").replaceFirst("/[^/]*$", "").replace('/', '.');
        GeneratedAction fallback = null;
        for (Map.Entry<RuleSource, DrlOutline> entry : outlines.entrySet()) {
            String drlPackage = entry.getValue().packageName();
            if (!javaPackage.equals(drlPackage) && !javaPackage.startsWith(drlPackage + ".")) {
                continue;
            }
            List<String> drl = List.of(entry.getKey().content().split("\n", -1));
            for (DrlOutline.RuleOutline rule : entry.getValue().rules()) {
                if (rule.thenLine() == 0 || rule.endLine() == 0) {
                    continue;
                }
                for (int line = rule.thenLine(); line <= rule.endLine() && line <= drl.size(); line++) {
                    String text = normalized(drl.get(line - 1).replaceFirst("^\\s*then\\b", ""));
                    if (statement != null && !statement.isEmpty() && text.equals(statement)) {
                        return new GeneratedAction(entry.getKey().origin(), rule.name(), line);
                    }
                }
                if (fallback == null && source != null && containsAction(source, drl, rule)) {
                    fallback = new GeneratedAction(entry.getKey().origin(), rule.name(), rule.thenLine());
                }
            }
        }
        return fallback;
    }

    /** @return whether every statement of the rule's action appears in the generated source */
    private static boolean containsAction(String source, List<String> drl, DrlOutline.RuleOutline rule) {
        String generated = normalized(source);
        boolean any = false;
        for (int line = rule.thenLine() + 1; line < rule.endLine() && line <= drl.size(); line++) {
            String text = normalized(drl.get(line - 1));
            if (!text.isEmpty()) {
                any = true;
                if (!generated.contains(text)) {
                    return false;
                }
            }
        }
        return any;
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", "");
    }
}
