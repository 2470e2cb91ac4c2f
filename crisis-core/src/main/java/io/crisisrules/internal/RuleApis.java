// Why over 300 lines: one tokenizer and one deny list: the static check reads DRL as javac will (escapes, comments,
// qualified names across spaces, imports), and each of those steps changes what the next one sees.
package io.crisisrules.internal;

import io.crisisrules.RuleProblem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The static check of a rule author's DRL: rejects every mention of the Java APIs a rule has no
 * business calling (processes and {@code System}/{@code Runtime}, files, network, reflection, class
 * loading, threads) and of unbounded loops, wherever it is in the file (imports, globals, declared
 * types, functions, conditions, actions), with file and line, unless the host allows the API by
 * name. It reads the text as javac will read the Java the executable model generates from it:
 * {@code \\uXXXX} escapes decoded first, comments skipped, qualified names joined across spaces and
 * comments ({@code java . io . File}), imports resolved (an explicit import of the house's own
 * {@code Process} type is not {@code java.lang.Process}), string contents ignored. Strings cannot
 * name a class without reflection or class loading, and those are rejected themselves.
 *
 * <p>A deny list over the text, not a sandbox: it cannot see into the Java classes a rule calls
 * (the host's own, or a library's), so those must be trusted as the rules are.
 */
public final class RuleApis {
    /** What {@link io.crisisrules.CrisisEngine.Builder#allowRuleApis} takes to let rules loop. */
    public static final String LOOPS = "loops";

    // qualified name (or package) -> what it gives access to; a name matches itself and what it prefixes at a dot
    private static final Map<String, String> BANNED = new LinkedHashMap<>();
    // java.lang is imported implicitly: its simple names are the qualified ones
    private static final Map<String, String> JAVA_LANG = new HashMap<>();
    // methods that reach reflection or class loading on any object or class, whatever its type
    private static final Map<String, String> METHODS = new HashMap<>();
    // MVEL's loops too: until, and do ... until
    private static final Set<String> LOOP_WORDS = Set.of("while", "do", "until");

    static {
        String process = "processes and the JVM";
        for (String name : List.of("System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "SecurityManager",
                "Shutdown", "Compiler")) {
            BANNED.put("java.lang." + name, process);
        }
        BANNED.put("java.awt.Desktop", process);
        BANNED.put("javax.tools", process);
        String files = "files";
        for (String name : List.of("java.io", "java.nio.file", "java.nio.channels", "java.util.zip", "java.util.jar",
                "java.util.Formatter", "java.util.logging.FileHandler", "java.util.Scanner", "javax.imageio")) {
            BANNED.put(name, files);
        }
        String network = "the network";
        for (String name : List.of("java.net", "javax.net", "java.rmi", "javax.rmi", "javax.naming", "javax.management",
                "java.lang.management", "java.sql", "javax.sql", "jdk.net", "com.sun.net")) {
            BANNED.put(name, network);
        }
        String reflection = "reflection";
        for (String name : List.of("java.lang.reflect", "java.lang.invoke", "java.lang.Class", "java.lang.Module",
                "java.lang.ModuleLayer", "java.lang.StackWalker", "java.beans", "javax.script", "org.mvel2", "sun",
                "com.sun", "jdk.internal", "jdk.jshell", "org.drools", "org.kie")) {
            BANNED.put(name, reflection);
        }
        String loading = "class loading";
        for (String name : List.of("java.lang.ClassLoader", "java.util.ServiceLoader", "java.lang.module")) {
            BANNED.put(name, loading);
        }
        String threads = "threads";
        for (String name : List.of("java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ThreadLocal",
                "java.lang.InheritableThreadLocal", "java.util.concurrent", "java.util.Timer", "javax.swing.Timer")) {
            BANNED.put(name, threads);
        }
        BANNED.forEach((name, what) -> {
            if (name.startsWith("java.lang.") && name.indexOf('.', "java.lang.".length()) < 0) {
                JAVA_LANG.put(name.substring("java.lang.".length()), name);
            }
        });
        for (String method : List.of("getClass", "forName", "getMethod", "getMethods", "getDeclaredMethod",
                "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor",
                "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors", "newInstance", "setAccessible",
                "getDeclaringClass", "getEnclosingClass", "getComponentType", "getSuperclass", "getInterfaces")) {
            METHODS.put(method, "java.lang.Class." + method);
        }
        for (String method : List.of("getClassLoader", "getContextClassLoader", "loadClass", "defineClass",
                "getSystemClassLoader", "getPlatformClassLoader")) {
            METHODS.put(method, "java.lang.ClassLoader." + method);
        }
        // the KIE runtime behind drools/kcontext reaches the session's class loader and Drools' internals
        for (String method : List.of("getKieRuntime", "getKieBase", "getKnowledgeRuntime", "getKieSession",
                "getWorkingMemory", "getEntryPoint")) {
            METHODS.put(method, "org.kie.api.runtime." + method);
        }
        // MVEL reads a getter as a property: $c.class.classLoader is $c.getClass().getClassLoader()
        new ArrayList<>(METHODS.entrySet()).forEach(method -> {
            String name = method.getKey();
            if (name.startsWith("get") && name.length() > 3) {
                METHODS.put(Character.toLowerCase(name.charAt(3)) + name.substring(4), method.getValue());
            }
        });
        // infinite streams: a loop without a loop keyword
        for (String method : List.of("iterate", "generate")) {
            METHODS.put(method, LOOPS);
        }
    }

