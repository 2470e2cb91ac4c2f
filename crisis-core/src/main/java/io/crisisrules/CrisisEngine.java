// Why over 300 lines: the library's facade: its few methods and its builder (every host option with its
// default and validation) are the public API, and most of the length is their Javadoc; the work is in internal.
package io.crisisrules;

import io.crisisrules.internal.Capacity;
import io.crisisrules.checks.Checks;
import io.crisisrules.internal.CompiledRules;
import io.crisisrules.internal.Evaluation;
import io.crisisrules.internal.EventTimes;
import io.crisisrules.internal.ModerationBatch;
import io.crisisrules.internal.MonitorSession;
import io.crisisrules.internal.Overlays;
import io.crisisrules.model.BrandContext;
import io.crisisrules.internal.RuleSource;
import io.crisisrules.internal.RuleSources;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Comment;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.CommentClassifier;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.ModerationOutcome;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.PolicySettings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The entry point: evaluates a brand's {@link Snapshot} against the crisis policy and returns an
 * {@link Assessment}.
 *
 * <pre>{@code
 * CrisisEngine engine = CrisisEngine.builder().build();   // compiles the rules once
 * Assessment assessment = engine.evaluate(snapshot);      // any thread, any number of times
 * }</pre>
 *
 * <p>An engine is immutable and thread-safe: build it once and share it. Each evaluation runs in
 * its own rule session, taken from a pool and reset when done, so nothing carries over from one
 * call to the next. Building compiles the rules; it either returns a working engine
 * or throws a {@link RuleCompilationException} listing every problem.
 *
 * <p>One thing does carry over, on purpose: the authors' offences (MOD-04). By default an engine
 * remembers them in memory ({@link OffenceHistory#inMemory}), so the third deleted comment of an
 * author within {@code moderation.offenceWindow} blocks the author, even across calls and threads.
 * Build with {@code offenceHistory(OffenceHistory.none())} for calls that must not depend on one
 * another (replays, what-if runs, tests), or pass the host's own shared history.
 */
public final class CrisisEngine {
    private static final int DEFAULT_BATCH_SIZE = 1000;
    private static final Duration DEFAULT_FUTURE_TOLERANCE = Duration.ofMinutes(5);
    private static final Duration DEFAULT_CLASSIFIER_TIMEOUT = Duration.ofSeconds(10);
    private final CompiledRules rules;
    private final PolicySettings settings;
    private final Clock clock;
    private final List<RuleListener> listeners;
    private final OffenceHistory offenceHistory;
    private final CommentClassifier classifier;
    private final int batchSize;
    private final RuleOverlay overlay;
    private final EventTimes times;
    private final Duration classifierTimeout;

    private CrisisEngine(CompiledRules rules, PolicySettings settings, Clock clock, List<RuleListener> listeners,
                         OffenceHistory offenceHistory, CommentClassifier classifier, int batchSize,
                         RuleOverlay overlay, EventTimes times, Duration classifierTimeout) {
        this.overlay = overlay;
        this.times = times;
        this.classifierTimeout = classifierTimeout;
        this.rules = rules;
        this.settings = settings;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
        this.offenceHistory = offenceHistory;
        this.classifier = classifier;
        this.batchSize = batchSize;
    }

    /** @return a builder using the default rules, default settings and the system UTC clock */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates one snapshot at the engine clock's current instant.
     *
     * @param snapshot what the host sees; see {@link Snapshot}
     * @return the warning signals, incident, response plan and moderation decisions
     * @throws InvalidInputException if {@code snapshot} is null, or a comment is posted outside the years
     *                               1 to 9999 or later than the clock plus {@link Builder#futureTolerance}
     * @throws RuleExecutionException if a rule throws while it runs
     * @throws HostComponentException if a {@link RuleListener} or the {@link OffenceHistory} fails
     */
    public Assessment evaluate(Snapshot snapshot) {
        Checks.required("snapshot", snapshot);
        Instant now = clock.instant();
        for (int i = 0; i < snapshot.comments().size(); i++) {
            times.check("comments[" + i + "].postedAt", snapshot.comments().get(i).postedAt(), now,
                    "the engine clock's");
        }
        return Evaluation.run(rules, settings, now, listeners, snapshot, offenceHistory);
    }

    /**
     * Moderates public comments outside of an evaluation, with no crisis open: one decision per
     * comment (the MOD policies). Same as {@code moderate(comments, ModerationContext.NONE)}.
     *
     * @param comments the comments; ids must be unique within the list
     * @return one decision per comment, in the order of {@code comments}
     * @throws InvalidInputException if the list or an element is null, or an id repeats
     * @throws RuleExecutionException if a rule throws while it runs
     */
    public List<ModerationDecision> moderate(List<Comment> comments) {
        return moderate(comments, ModerationContext.NONE);
    }

    /**
     * Moderates checked comments outside of an evaluation: one decision per comment, the strictest
     * action of every matching rule winning (MOD-06). Offences it decides are recorded in the
     * engine's {@link OffenceHistory}, so the next call sees them (MOD-04). Unlike
     * {@link #moderateBatch}, a bad list throws instead of rejecting the comment.
     *
     * @param comments the comments; ids must be unique within the list
     * @param context  whether a crisis is open (MOD-07, MOD-08)
     * @return one decision per comment, in the order of {@code comments}
     * @throws InvalidInputException if the list or an element is null, an id repeats, or a comment is
     *                               posted outside the years 1 to 9999 or later than the clock plus
     *                               {@link Builder#futureTolerance}
     * @throws RuleExecutionException if a rule throws while it runs
     * @throws HostComponentException if a {@link RuleListener} or the {@link OffenceHistory} fails
     */
    public List<ModerationDecision> moderate(List<Comment> comments, ModerationContext context) {
        Checks.list("comments", Checks.required("comments", comments));
        Checks.required("context", context);
        Set<String> ids = new HashSet<>(Capacity.forEntries(comments.size()));
        Instant now = clock.instant();
        for (int i = 0; i < comments.size(); i++) {
            if (!ids.add(comments.get(i).id())) {
                throw InvalidInputException.duplicate("comments[" + i + "]", comments.get(i).id(), "id");
            }
            times.check("comments[" + i + "].postedAt", comments.get(i).postedAt(), now, "the engine clock's");
        }
        return Evaluation.moderate(rules, settings, now, listeners, comments, context.openCrisis(),
                offenceHistory);
    }

    /**
     * Moderates a batch of comments as they arrive from a pipeline: one {@link ModerationOutcome}
     * per comment, in order — its decision, or a {@link io.crisisrules.moderation.Rejection} with the
     * reason when it breaks its contract (no id or author, an unknown label, a score outside [0, 1],
     * an id repeated in the batch, a posting time outside the years 1 to 9999 or later than the clock
     * plus {@link Builder#futureTolerance futureTolerance}, a classifier that fails or times out). The batch always goes on: decisions plus
     * rejections equal the comments. Comments with neither labels nor scores are handed to the
     * engine's {@link CommentClassifier}, if any.
     *
     * @param comments the comments; a {@code null} element is rejected
     * @param context  whether a crisis is open (MOD-07, MOD-08)
     * @return one outcome per comment, in order
     * @throws InvalidInputException if {@code comments} or {@code context} is null
     * @throws RuleExecutionException if a rule throws while it runs
     */
    public List<ModerationOutcome> moderateBatch(List<CommentInput> comments, ModerationContext context) {
        Checks.required("comments", comments);
        Checks.required("context", context);
        return batch().run(comments, 0, context.openCrisis());
    }

    /**
     * Moderates a stream of comments of any length in bounded memory: it reads
     * {@link Builder#batchSize(int) batchSize} comments at a time, lazily, and yields one
     * {@link ModerationOutcome} per comment, in order, as {@link #moderateBatch} does for each chunk.
     * Ids are checked for uniqueness within a chunk; an author's offences in one chunk count in the
     * next through the {@link OffenceHistory}. For an {@link java.util.Iterator}, wrap it with
     * {@code StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, ORDERED), false)}. Closing
     * the returned stream closes {@code comments}.
     *
     * @param comments the comments, read as the result is consumed
     * @param context  whether a crisis is open (MOD-07, MOD-08)
     * @return one outcome per comment, in order
     * @throws InvalidInputException if {@code comments} or {@code context} is null
     * @throws RuleExecutionException if a rule throws while it runs
     */
    public Stream<ModerationOutcome> moderateStream(Stream<CommentInput> comments, ModerationContext context) {
        Checks.required("comments", comments);
        Checks.required("context", context);
        return batch().stream(comments, context.openCrisis());
    }

    private ModerationBatch batch() {
        return new ModerationBatch(rules, settings, clock, listeners, offenceHistory, classifier, batchSize, times,
                classifierTimeout);
    }

    /**
     * An engine sharing these compiled rules with other settings, for per-brand settings: cheap, no
     * recompilation. The house settings the rules declare are added as {@link Builder#settings} does.
     *
     * @param settings the settings to use
     * @return the new engine
     */
    public CrisisEngine withSettings(PolicySettings settings) {
        return new CrisisEngine(rules, Checks.required("settings", settings).withHouse(rules.houseSettings()), clock,
                listeners, offenceHistory,
                classifier, batchSize, overlay, times, classifierTimeout);
    }

    /**
     * An engine sharing these compiled rules with another clock, e.g. a fixed one for a replay.
     *
     * @param clock the clock to read the evaluation time from
     * @return the new engine
     */
    public CrisisEngine withClock(Clock clock) {
        return new CrisisEngine(rules, settings, Checks.required("clock", clock), listeners, offenceHistory,
                classifier, batchSize, overlay, times, classifierTimeout);
    }

    /**
     * An engine sharing these compiled rules that also tells {@code listener} about fired rules, for
     * example to audit one tenant's evaluations. Cheap, no recompilation.
     *
     * @param listener told about every fired rule; must be thread-safe
     * @return the new engine
     */
    public CrisisEngine withListener(RuleListener listener) {
        List<RuleListener> all = new ArrayList<>(listeners);
        all.add(Checks.required("listener", listener));
        return new CrisisEngine(rules, settings, clock, all, offenceHistory, classifier, batchSize, overlay,
                times, classifierTimeout);
    }

    /**
     * An engine sharing these compiled rules that reads and records authors' offences in another
     * history (MOD-04), for example one per brand, or {@link OffenceHistory#none()} for a what-if
     * evaluation that must neither see nor leave offences. Cheap, no recompilation.
     *
     * @param history the history; must be thread-safe
     * @return the new engine
     */
    public CrisisEngine withOffenceHistory(OffenceHistory history) {
        return new CrisisEngine(rules, settings, clock, listeners, Checks.required("history", history), classifier,
                batchSize, overlay, times, classifierTimeout);
    }

    /** @return where this engine reads and records authors' offences (MOD-04) */
    public OffenceHistory offenceHistory() {
        return offenceHistory;
    }

    /**
     * Starts configuring a streaming monitor of one brand, sharing these compiled rules and
     * settings (DET-18…DET-21). See {@link CrisisMonitor}.
     *
     * @param brand the monitored brand
     * @return a builder; {@link CrisisMonitor.Builder#start()} starts the monitor
     */
    public CrisisMonitor.Builder monitor(BrandContext brand) {
        return new CrisisMonitor.Builder(brand, builder -> {
            MonitorSession session = new MonitorSession(rules, settings, builder.brand(), builder.listenerValue(),
                    listeners, builder.mentionIntervalValue(), times, builder.clockValue(),
                    builder.scopeRetentionValue(), builder.maxScopesValue());
            if (builder.checkpointValue() != null) {
                try {
                    session.restore(builder.checkpointValue());
                } catch (RuntimeException e) {
                    session.close();
                    throw e;
                }
            }
            return new CrisisMonitor(session);
        });
    }

    /** @return the settings the rules read */
    public PolicySettings settings() {
        return settings;
    }

    /** @return every compiled rule with its file, phase and policy IDs */
    public List<RuleInfo> rules() {
        return rules.rules();
    }

    /**
     * @return the house actions the rules folders declare in {@code house-actions.properties}, labels and
     *         plan actions, by key; empty for the default rules alone. A plan action reaches the host as
     *         {@link io.crisisrules.model.ResponseAction#house()} of a
     *         {@link io.crisisrules.model.ActionKind#HOUSE_ACTION}, a label in {@link ModerationDecision#labels()}
     */
    public java.util.Map<String, io.crisisrules.model.HouseAction> houseActions() {
        return rules.houseActions().all();
    }

    /**
     * @return what the rules directories changed in the default rules: files replaced and added,
     *         default policy IDs removed (as allowed by {@link Builder#allowRemovedPolicies}) and
     *         policy IDs added; {@link RuleOverlay#NONE} for the default rules alone or without them
     */
    public RuleOverlay overlay() {
        return overlay;
    }

    /**
     * Configures and builds a {@link CrisisEngine}. Not thread-safe; {@link #build()} may be called
     * more than once.
     */
    public static final class Builder {
        private PolicySettings settings = PolicySettings.defaults();
        private Clock clock = Clock.systemUTC();
        private boolean defaultRules = true;
        private final List<Path> ruleDirectories = new ArrayList<>();
        private final List<RuleListener> listeners = new ArrayList<>();
        private ClassLoader classLoader = CrisisEngine.class.getClassLoader();
        private OffenceHistory offenceHistory;
        private CommentClassifier classifier;
        private int batchSize = DEFAULT_BATCH_SIZE;
        private Duration futureTolerance = DEFAULT_FUTURE_TOLERANCE;
        private Duration classifierTimeout = DEFAULT_CLASSIFIER_TIMEOUT;
        private final Set<String> allowedRemovals = new java.util.TreeSet<>();
        private final Set<String> allowedRuleApis = new java.util.TreeSet<>();
        private int maxIdleSessions = -1;
        private java.time.Duration sessionIdleTimeout;

        private Builder() {
        }

        /**
         * Lets the rules directories drop default policies on purpose. Without it, an overlay file
         * that replaces a default file and leaves one of its policy IDs without any rule (an empty
         * {@code moderation/abusive-content.drl} drops MOD-01) fails the build with a
         * {@link RuleCompilationException} naming the file and the IDs. Repeatable; the IDs add up.
         *
         * @param policyIds the default policy IDs the house deliberately no longer implements, e.g. {@code "MOD-05"}
         * @return this builder
         * @throws InvalidInputException if an ID is null or not a policy ID
         */
        public Builder allowRemovedPolicies(String... policyIds) {
            Objects.requireNonNull(policyIds, "policyIds");
            for (int i = 0; i < policyIds.length; i++) {
                if (!io.crisisrules.internal.PolicyIds.isValid(policyIds[i])) {
                    throw new InvalidInputException("allowRemovedPolicies[" + i + "]", policyIds[i],
                            "be a policy ID such as \"MOD-01\" or \"ACME-101\"");
                }
                allowedRemovals.add(policyIds[i]);
            }
            return this;
        }

        /**
         * Lets the rules of the rules directories use Java APIs the static check rejects otherwise.
         * Without it, building fails with a {@link RuleCompilationException} naming file and line of
         * every mention in a directory's DRL (imports, globals, declared types, functions, conditions,
         * actions) of processes and the JVM ({@code System}, {@code Runtime}, {@code ProcessBuilder}),
         * files ({@code java.io}, {@code java.nio.file}), the network ({@code java.net}, JNDI, JDBC),
         * reflection and class loading ({@code java.lang.reflect}, {@code Class.forName},
         * {@code getClass()}, {@code ClassLoader}), threads ({@code Thread}, {@code java.util.concurrent})
         * and unbounded loops ({@code while}, {@code do}, {@code for(;;)}). The default rules use none.
         * An allowance covers itself and what it prefixes at a dot: {@code "java.nio.file"} allows
         * {@code java.nio.file.Files.readString}. Allowing an API trusts the rule authors with it: this
         * is no sandbox (README, "Trust model"). Repeatable; the names add up.
         *
         * @param apis what a problem names, e.g. {@code "java.nio.file"}, {@code "java.lang.System"},
         *             {@code "java.lang.Class.forName"}, or {@code "loops"}
         * @return this builder
         * @throws InvalidInputException if a name is null or names nothing the check rejects
         */
        public Builder allowRuleApis(String... apis) {
            Objects.requireNonNull(apis, "apis");
            for (int i = 0; i < apis.length; i++) {
                if (apis[i] == null || !io.crisisrules.internal.RuleApis.isKnown(apis[i])) {
                    throw new InvalidInputException("allowRuleApis[" + i + "]", apis[i],
                            "name an API the rule check rejects, as a problem names it (e.g. \"java.nio.file\","
                                    + " \"java.lang.System\", \"loops\")");
                }
                allowedRuleApis.add(apis[i]);
            }
            return this;
        }

        /**
         * The settings the rules read. The house settings the rules directories declare
         * ({@code house-settings.properties}) are added at build, at the values these settings give
         * them ({@link PolicySettings#withHouse}) or their defaults.
         *
         * @param settings the policy settings the rules read
         * @return this builder
         */
        public Builder settings(PolicySettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * @param clock where evaluation times come from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Adds a rule author's directory: each {@code .drl} file below it replaces the default file
         * with the same relative path (e.g. {@code moderation/harmful-content.drl}) or is added.
         * Directories are applied in the order given.
         *
         * @param directory the folder
         * @return this builder
         */
        public Builder rulesDirectory(Path directory) {
            ruleDirectories.add(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        /**
         * Starts from no rules at all, only those of the rule directories
         *
         * @return this builder
         */
        public Builder withoutDefaultRules() {
            this.defaultRules = false;
            return this;
        }

        /**
         * @param listener told about every fired rule; must be thread-safe
         * @return this builder
         */
        public Builder listener(RuleListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * @param classLoader where the default rules are looked up (the crisis-rules jar), by default
         *                    the library's own class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Where the engine reads authors' recent offences and records new ones, to block repeat
         * offenders (MOD-04). By default a new {@link OffenceHistory#inMemory(java.time.Duration)}
         * remembering {@code moderation.offenceWindow} of the settings given to this builder.
         *
         * @param history the host's history over its own storage; must be thread-safe
         * @return this builder
         */
        public Builder offenceHistory(OffenceHistory history) {
            this.offenceHistory = Objects.requireNonNull(history, "history");
            return this;
        }

        /**
         * The host's classifier, asked about each comment of a batch that arrives with neither labels
         * nor scores. None by default: the library ships no language model.
         *
         * @param classifier the classifier; must be thread-safe
         * @return this builder
         */
        public Builder classifier(CommentClassifier classifier) {
            this.classifier = Objects.requireNonNull(classifier, "classifier");
            return this;
        }

        /**
         * @param batchSize comments {@link CrisisEngine#moderateStream} moderates together, at least 1
         *                  (default 1000): larger is faster, smaller holds less in memory
         * @return this builder
         */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new InvalidInputException("batchSize", batchSize, "be >= 1");
            }
            this.batchSize = batchSize;
            return this;
        }

        /**
         * Bounds the rule sessions the engine keeps between calls. Each call runs in a session of its
         * own, reset and reused by the next call because making one costs far more than resetting it;
         * at most {@code maxIdle} wait between calls (a burst of 100 concurrent calls makes 100, and
         * all but {@code maxIdle} are freed as the calls end), and one unused for {@code idleTimeout}
         * is freed by the next call. Evaluation and moderation keep their sessions apart, each pool
         * with these bounds. By default twice the cores (at least 8) for 5 minutes; engines built
         * with the defaults on the default rules share their sessions.
         *
         * @param maxIdle     most sessions kept between calls, from 0 (none: every call makes its own) to 1024
         * @param idleTimeout how long an unused session is kept, from 1 ms to 1 day
         * @return this builder
         * @throws InvalidInputException if a value is out of range
         */
        public Builder sessionPool(int maxIdle, java.time.Duration idleTimeout) {
            if (maxIdle < 0 || maxIdle > 1024) {
                throw new InvalidInputException("sessionPool.maxIdle", maxIdle, "be within [0, 1024]");
            }
            Checks.required("sessionPool.idleTimeout", idleTimeout);
            if (idleTimeout.compareTo(java.time.Duration.ofMillis(1)) < 0
                    || idleTimeout.compareTo(java.time.Duration.ofDays(1)) > 0) {
                throw new InvalidInputException("sessionPool.idleTimeout", idleTimeout, "be within [1ms, 1d]");
            }
            this.maxIdleSessions = maxIdle;
            this.sessionIdleTimeout = idleTimeout;
            return this;
        }

        /**
         * How far ahead of the clock an event may be dated and still be taken, for clock skew between
         * the host's machines (5 minutes by default). A comment posted later than the engine clock's
         * instant plus this is rejected (by the batch methods, with its reason; by the list and
         * snapshot methods, with an {@link InvalidInputException}); a monitor refuses a mention,
         * count, complaint, KPI point or tick later than its wall clock plus this
         * ({@link CrisisMonitor.Builder#clock}), so no single event dated ahead moves an offence
         * window or a monitor's clock out of reach of the others.
         *
         * @param tolerance at least zero
         * @return this builder
         * @throws InvalidInputException if {@code tolerance} is null or negative
         */
        public Builder futureTolerance(Duration tolerance) {
            Checks.required("futureTolerance", tolerance);
            if (tolerance.isNegative()) {
                throw new InvalidInputException("futureTolerance", tolerance, "be >= 0");
            }
            this.futureTolerance = tolerance;
            return this;
        }

        /**
         * How long the {@link #classifier(CommentClassifier) classifier} may take over one comment (10
         * seconds by default). Past it, that comment is rejected with the reason and the batch goes on;
         * the classifier's thread is interrupted.
         *
         * @param timeout more than zero
         * @return this builder
         * @throws InvalidInputException if {@code timeout} is null, zero or negative
         */
        public Builder classifierTimeout(Duration timeout) {
            Checks.required("classifierTimeout", timeout);
            if (timeout.isNegative() || timeout.isZero()) {
                throw new InvalidInputException("classifierTimeout", timeout, "be > 0");
            }
            this.classifierTimeout = timeout;
            return this;
        }

        /**
         * Checks the rules as {@link #build()} would, without building an engine: the default rules
         * are not compiled again (they come precompiled), only the rules directories' files are,
         * with the coverage check of overlays ({@link #allowRemovedPolicies}), the check of the Java
         * APIs house rules use ({@link #allowRuleApis}) and the convention checks. Settings, clock, listeners and the rest play no part. For {@code crisis
         * check-rules} and an editor's save hook.
         *
         * @return the problems {@link #build()} would throw (none when it would build), the rules and
         *         the overlay report
         * @throws CrisisRulesException when there are no rules at all, or a rules directory cannot be read
         */
        public RuleCheck check() {
            return io.crisisrules.internal.RuleChecks.check(classLoader, defaultRules, ruleDirectories, allowedRemovals, allowedRuleApis);
        }

        /**
         * Compiles the rules and builds the engine.
         *
         * @return a working engine
         * @throws RuleCompilationException listing every problem when the rules do not compile
         * @throws CrisisRulesException     when the rules cannot be found or read
         */
        public CrisisEngine build() {
            CompiledRules compiled;
            RuleOverlay overlay = RuleOverlay.NONE;
            io.crisisrules.internal.HouseActions houseActions = io.crisisrules.internal.HouseActions.NONE;
            io.crisisrules.settings.HouseSettings houseSettings = io.crisisrules.settings.HouseSettings.none();
            if (defaultRules && ruleDirectories.isEmpty()) {
                compiled = CompiledRules.defaults(classLoader); // precompiled: loads classes, parses no DRL
            } else {
                List<RuleSource> defaults = defaultRules ? RuleSources.defaults(classLoader) : List.of();
                List<RuleSource> sources = defaults;
                for (Path directory : ruleDirectories) {
                    sources = RuleSources.overlay(sources, RuleSources.directory(directory));
                }
                if (sources.isEmpty()) {
                    throw new CrisisRulesException("no rules to compile: the rules directories hold no .drl file");
                }
                List<io.crisisrules.RuleProblem> coverage = new ArrayList<>();
                if (defaultRules) {
                    Overlays.Check check = Overlays.check(defaults, sources, allowedRemovals);
                    overlay = check.overlay();
                    coverage.addAll(check.problems());
                }
                io.crisisrules.internal.HouseFolders.Read house = io.crisisrules.internal.HouseFolders.read(
                        ruleDirectories, sources.stream()
                                .filter(source -> !source.origin().startsWith(RuleSources.CLASSPATH_PREFIX)).toList());
                coverage.addAll(house.problems());
                houseActions = house.actions();
                houseSettings = house.settings();
                // the house's files only: the defaults are trusted (and pass the check, RuleApisTest);
                // a file using a forbidden API never reaches the compiler
                List<io.crisisrules.RuleProblem> apis = io.crisisrules.internal.RuleApis.check(sources.stream()
                        .filter(source -> !source.origin().startsWith(RuleSources.CLASSPATH_PREFIX)).toList(),
                        allowedRuleApis);
                if (!apis.isEmpty()) {
                    List<io.crisisrules.RuleProblem> problems = new ArrayList<>(apis);
                    problems.addAll(coverage);
                    throw new RuleCompilationException(problems);
                }
                compiled = (defaultRules ? CompiledRules.compileOverlay(defaults, sources, coverage, classLoader)
                        : CompiledRules.compile(sources, coverage)).withHouseActions(houseActions)
                        .withHouseSettings(houseSettings);
            }
            if (maxIdleSessions >= 0) {
                compiled = compiled.withSessionPool(maxIdleSessions, sessionIdleTimeout, System::nanoTime);
            }
            OffenceHistory history = offenceHistory != null ? offenceHistory
                    : OffenceHistory.inMemory(settings.moderation().offenceWindow());
            // the house settings the rules folders declare, at the values the given settings set for them
            PolicySettings withHouse = settings.withHouse(houseSettings);
            return new CrisisEngine(compiled, withHouse, clock, listeners, history, classifier, batchSize, overlay,
                    new EventTimes(futureTolerance), classifierTimeout);
        }
    }
}
