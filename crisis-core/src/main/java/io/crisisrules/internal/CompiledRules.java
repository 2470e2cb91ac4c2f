// Why over 300 lines: loading the precompiled defaults, compiling a house overlay on the executable model and
// indexing the result (rules, phases, policy IDs, explanations) share one build step whose problems are
// reported together with file and line; its helpers stay private so no other class sees a half-built rule base.
package io.crisisrules.internal;

import io.crisisrules.CrisisRulesException;
import io.crisisrules.RuleCompilationException;
import io.crisisrules.RuleInfo;
import io.crisisrules.RuleProblem;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.RuleRef;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * A compiled, immutable rule base: the KIE bases plus what the engine needs to explain results
 * (each rule's name, file, phase and policy IDs). Rules run on Drools' executable model: the
 * default rules come precompiled in the crisis-rules jar (kie-maven-plugin, {@code META-INF/kmodule.xml}),
 * so building a default engine loads classes; a rule author's files are compiled at run time on
 * the same path, from a {@link KieFileSystem} of our own, with {@link ExecutableModelProject}.
 * Compiling either succeeds completely or throws a {@link RuleCompilationException} listing every
 * problem; nothing half-built escapes. Only Drools' public API is used: problems come from
 * {@link KieBuilder#getResults()}, metadata from {@link Rule#getMetaData()}, and what that API does
 * not tell about a rule (its file, line and phase) from the DRL text ({@link DrlOutline}).
 */
public final class CompiledRules {
    /** The KIE base of every rule; the name the crisis-rules jar's {@code META-INF/kmodule.xml} gives it. */
    static final String ALL_BASE = "io.crisisrules.rules";
    /** The KIE base of the moderation phase's packages. */
    static final String MODERATION_BASE = "io.crisisrules.rules.moderation";
    // what Drools reads of the crisis-rules jar to load its precompiled module; the group and
    // artifact are crisis-rules' (its pom.xml), which kie-maven-plugin names the model file after
    private static final List<String> MODULE_DESCRIPTORS = List.of("META-INF/kmodule.xml",
            "META-INF/maven/io.crisisrules/crisis-rules/pom.properties",
            "META-INF/kie/io.crisisrules/crisis-rules/drools-model");
    private static final String RESOURCES = "src/main/resources/";
    // what Drools adds, line 0, to every file it could not parse, after the parse errors themselves
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);
    // the package Drools puts the rules of a file without a package statement in
    private static final String DEFAULT_PACKAGE = "defaultpkg";
    // no DRL file can declare it (it ends in a Java keyword): a KIE base filtered on it holds only what it includes
    private static final String NO_PACKAGE = "io.crisisrules.rules.none.package";
    private static final Pattern GENERATED_TYPE = Pattern.compile("the type LambdaConsequence\\w+");
    private static final String POLICY_KEY = "policy";
    // the MVEL path keyed @description by the annotation type's name, the executable model by its own name
    private static final List<String> DESCRIPTION_KEYS = List.of("description", "org.kie.api.definition.type.Description");
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final ClassLoader OWN_LOADER = CompiledRules.class.getClassLoader();
    // the default rules, loaded once through the library's own class loader and shared by every
    // engine built on them: they are immutable, and the session pools are thread-safe
    private static volatile CompiledRules ownDefaults;

    /**
     * Sessions an engine keeps between calls unless its builder says otherwise: twice the cores, at
     * least 8, since hosts often run more request threads than cores and a session made per call
     * costs more than the evaluation.
     */
    public static final int DEFAULT_MAX_IDLE_SESSIONS = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());
    /** How long an engine keeps an unused session unless its builder says otherwise. */
    public static final Duration DEFAULT_SESSION_IDLE_TIMEOUT = Duration.ofMinutes(5);

    private final KieBase kieBase;
    private final KieBase moderationBase;
    private final SessionPool sessions;
    private final SessionPool moderationSessions;
    private final Set<String> moderationNames;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> rulesByName;
    private final Map<String, RuleRef> refsByName;
    private final Map<RuleRef, Explanation> explanationsByRef;
    private final HouseActions houseActions;
    private final io.crisisrules.settings.HouseSettings houseSettings;
    private final List<String> compiledFiles;

    private CompiledRules(KieBase kieBase, KieBase moderationBase, Set<String> moderationNames, List<RuleInfo> rules,
                          List<String> compiledFiles) {
        this.kieBase = kieBase;
        this.compiledFiles = List.copyOf(compiledFiles);
        this.moderationBase = moderationBase;
        // a pooled session is reset, not rebuilt, when given back: its node and segment memories stay
        // allocated, which is most of what creating a session over ~200 rules costs
        this.sessions = new SessionPool(kieBase, DEFAULT_MAX_IDLE_SESSIONS, DEFAULT_SESSION_IDLE_TIMEOUT, System::nanoTime);
        this.moderationSessions = new SessionPool(moderationBase, DEFAULT_MAX_IDLE_SESSIONS,
                DEFAULT_SESSION_IDLE_TIMEOUT, System::nanoTime);
        this.moderationNames = Set.copyOf(moderationNames);
        this.rules = List.copyOf(rules);
        Map<String, RuleInfo> byName = new HashMap<>();
        Map<String, RuleRef> refs = new HashMap<>();
        rules.forEach(rule -> {
            byName.putIfAbsent(rule.name(), rule);
            refs.put(rule.name(), new RuleRef(rule.name(), rule.policyIds()));
        });
        this.rulesByName = Map.copyOf(byName);
        this.refsByName = Map.copyOf(refs);
        Map<RuleRef, Explanation> explanations = new HashMap<>();
        refs.values().forEach(ref -> explanations.put(ref, new Explanation(List.of(ref))));
        this.explanationsByRef = Map.copyOf(explanations);
        this.houseActions = HouseActions.NONE;
        this.houseSettings = io.crisisrules.settings.HouseSettings.none();
    }

    /**
     * The default rules as the crisis-rules jar ships them, precompiled: no DRL is parsed, only read
     * to outline it. Through the library's own class loader they are loaded once and shared by every
     * engine built on them. A jar without precompiled rules (or one that is not a plain file, as inside a
     * nested fat jar) is compiled at run time instead, with the same result.
     *
     * @param loader where the crisis-rules jar is
     * @return the compiled default rules
     * @throws CrisisRulesException if the default rules are not on the class path
     */
    public static CompiledRules defaults(ClassLoader loader) {
        if (loader != OWN_LOADER) {
            return loadDefaults(loader);
        }
        CompiledRules rules = ownDefaults;
        if (rules == null) {
            synchronized (CompiledRules.class) {
                rules = ownDefaults;
                if (rules == null) {
                    rules = loadDefaults(loader);
                    ownDefaults = rules;
                }
            }
        }
        return rules;
    }

    private static CompiledRules loadDefaults(ClassLoader loader) {
        List<RuleSource> sources = RuleSources.defaults(loader);
        File root = precompiledRoot(loader);
        if (root == null) {
            LOG.info("the default rules are not precompiled where they were found; compiling them");
            return compile(sources);
        }
        long started = System.nanoTime();
        KieServices services = KieServices.Factory.get();
        KieModule module = services.getRepository().addKieModule(services.getResources().newFileSystemResource(root));
        try {
            KieBase all;
            KieBase moderation;
            try {
                KieContainer container = services.newKieContainer(module.getReleaseId(), loader);
                all = container.getKieBase(ALL_BASE);
                moderation = container.getKieBase(MODERATION_BASE);
            } catch (RuntimeException e) {
                // e.g. a shaded jar whose first pom.properties is another artifact's: Drools then
                // looks for the precompiled model under the wrong name
                LOG.warn("cannot load the precompiled default rules from {} ({}); compiling them", root, e.toString());
                return compile(sources);
            }
            CompiledRules rules = describe(sources, all, moderation, names(sources, moderationFiles(outlines(sources))));
            LOG.debug("loaded {} precompiled rules in {} ms", rules.rules.size(), (System.nanoTime() - started) / 1_000_000);
            return rules;
        } finally {
            services.getRepository().removeKieModule(module.getReleaseId());
            deleteTree(root.toPath());
        }
    }

    /**
     * The descriptors of the precompiled module, copied beside each other in a folder of their own:
     * Drools loads a module from a jar by reading every entry of the jar into memory (tens of MB in a
     * shaded jar) and names it after the first {@code pom.properties} it finds there; from this folder
     * it reads three small files, and the generated classes come from the class path as usual.
     *
     * @return the folder, or {@code null} when the default rules are not precompiled
     */
    private static File precompiledRoot(ClassLoader loader) {
        URL index = loader.getResource(RuleSources.INDEX);
        if (index == null) {
            return null;
        }
        String url = index.toExternalForm();
        String root = url.substring(0, url.length() - RuleSources.INDEX.length());
        try {
            Path folder = java.nio.file.Files.createTempDirectory("crisis-rules-module");
            for (String descriptor : MODULE_DESCRIPTORS) {
                Path target = folder.resolve(descriptor);
                java.nio.file.Files.createDirectories(target.getParent());
                try (java.io.InputStream in = new URL(root + descriptor).openStream()) {
                    java.nio.file.Files.copy(in, target);
                } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
                    deleteTree(folder);
                    return null; // DRL only: not precompiled
                }
            }
            return folder.toFile();
        } catch (java.io.IOException e) {
            LOG.debug("cannot read the precompiled rules' descriptors at {}", root, e);
            return null;
        }
    }

    private static void deleteTree(Path folder) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (java.io.IOException e) {
            LOG.debug("cannot delete {}", folder, e);
        }
    }

    /**
     * Compiles DRL files at run time on the executable model.
     *
     * @param sources the DRL files
     * @return the compiled rules
     * @throws RuleCompilationException listing every problem, when there is any
     */
    public static CompiledRules compile(List<RuleSource> sources) {
        return compile(sources, List.of());
    }

    /**
     * Compiles DRL files at run time on the executable model, reporting problems found before (an
     * overlay that drops policy IDs) with those of the files.
     *
     * @param sources the DRL files
     * @param earlier problems found before compiling, reported with the others
     * @return the compiled rules
     * @throws RuleCompilationException listing every problem, when there is any
     */
    public static CompiledRules compile(List<RuleSource> sources, List<RuleProblem> earlier) {
        return compile(sources, earlier, null);
    }

    /**
     * Compiles the default rules with a house overlay: the default packages the overlay leaves
     * untouched are included from the precompiled module ({@link PrecompiledPackages}), and only the
     * house's files and the default packages they change are compiled at run time, on the same path
     * and with the same result as compiling them all. Without precompiled defaults, everything is compiled.
     *
     * @param defaults the default files, as the crisis-rules jar ships them
     * @param sources  the files to build on: the defaults with the house's overlaid
     * @param earlier  problems found before compiling, reported with the others
     * @param loader   where the crisis-rules jar is
     * @return the compiled rules
     * @throws RuleCompilationException listing every problem, when there is any
     */
    public static CompiledRules compileOverlay(List<RuleSource> defaults, List<RuleSource> sources,
                                               List<RuleProblem> earlier, ClassLoader loader) {
        File root = precompiledRoot(loader);
        if (root == null) {
            return compile(sources, earlier);
        }
        KieServices services = KieServices.Factory.get();
        KieModule module = null;
        try {
            PrecompiledPackages.Split split = PrecompiledPackages.split(defaults, sources,
                    PrecompiledPackages.basesIn(root.toPath()));
            if (split.included().isEmpty() || split.compiled().isEmpty()) {
                return compile(sources, earlier);
            }
            module = services.getRepository().addKieModule(services.getResources().newFileSystemResource(root));
            return compile(sources, earlier, new Includes(module, split.included(), loader, split.compiled()));
        } catch (java.io.IOException e) {
            LOG.debug("cannot read the precompiled module's descriptor in {}; compiling every rule", root, e);
            return compile(sources, earlier);
        } finally {
            if (module != null) {
                services.getRepository().removeKieModule(module.getReleaseId());
            }
            deleteTree(root.toPath());
        }
    }

    /**
     * Default packages a build takes from the precompiled module instead of compiling them.
     *
     * @param module   the precompiled module, a dependency of the build
     * @param packages the packages included, each through its own KIE base there
     * @param loader   where the precompiled module's classes are
     * @param compiled the files the build compiles: all the others
     */
    private record Includes(KieModule module, Set<String> packages, ClassLoader loader, List<RuleSource> compiled) {
    }

    private static CompiledRules compile(List<RuleSource> sources, List<RuleProblem> earlier, Includes includes) {
        long started = System.nanoTime();
        Map<RuleSource, DrlOutline> outlines = outlines(sources);
        List<RuleProblem> known = new ArrayList<>(earlier);
        // the house's files were checked already with the other conventions (HouseFolders): once each
        RuleConventions.phases(outlines).stream().filter(problem -> !known.contains(problem)).forEach(known::add);
        Set<RuleSource> moderationFiles = moderationFiles(outlines);
        Set<String> moderationPackages = new LinkedHashSet<>();
        moderationFiles.forEach(source -> moderationPackages.add(outlines.get(source).packageName()));
        List<RuleSource> compiled = includes == null ? sources : includes.compiled();
        Build build = build(compiled, outlines, moderationPackages, includes);
        if (!build.problems.isEmpty() && !moderationPackages.isEmpty()) {
            // the moderation packages may not compile alone (a type declared in another package):
            // moderation then runs on the whole rule base, with the same results
            Build whole = build(compiled, outlines, Set.of(), includes);
            if (whole.problems.isEmpty()) {
                LOG.info("the moderation rules need other packages to compile ({}); moderation uses the whole rule base",
                        build.problems.get(0).message());
            }
            build = whole;
        }
        if (!build.problems.isEmpty()) {
            List<RuleProblem> problems = new ArrayList<>(readable(allProblems(compiled, outlines, build.problems)));
            known.stream().filter(problem -> !problems.contains(problem)).forEach(problems::add);
            throw failure(problems);
        }
        CompiledRules rules = describe(sources, build.all, build.moderation != null ? build.moderation : build.all,
                names(sources, moderationFiles), known, compiled.stream().map(RuleSource::origin).toList());
        LOG.debug("compiled {} rules, {} of them from {} files, in {} ms", rules.rules.size(), compiled.size(), sources.size(),
                (System.nanoTime() - started) / 1_000_000);
        return rules;
    }

    private record Build(KieBase all, KieBase moderation, List<RuleProblem> problems) {
    }

    /**
     * The executable model stops at the first stage that fails: files that do not parse hide the
     * type errors of the others, and a rule that does not parse hides those of the other rules of
     * its file. So the rules with problems are blanked out of their file (lines kept, so that the
     * others' problems keep their lines), a file with a problem outside any rule is set aside, and
     * the rest built again, until nothing new comes up, and every problem is reported at once.
     */
    private static List<RuleProblem> allProblems(List<RuleSource> sources, Map<RuleSource, DrlOutline> outlines,
                                                 List<RuleProblem> first) {
        List<RuleProblem> problems = new ArrayList<>(first);
        Map<String, RuleSource> current = new LinkedHashMap<>(); // origin -> the file as built next, or null: set aside
        sources.forEach(source -> current.put(source.origin(), source));
        Map<RuleSource, DrlOutline> known = new HashMap<>(outlines);
        List<RuleProblem> latest = first;
        for (int round = 0; round < 8; round++) {
            if (!setAsideOrBlank(current, known, latest)) {
                break;
            }
            List<RuleSource> rest = current.values().stream().filter(java.util.Objects::nonNull).toList();
            if (rest.isEmpty()) {
                break;
            }
            latest = build(rest, known, Set.of(), null).problems;
            int before = problems.size();
            latest.stream().filter(problem -> !problems.contains(problem)).forEach(problems::add);
            if (problems.size() == before) {
                break;
            }
        }
        return problems;
    }

    /**
     * Takes the rules with problems out of their files, or the files out of the build.
     *
     * @return whether anything changed
     */
    private static boolean setAsideOrBlank(Map<String, RuleSource> current, Map<RuleSource, DrlOutline> outlines,
                                           List<RuleProblem> problems) {
        Map<String, List<RuleProblem>> byFile = new LinkedHashMap<>();
        problems.forEach(problem -> byFile.computeIfAbsent(problem.file(), file -> new ArrayList<>()).add(problem));
        boolean changed = false;
        for (Map.Entry<String, List<RuleProblem>> file : byFile.entrySet()) {
            RuleSource source = current.get(file.getKey());
            if (source == null) {
                continue; // not a file of the build (a generated one), or set aside already
            }
            DrlOutline outline = outlines.get(source);
            Set<DrlOutline.RuleOutline> brokenRules = new LinkedHashSet<>();
            boolean outsideRules = false;
            for (RuleProblem problem : file.getValue()) {
                if (problem.message().equals(NULL_PACKAGE)) {
                    continue; // follows every parse error, at line 0
                }
                DrlOutline.RuleOutline rule = outline.rules().stream().filter(r -> r.line() <= problem.line()
                        && problem.line() <= r.endLine()).findFirst().orElse(null);
                if (rule == null) {
                    outsideRules = true;
                } else {
                    brokenRules.add(rule);
                }
            }
            RuleSource next = null;
            if (!outsideRules && !brokenRules.isEmpty() && brokenRules.size() < outline.rules().size()) {
                String[] lines = source.content().split("\n", -1);
                for (DrlOutline.RuleOutline rule : brokenRules) {
                    for (int line = rule.line(); line <= rule.endLine() && line <= lines.length; line++) {
                        lines[line - 1] = "";
                    }
                }
                next = new RuleSource(source.path(), source.origin(), String.join("\n", lines));
                outlines.put(next, DrlOutline.of(next.content()));
            }
            current.put(file.getKey(), next);
            changed = true;
        }
        return changed;
    }

    /**
     * One build from a KIE file system of our own. Each file is written to the folder of its
     * {@code package}, so that a KIE base's package filter means the same on every path.
     */
    private static Build build(List<RuleSource> sources, Map<RuleSource, DrlOutline> outlines,
                               Set<String> moderationPackages, Includes includes) {
        Set<String> included = includes == null ? Set.of() : includes.packages();
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("io.crisisrules.runtime", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        files.generateAndWritePomXML(releaseId);
        KieModuleModel module = services.newKieModuleModel();
        KieBaseModel everything = module.newKieBaseModel(ALL_BASE).setEventProcessingMode(EventProcessingOption.STREAM);
        included.forEach(packageName -> everything.addInclude(PrecompiledPackages.baseOf(packageName)));
        if (!moderationPackages.isEmpty()) {
            KieBaseModel moderation = module.newKieBaseModel(MODERATION_BASE)
                    .setEventProcessingMode(EventProcessingOption.CLOUD);
            moderationPackages.stream().filter(packageName -> !included.contains(packageName))
                    .forEach(moderation::addPackage);
            moderationPackages.stream().filter(included::contains)
                    .forEach(packageName -> moderation.addInclude(PrecompiledPackages.baseOf(packageName)));
            if (moderation.getPackages().isEmpty()) {
                // a KIE base naming no package takes every package of its module: name one no file has
                moderation.addPackage(NO_PACKAGE);
            }
        }
        files.writeKModuleXML(module.toXML());
        Map<String, RuleSource> byPath = new HashMap<>();
        int n = 0;
        for (RuleSource source : sources) {
            String folder = outlines.get(source).packageName().replace('.', '/');
            String name = String.format("%03d-%s", n++, source.path().replaceAll("[^A-Za-z0-9._-]", "_"));
            String path = RESOURCES + (folder.isEmpty() ? "" : folder + "/") + name;
            byPath.put(path, source);
            files.write(path, source.content().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder = services.newKieBuilder(files);
        if (includes != null) {
            builder.setDependencies(includes.module());
        }
        builder.buildAll(ExecutableModelProject.class);
        List<RuleProblem> problems = problems(builder.getResults().getMessages(Message.Level.ERROR), byPath, outlines);
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            return new Build(null, null, problems);
        }
        try {
            KieContainer container = includes == null ? services.newKieContainer(releaseId)
                    : services.newKieContainer(releaseId, includes.loader());
            return new Build(container.getKieBase(ALL_BASE),
                    moderationPackages.isEmpty() ? null : container.getKieBase(MODERATION_BASE), List.of());
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    private static Map<RuleSource, DrlOutline> outlines(List<RuleSource> sources) {
        Map<RuleSource, DrlOutline> outlines = new LinkedHashMap<>();
        sources.forEach(source -> outlines.put(source, DrlOutline.of(source.content())));
        return outlines;
    }

    private static Set<RuleSource> moderationFiles(Map<RuleSource, DrlOutline> outlines) {
        Set<RuleSource> files = new LinkedHashSet<>();
        outlines.forEach((source, outline) -> {
            if (outline.rules().stream().anyMatch(rule -> Phase.MODERATION.group().equals(rule.phase()))) {
                files.add(source);
            }
        });
        return files;
    }

    /** @return the identifiers the moderation files mention: the fact types a moderation session may need */
    private static Set<String> names(List<RuleSource> sources, Set<RuleSource> moderationFiles) {
        Set<String> names = new HashSet<>();
        for (RuleSource source : sources) {
            if (moderationFiles.contains(source)) {
                names.addAll(DrlOutline.of(source.content()).names());
            }
        }
        return names;
    }

    /**
     * Lists the compiled rules with their files, phases and policy IDs, and checks the conventions
     * Drools does not (a phase for every rule, policy IDs, moderation rules in their phase).
     */
    private static CompiledRules describe(List<RuleSource> sources, KieBase all, KieBase moderation,
                                          Set<String> moderationNames) {
        return describe(sources, all, moderation, moderationNames, List.of(), List.of());
    }

    private static CompiledRules describe(List<RuleSource> sources, KieBase all, KieBase moderation,
                                          Set<String> moderationNames, List<RuleProblem> earlier,
                                          List<String> compiledFiles) {
        Map<String, List<Object[]>> declared = new HashMap<>(); // package + name -> (source, outline)
        for (RuleSource source : sources) {
            DrlOutline outline = DrlOutline.of(source.content());
            for (DrlOutline.RuleOutline rule : outline.rules()) {
                declared.computeIfAbsent(outline.packageName() + "\u0000" + rule.name(), key -> new ArrayList<>())
                        .add(new Object[] {source, rule});
            }
        }
        List<RuleProblem> problems = new ArrayList<>(earlier);
        List<RuleInfo> infos = new ArrayList<>();
        for (KiePackage kiePackage : all.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                List<Object[]> candidates = declared.get(rule.getPackageName() + "\u0000" + rule.getName());
                if (candidates == null && DEFAULT_PACKAGE.equals(rule.getPackageName())) {
                    candidates = declared.get("\u0000" + rule.getName()); // a file without a package
                }
                if (candidates == null) {
                    continue; // not a rule of a file: a query, which reads working memory for the engine
                }
                Object[] last = candidates.get(candidates.size() - 1);
                String origin = ((RuleSource) last[0]).origin();
                DrlOutline.RuleOutline outline = (DrlOutline.RuleOutline) last[1];
                int line = outline.line();
                String phase = outline.phase();
                if (Phase.ofGroup(phase) == null) {
                    continue; // reported from the outline, before compiling (RuleConventions.phases)
                } else if (Phase.ofGroup(phase) == Phase.DECISION && outline.matchesComments()) {
                    problems.add(new RuleProblem(origin, line, "rule \"" + rule.getName() + "\" decides on each Comment"
                            + " in ruleflow-group \"decision\": moderation rules belong to ruleflow-group \"moderation\""));
                }
                List<String> policyIds = List.of();
                Object policy = rule.getMetaData().get(POLICY_KEY);
                if (policy != null) {
                    policyIds = PolicyIds.of(policy);
                    List<String> invalid = PolicyIds.items(policy).stream().filter(item -> !PolicyIds.isValid(item))
                            .toList();
                    if (policyIds.isEmpty()) {
                        problems.add(new RuleProblem(origin, line, "rule \"" + rule.getName()
                                + "\" has @policy(" + policy + ") without a policy ID such as \"MOD-01\" or \"ACME-101\""
                                + " (capital letters, a hyphen, digits)"));
                    } else if (!invalid.isEmpty()) {
                        problems.add(new RuleProblem(origin, line, "rule \"" + rule.getName() + "\" has @policy("
                                + policy + ") naming " + String.join(", ", invalid.stream().map(id -> "\"" + id + "\"").toList())
                                + ", not a policy ID such as \"MOD-01\" or \"ACME-101\" (capital letters, a hyphen, digits)"));
                    }
                }
                Object description = DESCRIPTION_KEYS.stream().map(rule.getMetaData()::get)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                infos.add(new RuleInfo(rule.getName(), origin, phase, policyIds,
                        description == null ? "" : unquote(description.toString())));
            }
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        infos.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        return new CompiledRules(all, moderation, moderationNames, infos, compiledFiles);
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
        Set<RuleProblem> seen = new HashSet<>();
        for (RuleProblem problem : problems) {
            if (problem.message().equals(NULL_PACKAGE) && filesWithRealProblems.contains(problem.file())) {
                continue;
            }
            if (!seen.add(problem)) {
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

    /**
     * The build's errors as problems at DRL lines. A message about a DRL file names it and its line; a
     * message about the Java the executable model generated (a rule's action that does not compile)
     * is traced back to the rule and to the DRL line of the failing statement.
     */
    private static List<RuleProblem> problems(List<Message> messages, Map<String, RuleSource> byPath,
                                              Map<RuleSource, DrlOutline> outlines) {
        Map<String, String> generatedSources = new HashMap<>();
        for (Message message : messages) {
            String source = GeneratedAction.sourceOf(message.getText());
            if (source != null && message.getPath() != null) {
                generatedSources.put(message.getPath(), source);
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : messages) {
            String path = message.getPath();
            // a message names a DRL file by its path in the file system, with or without src/main/resources/
            RuleSource source = path == null ? null
                    : byPath.getOrDefault(path, byPath.get(RESOURCES + path));
            if (source == null && path != null && path.endsWith(".java")) {
                if (GeneratedAction.isSourceEcho(message.getText())) {
                    continue;
                }
                GeneratedAction action = GeneratedAction.trace(path, generatedSources.get(path), message.getLine(),
                        outlines);
                if (action != null) {
                    problems.add(new RuleProblem(action.file(), action.line(), "in the action of rule \""
                            + action.rule() + "\": " + GENERATED_TYPE.matcher(oneLine(message.getText()))
                            .replaceAll("the rule's action")));
                    continue;
                }
            }
            String file = source != null ? source.origin() : path == null ? "(unknown)" : path;
            int line = message.getLine();
            if (line <= 0 && source != null) {
                line = lineOfQuoted(source.content(), message.getText());
            }
            problems.add(new RuleProblem(file, Math.max(0, line), oneLine(message.getText())));
        }
        return problems;
    }

    /**
     * @return the line of the first line holding what a message without a line quotes after its last
     *         colon ("Unable to parse left part of expression: hatefulness > 0.5"), or 0
     */
    private static int lineOfQuoted(String content, String message) {
        if (message == null || !message.contains(": ")) {
            return 0;
        }
        String quoted = message.substring(message.lastIndexOf(": ") + 2).replaceAll("\\s+", "");
        if (quoted.isEmpty()) {
            return 0;
        }
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].replaceAll("\\s+", "").contains(quoted)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String oneLine(String message) {
        return message == null ? "unknown error" : message.replaceAll("\\s+", " ").strip();
    }

    private static String unquote(String text) {
        String trimmed = text.strip();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    private CompiledRules(CompiledRules shared, SessionPool sessions, SessionPool moderationSessions) {
        this(shared, sessions, moderationSessions, shared.houseActions, shared.houseSettings);
    }

    private CompiledRules(CompiledRules shared, SessionPool sessions, SessionPool moderationSessions,
                          HouseActions houseActions, io.crisisrules.settings.HouseSettings houseSettings) {
        this.houseActions = houseActions;
        this.houseSettings = houseSettings;
        this.compiledFiles = shared.compiledFiles;
        this.kieBase = shared.kieBase;
        this.moderationBase = shared.moderationBase;
        this.sessions = sessions;
        this.moderationSessions = moderationSessions;
        this.moderationNames = shared.moderationNames;
        this.rules = shared.rules;
        this.rulesByName = shared.rulesByName;
        this.refsByName = shared.refsByName;
        this.explanationsByRef = shared.explanationsByRef;
    }

    /**
     * The same rules with session pools of their own, for one engine: the compiled rules are shared
     * (the default ones by every engine), the sessions are not.
     *
     * @param maxIdle     most sessions kept between calls (in each of the two pools: evaluation and moderation)
     * @param idleTimeout how long an unused session is kept
     * @param ticker      nanoseconds, as {@link System#nanoTime()}
     * @return rules sharing everything with these but the sessions
     */
    public CompiledRules withSessionPool(int maxIdle, Duration idleTimeout, LongSupplier ticker) {
        return new CompiledRules(this, new SessionPool(kieBase, maxIdle, idleTimeout, ticker),
                new SessionPool(moderationBase, maxIdle, idleTimeout, ticker));
    }

    /**
     * @param actions the house actions the rules folders declare ({@link HouseActions#read})
     * @return rules sharing everything with these, sessions included, that resolve those house actions
     */
    public CompiledRules withHouseActions(HouseActions actions) {
        return new CompiledRules(this, sessions, moderationSessions, actions, houseSettings);
    }

    /**
     * @param settings the house settings the rules folders declare, at their defaults ({@link HouseFolders#read})
     * @return rules sharing everything with these, sessions included, whose house rules read those settings
     */
    public CompiledRules withHouseSettings(io.crisisrules.settings.HouseSettings settings) {
        return new CompiledRules(this, sessions, moderationSessions, houseActions, settings);
    }

    /** @return the house settings these rules declare; an engine's settings declare them too */
    public io.crisisrules.settings.HouseSettings houseSettings() {
        return houseSettings;
    }

    /** @return the house actions these rules may attach or add to a plan */
    public HouseActions houseActions() {
        return houseActions;
    }

    /** @return sessions waiting for a call, evaluation and moderation pools together */
    public int idleSessions() {
        return sessions.idle() + moderationSessions.idle();
    }

    /** @return sessions in use by calls now, evaluation and moderation pools together */
    public int sessionsInUse() {
        return sessions.lent() + moderationSessions.lent();
    }

    /** @return the KIE base; thread-safe for creating sessions */
    KieBase kieBase() {
        return kieBase;
    }

    /**
     * @return a session for one evaluation, from a pool; give it back with {@link #release}, which
     *         resets it (no facts, no listeners)
     */
    KieSession newSession() {
        return sessions.acquire();
    }

    /** @param session a session of {@link #newSession()} or {@link #newModerationSession()}, back to its pool */
    void release(KieSession session) {
        if (!sessions.owns(session)) {
            moderationSessions.release(session);
        } else {
            sessions.release(session);
        }
    }

    /** Destroys a session taken from {@link #newSession} or {@link #newModerationSession} instead of keeping it. */
    void discard(KieSession session) {
        if (!sessions.owns(session)) {
            moderationSessions.discard(session);
        } else {
            sessions.discard(session);
        }
    }

    /**
     * @return whether a moderation rule may match facts of this type (its files name the type), so a
     *         moderation session needs them; inserting anything else is wasted work
     */
    boolean moderationMatches(Object fact) {
        return moderationNames.contains(fact.getClass().getSimpleName());
    }

    /** @return the phase (rule-flow group) of a rule, by name */
    String phaseOf(String ruleName) {
        RuleInfo rule = rulesByName.get(ruleName);
        return rule == null ? null : rule.phase();
    }

    /** @return the file of a rule, by name, or {@code "unknown file"} */
    String fileOf(String ruleName) {
        RuleInfo rule = rulesByName.get(ruleName);
        return rule == null ? "unknown file" : rule.file();
    }

    /**
     * @return a session over the moderation phase's rules only (every rule when their files cannot
     *         be compiled alone), pooled as {@link #newSession()}
     */
    KieSession newModerationSession() {
        return moderationSessions.acquire();
    }

    /**
     * @return the files compiled at run time to make these rules, by origin: none for the precompiled
     *         defaults; with an overlay, the house's files and the default files of the packages it changes
     */
    public List<String> compiledFiles() {
        return compiledFiles;
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