    private RuleApis() {
    }

    /**
     * @param sources the rule author's files (never the defaults)
     * @param allowed what the host lets rules use: qualified names or packages ({@code "java.nio.file"},
     *                {@code "java.lang.System"}), method names as reported ({@code "java.lang.Class.forName"}),
     *                or {@value #LOOPS}; each allows itself and what it prefixes at a dot
     * @return one problem per forbidden mention, in file and line order
     */
    public static List<RuleProblem> check(Collection<RuleSource> sources, Collection<String> allowed) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            problems.addAll(check(source, allowed));
        }
        return problems;
    }

    /**
     * @param api what a host wants to allow
     * @return whether {@code api} names something this check looks for, so that an allowance is not a typo
     */
    public static boolean isKnown(String api) {
        if (api.equals(LOOPS)) {
            return true;
        }
        for (String banned : BANNED.keySet()) {
            if (covers(api, banned) || covers(banned, api)) {
                return true;
            }
        }
        return METHODS.containsValue(api) || METHODS.values().stream().anyMatch(method -> covers(api, method));
    }

    private static List<RuleProblem> check(RuleSource source, Collection<String> allowed) {
        List<Word> words = words(unescape(source.content()));
        Map<String, String> imported = new HashMap<>(); // simple name -> qualified name, from explicit imports
        Set<String> declared = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            Word word = words.get(i);
            if (word.is("import")) {
                Word target = words.get(i + 1);
                if ((target.is("static") || target.is("function") || target.is("accumulate")) && i + 2 < words.size()) {
                    target = words.get(i + 2);
                }
                String name = target.text();
                if (!name.endsWith("*") && name.contains(".")) {
                    imported.put(name.substring(name.lastIndexOf('.') + 1), name);
                }
            } else if (word.is("declare") && !words.get(i + 1).is("trait")) {
                declared.add(words.get(i + 1).text());
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>(); // one problem per API and line
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String found = null;
            String what = null;
            String mention = null;
            boolean afterDot = i > 0 && words.get(i - 1).is(".");
            boolean namedConsequence = word.is("do") && i + 1 < words.size() && words.get(i + 1).is("[");
            if ((LOOP_WORDS.contains(word.text()) && !namedConsequence && !afterDot)
                    || (word.is("for") && cStyleFor(words, i))) {
                found = LOOPS;
                what = "an unbounded loop: a rule's action runs on the caller's thread and nothing can stop it"
                        + " (iterate over a collection with for (x : list), or compute in Java)";
            } else if (Character.isJavaIdentifierStart(word.text().charAt(0))) {
                String[] segments = word.text().split("\\.");
                String qualified = word.text();
                String first = segments[0];
                if (afterDot) {
                    qualified = "." + qualified; // a member of what a call returned: no type name
                } else if (imported.containsKey(first)) {
                    qualified = imported.get(first) + word.text().substring(first.length());
                } else if (JAVA_LANG.containsKey(first) && !declared.contains(first)) {
                    qualified = "java.lang." + word.text();
                }
                String banned = banned(qualified.endsWith(".*") ? qualified.substring(0, qualified.length() - 2)
                        : qualified, qualified.endsWith("*"));
                if (banned != null) {
                    found = banned;
                    what = BANNED.get(banned);
                    mention = qualified.startsWith(banned) ? qualified : banned;
                } else {
                    // a method or property of whatever object: its first segment too after a call's dot
                    for (int s = afterDot ? 0 : 1; s < segments.length && found == null; s++) {
                        found = METHODS.get(segments[s]);
                    }
                    if (found != null) {
                        what = found.equals(LOOPS) ? "an infinite stream, a loop nothing can stop"
                                : found.startsWith("org.kie") ? "Drools' runtime behind the rule (its class loader)"
                                : "reflection or class loading";
                    }
                }
            }
            if (found != null && !allowedBy(found, allowed) && reported.add(found + "\u0000" + word.line())) {
                String api = found;
                problems.add(new RuleProblem(source.origin(), word.line(), "uses " + (api.equals(LOOPS) ? ""
                        : (mention != null ? mention : api) + ", ") + what + ": rules may not, unless the host allows"
                        + " it with allowRuleApis(\"" + api + "\") (crisis: --allow-rule-api " + api + ")"));
            }
        }
        return problems;
    }

    /** @return the banned name {@code name} is or is under, or (for a wildcard import) that lies under it */
    private static String banned(String name, boolean wildcard) {
        for (String banned : BANNED.keySet()) {
            if (covers(banned, name) || (wildcard && covers(name, banned))) {
                return banned;
            }
        }
        return null;
    }

    private static boolean allowedBy(String found, Collection<String> allowed) {
        for (String allowance : allowed) {
            if (covers(allowance, found)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code prefix} is {@code name} or a package or class {@code name} is in */
    private static boolean covers(String prefix, String name) {
        return name.equals(prefix) || name.startsWith(prefix + ".");
    }

    /** @return whether the {@code for} at {@code index} has a {@code ;} in its header: not a for-each */
    private static boolean cStyleFor(List<Word> words, int index) {
        if (index + 1 >= words.size() || !words.get(index + 1).is("(")) {
            return false;
        }
        int depth = 0;
        for (int i = index + 1; i < words.size(); i++) {
            Word word = words.get(i);
            if (word.is("(")) {
                depth++;
            } else if (word.is(")")) {
                if (--depth == 0) {
                    return false;
                }
            } else if (word.is(";") && depth == 1) {
                return true;
            }
        }
        return false;
    }

    private record Word(String text, int line) {
        boolean is(String other) {
            return text.equals(other);
        }
    }

    /**
     * Decodes {@code \\uXXXX} escapes as javac does before anything else ({@code \u005c} included:
     * one pass, as javac), keeping line breaks where they were.
     */
    static String unescape(String text) {
        if (text.indexOf("\\u") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u' && backslashesBefore(text, i) % 2 == 0) {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= text.length() && text.substring(j, j + 4).chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                    out.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
                    i = j + 4;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int backslashesBefore(String text, int index) {
        int n = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            n++;
        }
        return n;
    }

    /**
     * Identifiers joined into qualified names across dots, spaces and comments, and every other
     * character alone; comments, strings and character literals left out.
     */
    private static List<Word> words(String text) {
        List<Word> raw = new ArrayList<>();
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
                i++;
                while (i < n && text.charAt(i) != c) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    } else if (text.charAt(i) == '\n') {
                        line++;
                    }
                    i++;
                }
                i++;
                raw.add(new Word("\"", line)); // a string: a value, never a name
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                raw.add(new Word(text.substring(start, i), line));
            } else {
                raw.add(new Word(String.valueOf(c), line));
                i++;
            }
        }
        List<Word> words = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            Word word = raw.get(k);
            if (!Character.isJavaIdentifierStart(word.text().charAt(0))) {
                words.add(word);
                continue;
            }
            StringBuilder name = new StringBuilder(word.text());
            // a qualified name; a call in between (a.b().c) ends it, so methods are checked by segment
            while (k + 2 < raw.size() && raw.get(k + 1).is(".") && (Character.isJavaIdentifierStart(
                    raw.get(k + 2).text().charAt(0)) || raw.get(k + 2).is("*"))) {
                name.append('.').append(raw.get(k + 2).text());
                k += 2;
            }
            words.add(new Word(name.toString(), word.line()));
        }
        return words;
    }
}
