package io.crisisrules.internal;

import io.crisisrules.RuleCompilationException;
import io.crisisrules.RuleInfo;
import io.crisisrules.RuleProblem;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.RuleRef;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.RuleConditionElement;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.jci.CompilationProblem;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled, immutable rule base: the KIE base plus what the engine needs to explain results
 * (each rule's name, file, phase and policy IDs). Compiling either succeeds completely or throws a
 * {@link RuleCompilationException} listing every problem; nothing half-built escapes.
 */
public final class CompiledRules {
    // Drools 10.2 compiles a rule's action into a Java class whose line 8 is the DRL's "then" line
    // (whatever the imports and bindings); RuleCompilationTest pins it
    private static final int GENERATED_LINE_OF_THEN = 8;
    private static final Pattern GENERATED_CLASS = Pattern.compile("the type Rule_[\\w$]+");
    // what Drools adds, line 0, to every file it could not parse, after the parse errors themselves
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);
    private static final Pattern POLICY_ID = Pattern.compile("[A-Z]{2,5}-\\d{2}");
    private static final String POLICY_KEY = "policy";
    private static final String DESCRIPTION_KEY = "org.kie.api.definition.type.Description";

    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final KieSessionsPool moderationSessions;
    private final Set<Class<?>> moderationFactTypes;
    private final List<RuleInfo> rules;
    private final Map<String, RuleRef> refsByName;
    private final Map<RuleRef, Explanation> explanationsByRef;

    private CompiledRules(KieBase kieBase, KieBase moderationBase, List<RuleInfo> rules) {
        this.kieBase = kieBase;
        // a pooled session is reset, not rebuilt, when disposed: its node and segment memories stay
        // allocated, which is most of what creating a session over ~200 rules costs
        this.sessions = kieBase.newKieSessionsPool(1);
        this.moderationSessions = moderationBase.newKieSessionsPool(1);
        this.moderationFactTypes = factTypes(moderationBase);
        this.rules = List.copyOf(rules);
        Map<String, RuleRef> refs = new HashMap<>();
        rules.forEach(rule -> refs.put(rule.name(), new RuleRef(rule.name(), rule.policyIds())));
        this.refsByName = Map.copyOf(refs);
        Map<RuleRef, Explanation> explanations = new HashMap<>();
        refs.values().forEach(ref -> explanations.put(ref, new Explanation(List.of(ref))));
        this.explanationsByRef = Map.copyOf(explanations);
    }

    /**
     * @param sources the DRL files
     * @return the compiled rules
     * @throws RuleCompilationException listing every problem, when there is any
     */
    public static CompiledRules compile(List<RuleSource> sources) {
        long started = System.nanoTime();
        KnowledgeBuilder builder = builderOf(sources);
        Map<String, RuleSource> byOrigin = new HashMap<>();
        sources.forEach(source -> byOrigin.put(source.origin(), source));
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            problems.addAll(problems(error));
        }
        if (!problems.isEmpty()) {
            throw failure(readable(problems));
        }
        // STREAM mode so that a monitor's session can hold expiring events; a batch evaluation
        // inserts no events and behaves as in CLOUD mode.
        KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration();
        configuration.setOption(EventProcessingOption.STREAM);
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        base.addPackages(builder.getKnowledgePackages());

        List<RuleInfo> infos = new ArrayList<>();
        Set<String> moderationFiles = new LinkedHashSet<>();
        for (KiePackage kiePackage : base.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleImpl impl = (RuleImpl) rule;
                if (impl.isQuery()) {
                    continue; // queries read working memory for the engine; they decide nothing
                }
                String origin = impl.getResource() == null ? "(unknown)" : impl.getResource().getSourcePath();
                int line = lineOf(byOrigin.get(origin), rule.getName());
                String phase = impl.getRuleFlowGroup();
                if (Phase.ofGroup(phase) == null) {
                    problems.add(new RuleProblem(origin, line, "rule \"" + rule.getName() + "\" is in no phase: add"
                            + " ruleflow-group " + String.join(", ", Phase.groups().stream().map(g -> "\"" + g + "\"").toList())
                            + " to it or to its file"));
                } else if (Phase.ofGroup(phase) == Phase.MODERATION) {
                    moderationFiles.add(origin);
                } else if (Phase.ofGroup(phase) == Phase.DECISION && matchesComments(impl)) {
                    problems.add(new RuleProblem(origin, line, "rule \"" + rule.getName() + "\" decides on each Comment"
                            + " in ruleflow-group \"decision\": moderation rules belong to ruleflow-group \"moderation\""));
                }
                List<String> policyIds = new ArrayList<>();
                Object policy = rule.getMetaData().get(POLICY_KEY);
                if (policy != null) {
                    Matcher matcher = POLICY_ID.matcher(policy.toString());
                    while (matcher.find()) {
                        policyIds.add(matcher.group());
                    }
                    if (policyIds.isEmpty()) {
                        problems.add(new RuleProblem(origin, line, "rule \"" + rule.getName()
                                + "\" has @policy(" + policy + ") without a policy ID such as \"MOD-01\""));
                    }
                }
                Object description = rule.getMetaData().get(DESCRIPTION_KEY);
                infos.add(new RuleInfo(rule.getName(), origin, phase, policyIds,
                        description == null ? "" : unquote(description.toString())));
            }
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        infos.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        KieBase moderationBase = moderationBase(sources, moderationFiles, base);
        LOG.debug("compiled {} rules from {} files in {} ms", infos.size(), sources.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new CompiledRules(base, moderationBase, infos);
    }

    private static KnowledgeBuilder builderOf(List<RuleSource> sources) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleSource source : sources) {
            Resource resource = ResourceFactory.newByteArrayResource(source.content().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(source.origin());
            resource.setResourceType(ResourceType.DRL);
            builder.add(resource, ResourceType.DRL);
        }
        return builder;
    }

    /**
     * The files holding moderation rules, compiled on their own: a session over them is created and
     * filled several times faster than one over every rule, which is what one-comment-at-a-time
     * moderation pays for. When those files cannot stand alone (they use a type declared in another
     * file), moderation runs on the whole base instead, with the same results.
     */
    private static KieBase moderationBase(List<RuleSource> sources, Set<String> moderationFiles, KieBase whole) {
        List<RuleSource> moderation = sources.stream().filter(source -> moderationFiles.contains(source.origin()))
                .toList();
        KnowledgeBuilder builder = builderOf(moderation);
        if (builder.hasErrors()) {
            LOG.info("the moderation rules need other files to compile ({}); moderation uses the whole rule base",
                    builder.getErrors().iterator().next().getMessage().strip());
            return whole;
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder.getKnowledgePackages());
        return base;
    }

    /** @return whether a top-level pattern of the rule matches comments, as a moderation rule's does */
    private static boolean matchesComments(RuleImpl rule) {
        for (RuleConditionElement element : rule.getLhs().getChildren()) {
            if (element instanceof org.drools.base.rule.Pattern pattern && pattern.getSource() == null
                    && pattern.getObjectType() instanceof ClassObjectType type
                    && Comment.class.isAssignableFrom(type.getClassType())) {
                return true;
            }
        }
        return false;
    }

    private static RuleCompilationException failure(List<RuleProblem> problems) {
        // the author's own files first: a problem they cause in a default file comes after
        problems.sort(Comparator.comparing((RuleProblem problem) -> problem.file().startsWith(RuleSources.CLASSPATH_PREFIX))
                .thenComparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return new RuleCompilationException(problems);
    }

    /**
     * Drops what only repeats another problem and says which problems in default files are most
     * likely knock-on effects of the author's own broken files (the default files compile alone).
     */
    private static List<RuleProblem> readable(List<RuleProblem> problems) {
        Set<String> filesWithRealProblems = new HashSet<>();
        for (RuleProblem problem : problems) {
            if (!problem.message().equals(NULL_PACKAGE)) {
                filesWithRealProblems.add(problem.file());
            }
        }
        boolean authorFilesBroken = filesWithRealProblems.stream()
                .anyMatch(file -> !file.startsWith(RuleSources.CLASSPATH_PREFIX));
        List<RuleProblem> readable = new ArrayList<>();
        for (RuleProblem problem : problems) {
            if (problem.message().equals(NULL_PACKAGE) && filesWithRealProblems.contains(problem.file())) {
                continue;
            }
            if (authorFilesBroken && problem.file().startsWith(RuleSources.CLASSPATH_PREFIX)) {
                readable.add(new RuleProblem(problem.file(), problem.line(), problem.message()
                        + " (in a default file: most likely a consequence of the problems in your files)"));
            } else {
                readable.add(problem);
            }
        }
        return readable;
    }

    private static List<RuleProblem> problems(KnowledgeBuilderResult error) {
        String file = error.getResource() == null ? "(unknown)" : error.getResource().getSourcePath();
        if (error instanceof RuleBuildError build && build.getObject() instanceof CompilationProblem[] compilation
                && build.getDescr() instanceof RuleDescr rule && compilation.length > 0) {
            // a rule's action failed to compile as Java: one problem per Java error, at its DRL line
            List<RuleProblem> problems = new ArrayList<>();
            for (CompilationProblem problem : compilation) {
                int line = rule.getConsequenceLine() + problem.getStartLine() - GENERATED_LINE_OF_THEN;
                problems.add(new RuleProblem(file, line >= rule.getConsequenceLine() ? line : rule.getConsequenceLine(),
                        "in the action of rule \"" + rule.getName() + "\": "
                                + GENERATED_CLASS.matcher(oneLine(problem.getMessage())).replaceAll("the rule's action")));
            }
            return problems;
        }
        int[] lines = error.getLines();
        int line = lines == null || lines.length == 0 ? 0 : Math.max(0, lines[0]);
        return List.of(new RuleProblem(file, line, oneLine(error.getMessage())));
    }

    private static String oneLine(String message) {
        return message == null ? "unknown error" : message.replaceAll("\\s+", " ").strip();
    }

    private static int lineOf(RuleSource source, String ruleName) {
        if (source == null) {
            return 0;
        }
        String[] lines = source.content().split("\n", -1);
        Pattern declaration = Pattern.compile("^\\s*rule\\s+\"?" + Pattern.quote(ruleName) + "\"?(\\s|$)");
        for (int i = 0; i < lines.length; i++) {
            if (declaration.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String unquote(String text) {
        String trimmed = text.strip();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    /** @return the KIE base; thread-safe for creating sessions */
    KieBase kieBase() {
        return kieBase;
    }

    /**
     * @return a session for one evaluation, from a pool: disposing it resets it (no facts, no
     *         listeners) and gives it back
     */
    KieSession newSession() {
        return sessions.newKieSession();
    }

    /** @return the classes some pattern of a base matches: inserting anything else is wasted work */
    private static Set<Class<?>> factTypes(KieBase base) {
        Set<Class<?>> types = new HashSet<>();
        for (ObjectTypeNode node : ((InternalRuleBase) base).getRete().getObjectTypeNodes()) {
            if (node.getObjectType() instanceof ClassObjectType type) {
                types.add(type.getClassType());
            }
        }
        return Set.copyOf(types);
    }

    /** @return whether a moderation rule matches facts of this type, so a moderation session needs them */
    boolean moderationMatches(Object fact) {
        for (Class<?> type : moderationFactTypes) {
            if (type.isInstance(fact)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return a session over the moderation phase's rules only (every rule when their files cannot
     *         be compiled alone), pooled as {@link #newSession()}
     */
    KieSession newModerationSession() {
        return moderationSessions.newKieSession();
    }

    /** @return every rule, ordered by file and name */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** @return the explanation naming only this rule; shared, as most results have a single reason */
    public Explanation explanationOf(RuleRef ref) {
        Explanation explanation = explanationsByRef.get(ref);
        return explanation != null ? explanation : new Explanation(List.of(ref));
    }

    /** @return the reference of a rule by name, for explanations */
    public RuleRef ref(String ruleName) {
        RuleRef ref = refsByName.get(ruleName);
        return ref != null ? ref : new RuleRef(ruleName, List.of());
    }
}
