package io.crisisrules.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the engine reads from a DRL file's text itself, because Drools' public API does not say it
 * about a compiled rule: the line a rule is declared at (so problems and the rule list name file and
 * line), its {@code ruleflow-group} (its phase), whether it matches each {@code Comment} at the top
 * of its condition, where its action starts and ends, and which type names the file mentions.
 * Only ever run on files Drools has compiled without error, so a tolerant lexer (comments, strings,
 * brackets) is enough; it never decides what a rule does. Its {@code @policy} and {@code @description}
 * too, so that the default files' rules are listed without loading their rule base ({@link TextRules}).
 *
 * @param packageName the file's {@code package}, or {@code ""}
 * @param rules       the rules, in file order
 * @param names       every identifier the file mentions outside comments and strings, also the
 *                    last segment of qualified ones (which fact types its rules may match)
 */
record DrlOutline(String packageName, List<RuleOutline> rules, Set<String> names) {

    /**
     * @param name            the rule's name as Drools reads it
     * @param line            the line of its {@code rule} keyword
     * @param phase           its {@code ruleflow-group}, its own or its file's, or {@code null}
     * @param matchesComments whether a top-level pattern of its condition matches {@code Comment}
     * @param thenLine        the line of its {@code then}, or 0
     * @param endLine         the line of its {@code end}, or 0
     * @param policies        the strings of its {@code @policy(…)} annotation, in order, or
     *                        {@code null} when it has none
     * @param description     its {@code @description(…)} string as written, escapes kept (as Drools
     *                        keeps it in the rule's metadata), or {@code null}
     */
    record RuleOutline(String name, int line, String phase, boolean matchesComments, int thenLine, int endLine,
                       List<String> policies, String description) {
    }

    // raw: a string's text as written between its quotes, escapes kept; for other tokens their text
    private record Token(String text, boolean string, int line, String raw) {
        Token(String text, boolean string, int line) { this(text, string, line, text); }

        boolean is(String word) {
            return !string && text.equals(word);
        }
    }

    /** @return the outline of one DRL file's text */
    @SuppressWarnings("unchecked")
    static DrlOutline of(String drl) {
        List<Token> tokens = tokens(drl);
        String packageName = "";
        String fileGroup = null;
        List<Object[]> rules = new ArrayList<>(); // name, line, own group, matches comments, then, end, policies, description
        Set<String> names = new HashSet<>();
        for (Token token : tokens) {
            if (!token.string() && Character.isJavaIdentifierStart(token.text().charAt(0))) {
                names.add(token.text());
                names.add(token.text().substring(token.text().lastIndexOf('.') + 1));
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.is("import") || token.is("global")) {
                int line = token.line(); // one statement a line; "import function" is no function
                while (i < tokens.size() && tokens.get(i).line() == line && !tokens.get(i).is(";")) {
                    i++;
                }
            } else if (token.is("package") && i + 1 < tokens.size()) {
                packageName = tokens.get(i + 1).text();
                i += 2;
            } else if (token.is("ruleflow-group") && i + 1 < tokens.size() && tokens.get(i + 1).string()) {
                fileGroup = tokens.get(i + 1).text();
                i += 2;
            } else if (token.is("rule") && i + 1 < tokens.size()) {
                i = rule(tokens, i, rules);
            } else if (token.is("query") || token.is("declare")) {
                i = skipTo(tokens, i + 1, "end") + 1;
            } else if (token.is("function")) {
                int open = i;
                while (open < tokens.size() && !tokens.get(open).is("{")) {
                    open++;
                }
                i = closing(tokens, open) + 1;
            } else {
                i++;
            }
        }
        List<RuleOutline> outlines = new ArrayList<>();
        for (Object[] rule : rules) {
            String own = (String) rule[2];
            outlines.add(new RuleOutline((String) rule[0], (int) rule[1], own != null ? own : fileGroup,
                    (boolean) rule[3], (int) rule[4], (int) rule[5], (List<String>) rule[6], (String) rule[7]));
        }
        return new DrlOutline(packageName, List.copyOf(outlines), Set.copyOf(names));
    }

