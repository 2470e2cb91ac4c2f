package io.crisisrules.internal;

import io.crisisrules.RuleCompilationException;
import io.crisisrules.RuleInfo;
import io.crisisrules.RuleProblem;
import io.crisisrules.model.RuleRef;
import org.drools.base.definitions.rule.impl.RuleImpl;
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
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled, immutable rule base: the KIE base plus what the engine needs to explain results
 * (each rule's name, file, phase and policy IDs). Compiling either succeeds completely or throws a
 * {@link RuleCompilationException} listing every problem; nothing half-built escapes.
 */
public final class CompiledRules {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);
    private static final Pattern POLICY_ID = Pattern.compile("[A-Z]{2,5}-\\d{2}");
    private static final String POLICY_KEY = "policy";
    private static final String DESCRIPTION_KEY = "org.kie.api.definition.type.Description";

    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final Map<String, RuleRef> refsByName;

    private CompiledRules(KieBase kieBase, List<RuleInfo> rules) {
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        Map<String, RuleRef> refs = new HashMap<>();
        rules.forEach(rule -> refs.put(rule.name(), new RuleRef(rule.name(), rule.policyIds())));
        this.refsByName = Map.copyOf(refs);
    }

    /**
     * @param sources the DRL files
     * @return the compiled rules
     * @throws RuleCompilationException listing every problem, when there is any
     */
    public static CompiledRules compile(List<RuleSource> sources) {
        long started = System.nanoTime();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        Map<String, RuleSource> byOrigin = new HashMap<>();
        for (RuleSource source : sources) {
            Resource resource = ResourceFactory.newByteArrayResource(source.content().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(source.origin());
            resource.setResourceType(ResourceType.DRL);
            byOrigin.put(source.origin(), source);
            builder.add(resource, ResourceType.DRL);
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            problems.add(problem(error));
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        // STREAM mode so that a monitor's session can hold expiring events; a batch evaluation
        // inserts no events and behaves as in CLOUD mode.
        KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration();
        configuration.setOption(EventProcessingOption.STREAM);
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        base.addPackages(builder.getKnowledgePackages());

        List<RuleInfo> infos = new ArrayList<>();
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
                            + " ruleflow-group \"detection\", \"classification\", \"decision\" or \"monitoring\" to it or to its file"));
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
        LOG.debug("compiled {} rules from {} files in {} ms", infos.size(), sources.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new CompiledRules(base, infos);
    }

    private static RuleCompilationException failure(List<RuleProblem> problems) {
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return new RuleCompilationException(problems);
    }

    private static RuleProblem problem(KnowledgeBuilderResult error) {
        String file = error.getResource() == null ? "(unknown)" : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        int line = lines == null || lines.length == 0 ? 0 : Math.max(0, lines[0]);
        String message = error.getMessage() == null ? "unknown error" : error.getMessage();
        return new RuleProblem(file, line, message.replaceAll("\\s+", " ").strip());
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
    public KieBase kieBase() {
        return kieBase;
    }

    /** @return every rule, ordered by file and name */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** @return the reference of a rule by name, for explanations */
    public RuleRef ref(String ruleName) {
        RuleRef ref = refsByName.get(ruleName);
        return ref != null ? ref : new RuleRef(ruleName, List.of());
    }
}
