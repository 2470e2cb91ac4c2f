package io.crisisrules;

import io.crisisrules.internal.Checks;
import io.crisisrules.internal.CompiledRules;
import io.crisisrules.internal.Evaluation;
import io.crisisrules.internal.MonitorSession;
import io.crisisrules.model.BrandContext;
import io.crisisrules.internal.RuleSource;
import io.crisisrules.internal.RuleSources;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Comment;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Snapshot;
import io.crisisrules.settings.PolicySettings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 * its own short-lived rule session. Building compiles the rules; it either returns a working engine
 * or throws a {@link RuleCompilationException} listing every problem.
 */
public final class CrisisEngine {
    private final CompiledRules rules;
    private final PolicySettings settings;
    private final Clock clock;
    private final List<RuleListener> listeners;

    private CrisisEngine(CompiledRules rules, PolicySettings settings, Clock clock, List<RuleListener> listeners) {
        this.rules = rules;
        this.settings = settings;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
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
     * @throws InvalidInputException if {@code snapshot} is null
     */
    public Assessment evaluate(Snapshot snapshot) {
        Checks.required("snapshot", snapshot);
        return Evaluation.run(rules, settings, clock.instant(), listeners, snapshot);
    }

    /**
     * Moderates public comments outside of an evaluation: one decision per comment (MOD-01…MOD-08).
     *
     * @param comments the comments; ids must be unique within the list
     * @return one decision per comment, in the order of {@code comments}
     * @throws InvalidInputException if the list or an element is null, or an id repeats
     */
    public List<ModerationDecision> moderate(List<Comment> comments) {
        Checks.list("comments", Checks.required("comments", comments));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < comments.size(); i++) {
            if (!ids.add(comments.get(i).id())) {
                throw InvalidInputException.duplicate("comments[" + i + "]", comments.get(i).id(), "id");
            }
        }
        return Evaluation.moderate(rules, settings, clock.instant(), listeners, comments);
    }

    /**
     * An engine sharing these compiled rules with other settings, for per-brand settings: cheap, no
     * recompilation.
     *
     * @param settings the settings to use
     * @return the new engine
     */
    public CrisisEngine withSettings(PolicySettings settings) {
        return new CrisisEngine(rules, Checks.required("settings", settings), clock, listeners);
    }

    /**
     * An engine sharing these compiled rules with another clock, e.g. a fixed one for a replay.
     *
     * @param clock the clock to read the evaluation time from
     * @return the new engine
     */
    public CrisisEngine withClock(Clock clock) {
        return new CrisisEngine(rules, settings, Checks.required("clock", clock), listeners);
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
        return new CrisisEngine(rules, settings, clock, all);
    }

    /**
     * Starts configuring a streaming monitor of one brand, sharing these compiled rules and
     * settings (DET-18…DET-21). See {@link CrisisMonitor}.
     *
     * @param brand the monitored brand
     * @return a builder; {@link CrisisMonitor.Builder#start()} starts the monitor
     */
    public CrisisMonitor.Builder monitor(BrandContext brand) {
        return new CrisisMonitor.Builder(brand, builder -> new CrisisMonitor(new MonitorSession(rules, settings,
                builder.brand(), builder.listenerValue(), listeners, builder.mentionIntervalValue())));
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

        private Builder() {
        }

        /** @param settings the policy settings the rules read; @return this builder */
        public Builder settings(PolicySettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** @param clock where evaluation times come from; @return this builder */
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

        /** Starts from no rules at all, only those of the rule directories; @return this builder */
        public Builder withoutDefaultRules() {
            this.defaultRules = false;
            return this;
        }

        /** @param listener told about every fired rule; must be thread-safe; @return this builder */
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
         * Compiles the rules and builds the engine.
         *
         * @return a working engine
         * @throws RuleCompilationException listing every problem when the rules do not compile
         * @throws CrisisRulesException     when the rules cannot be found or read
         */
        public CrisisEngine build() {
            List<RuleSource> sources = defaultRules ? RuleSources.defaults(classLoader) : List.of();
            for (Path directory : ruleDirectories) {
                sources = RuleSources.overlay(sources, RuleSources.directory(directory));
            }
            if (sources.isEmpty()) {
                throw new CrisisRulesException("no rules to compile: the rules directories hold no .drl file");
            }
            return new CrisisEngine(CompiledRules.compile(sources), settings, clock, listeners);
        }
    }
}