    /** Reads one rule from its {@code rule} keyword; @return the index after its {@code end} */
    private static int rule(List<Token> tokens, int start, List<Object[]> rules) {
        String name = tokens.get(start + 1).text();
        int line = tokens.get(start).line();
        String group = null;
        List<String> policies = null;
        String description = null;
        int i = start + 2;
        // header: annotations and attributes up to "when" (or "then" for a rule without condition)
        while (i < tokens.size() && !tokens.get(i).is("when") && !tokens.get(i).is("then")) {
            if (tokens.get(i).is("ruleflow-group") && i + 1 < tokens.size() && tokens.get(i + 1).string()) {
                group = tokens.get(i + 1).text();
            } else if (tokens.get(i).is("@") && i + 2 < tokens.size() && tokens.get(i + 1).is("policy")
                    && tokens.get(i + 2).is("(")) {
                int close = closing(tokens, i + 2);
                policies = new ArrayList<>();
                for (int j = i + 3; j < close; j++) {
                    if (tokens.get(j).string()) {
                        policies.add(tokens.get(j).text());
                    }
                }
                policies = List.copyOf(policies);
                i = close;
            } else if (tokens.get(i).is("@") && i + 3 < tokens.size() && tokens.get(i + 1).is("description")
                    && tokens.get(i + 2).is("(") && tokens.get(i + 3).string()) {
                description = tokens.get(i + 3).raw();
                i = closing(tokens, i + 2);
            }
            i++;
        }
        boolean matchesComments = false;
        if (i < tokens.size() && tokens.get(i).is("when")) {
            int conditionStart = ++i;
            int depth = 0;
            while (i < tokens.size() && !(depth == 0 && tokens.get(i).is("then"))) {
                Token token = tokens.get(i);
                if (token.is("(") || token.is("[") || token.is("{")) {
                    depth++;
                } else if (token.is(")") || token.is("]") || token.is("}")) {
                    depth--;
                }
                i++;
            }
            matchesComments = topLevelComment(tokens.subList(conditionStart, i));
        }
        int thenLine = i < tokens.size() ? tokens.get(i).line() : 0;
        int end = skipTo(tokens, i + 1, "end");
        int endLine = end < tokens.size() ? tokens.get(end).line() : 0;
        rules.add(new Object[] {name, line, group, matchesComments, thenLine, endLine, policies, description});
        return end + 1;
    }

    /**
     * @return whether a pattern at the top of a condition ({@code [$c :] Comment(…)}, not under
     *         {@code not}, {@code exists}, {@code forall}, {@code accumulate}, an {@code or}, nor
     *         read {@code from} a source) matches comments
     */
    private static boolean topLevelComment(List<Token> condition) {
        int depth = 0;
        for (Token token : condition) {
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
            } else if (depth == 0 && (token.is("or") || token.is("||"))) {
                return false;
            }
        }
        for (int i = 0; i + 1 < condition.size(); i++) {
            Token token = condition.get(i);
            boolean comment = token.is("Comment") || token.is("io.crisisrules.model.Comment");
            if (!comment || !condition.get(i + 1).is("(") || depthAt(condition, i) != 0) {
                continue;
            }
            int before = i - 1;
            if (before >= 1 && condition.get(before).is(":")) {
                before -= 2; // $binding :
            }
            if (before >= 0 && (condition.get(before).is("not") || condition.get(before).is("exists")
                    || condition.get(before).is("forall") || condition.get(before).is("accumulate")
                    || condition.get(before).is("collect") || condition.get(before).is("from"))) {
                continue;
            }
            int close = closing(condition, i + 1);
            if (close + 1 < condition.size() && condition.get(close + 1).is("from")) {
                continue;
            }
            return true;
        }
        return false;
    }

    private static int depthAt(List<Token> tokens, int index) {
        int depth = 0;
        for (int i = 0; i < index; i++) {
            if (tokens.get(i).is("(") || tokens.get(i).is("[") || tokens.get(i).is("{")) {
                depth++;
            } else if (tokens.get(i).is(")") || tokens.get(i).is("]") || tokens.get(i).is("}")) {
                depth--;
            }
        }
        return depth;
    }

    /** @return the index of the bracket closing the one at {@code open}, or the last index */
    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(") || tokens.get(i).is("[") || tokens.get(i).is("{")) {
                depth++;
            } else if (tokens.get(i).is(")") || tokens.get(i).is("]") || tokens.get(i).is("}")) {
                if (--depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size() - 1;
    }

    /** @return the index of the next {@code word} outside braces (an action's Java blocks), or the size */
    private static int skipTo(List<Token> tokens, int from, String word) {
        int braces = 0;
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).is("{")) {
                braces++;
            } else if (tokens.get(i).is("}")) {
                braces--;
            } else if (braces <= 0 && tokens.get(i).is(word)) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Identifiers (with dots and inner hyphens, as in {@code ruleflow-group}), strings and single characters. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                i += 2;
                while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                    i++;
                }
                i += 2;
            } else if (c == '"' || c == '\'') {
                int startLine = line;
                StringBuilder value = new StringBuilder();
                int start = ++i;
                while (i < n && text.charAt(i) != c) {
                    char d = text.charAt(i);
                    if (d == '\\' && i + 1 < n) {
                        d = text.charAt(++i);
                    }
                    if (d == '\n') {
                        line++;
                    }
                    value.append(d);
                    i++;
                }
                tokens.add(new Token(value.toString(), true, startLine, text.substring(start, Math.min(i, n))));
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.'
                        || (text.charAt(i) == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                        && Character.isLetter(text.charAt(i - 1))))) {
                    i++;
                }
                String word = text.substring(start, i);
                while (word.endsWith(".")) {
                    word = word.substring(0, word.length() - 1);
                }
                tokens.add(new Token(word, false, line));
            } else if (c == '|' && i + 1 < n && text.charAt(i + 1) == '|') {
                tokens.add(new Token("||", false, line));
                i += 2;
            } else {
                tokens.add(new Token(String.valueOf(c), false, line));
                i++;
            }
        }
        return tokens;
    }
}
