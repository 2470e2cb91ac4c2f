// Why over 300 lines: a public type whose builder, watcher wiring and atomic swap share one lifecycle (build, reload,
// close); about half of the length is the Javadoc hosts read.
package io.crisisrules;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Comment;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.ModerationOutcome;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.PolicySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * An engine whose rules can change while the host runs: {@link #reload()} builds a new
 * {@link CrisisEngine} in the background and swaps it in atomically; rules that do not build are
 * reported ({@link Reload#problems()}: file, line, message) and the last good ones stay in force.
 *
 * <pre>{@code
 * try (ReloadableEngine engine = ReloadableEngine.builder(
 *                 () -> CrisisEngine.builder().rulesDirectory(houseRules).settings(PolicySettings.load(file)).build())
 *         .watch(houseRules)                             // optional: reload once the folder is quiet (1 s)
 *         .listener(new ReloadListener() {
 *             public void reloadFailed(Reload reload) { alert(reload.problems()); }   // file, line, message
 *         })
 *         .build()) {                                    // builds the first rules now, or throws
 *     engine.evaluate(snapshot);                         // any thread, during reloads too
 *     Reload reload = engine.reload().join();            // on demand, e.g. after a deployment
 * }
 * }</pre>
 *
 * <p><b>Nothing lost, nothing mixed.</b> Each call reads the engine in force once and runs to the
 * end on it, so a call in flight during a swap finishes on the rules it started with and no call
 * ever sees part of the old rules and part of the new. Every engine built on a reload keeps the
 * {@link OffenceHistory} of the first one, so authors' offences (MOD-04) survive reloads even with
 * the default in-memory history. A {@link CrisisMonitor} keeps the rules it started with; start a
 * new one to use new rules.
 *
 * <p><b>Reloads.</b> They run one at a time on one background thread. A reload asked for while one
 * is waiting to start joins it; one asked for while a build runs starts after it, so the last
 * change is always built. The factory is called on that thread; it may read settings files too.
 * Thread-safe. Closing stops the background thread and the watcher; the engine in force keeps
 * answering calls.
 */
public final class ReloadableEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadableEngine.class);

    private final Supplier<CrisisEngine> factory;
    private final ReloadListener listener;
    private final OffenceHistory history;
    private final ScheduledExecutorService worker;
    private final FolderWatcher watcher;
    private volatile CrisisEngine current;
    private volatile Reload last;
    private long generation;
    private CompletableFuture<Reload> queued;
    private boolean closed;

    private ReloadableEngine(Builder builder) {
        this.factory = builder.factory;
        this.listener = builder.listener;
        long started = System.nanoTime();
        CrisisEngine first = Objects.requireNonNull(factory.get(), "the engine factory returned null");
        this.history = first.offenceHistory();
        this.current = first;
        this.generation = 1;
        this.last = new Reload(1, Duration.ofNanos(System.nanoTime() - started), null);
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "crisis-rules-reload");
            thread.setDaemon(true);
            return thread;
        });
        this.watcher = builder.watched.isEmpty() ? null : new FolderWatcher(builder.watched, builder.quietPeriod,
                worker, false, () -> {
                    try {
                        reload();
                    } catch (CrisisRulesException e) {
                        // closed meanwhile
                    }
                });
    }

    /**
     * @param factory builds an engine from the current rules (and settings): called once by
     *                {@link Builder#build()}, then on each reload, e.g.
     *                {@code () -> CrisisEngine.builder().rulesDirectory(dir).build()}
     * @return a builder
     */
    public static Builder builder(Supplier<CrisisEngine> factory) {
        return new Builder(factory);
    }

    /** @return the engine in force now; a call made on it keeps it to the end */
    public CrisisEngine current() {
        return current;
    }

    /** @return what the last reload did (the first build counts as generation 1) */
    public Reload lastReload() {
        return last;
    }

    /** @return the generation of rules in force: 1, then one more for each reload that swapped */
    public synchronized long generation() {
        return generation;
    }

    /**
     * Builds the rules again in the background and swaps them in when they build; otherwise keeps
     * the last good ones and reports the problems (the future completes normally either way).
     *
     * @return what the reload did, once done
     * @throws CrisisRulesException if this engine is closed
     */
    public synchronized CompletableFuture<Reload> reload() {
        if (closed) {
            throw new CrisisRulesException("this ReloadableEngine is closed: it no longer reloads");
        }
        if (queued != null) {
            return queued; // not started yet: it will read the files as they are when it starts
        }
        CompletableFuture<Reload> reload = new CompletableFuture<>();
        queued = reload;
        worker.execute(() -> run(reload));
        return reload;
    }

    private void run(CompletableFuture<Reload> reload) {
        synchronized (this) {
            if (queued == reload) {
                queued = null;
            }
        }
        long started = System.nanoTime();
        Reload outcome;
        try {
            CrisisEngine next = factory.get();
            if (next == null) {
                throw new CrisisRulesException("the engine factory returned null");
            }
            synchronized (this) {
                current = next.withOffenceHistory(history);
                generation++;
                outcome = new Reload(generation, Duration.ofNanos(System.nanoTime() - started), null);
            }
        } catch (CrisisRulesException e) {
            outcome = new Reload(generation(), Duration.ofNanos(System.nanoTime() - started), e);
        } catch (RuntimeException e) {
            outcome = new Reload(generation(), Duration.ofNanos(System.nanoTime() - started),
                    new CrisisRulesException("the new engine could not be built: " + e, e));
        } catch (Error e) {
            reload.completeExceptionally(e);
            throw e;
        }
        last = outcome;
        tell(outcome);
        reload.complete(outcome);
    }

    private void tell(Reload outcome) {
        try {
            if (outcome.swapped()) {
                LOG.info("{}", outcome);
                listener.reloaded(outcome);
            } else {
                LOG.warn("{}", outcome);
                listener.reloadFailed(outcome);
            }
        } catch (RuntimeException e) {
            LOG.warn("a reload listener failed: {}", e.toString(), e);
        }
    }

    /**
     * @param snapshot what the host sees
     * @return the assessment, by the rules in force when the call started
     * @see CrisisEngine#evaluate(Snapshot)
     */
    public Assessment evaluate(Snapshot snapshot) {
        return current.evaluate(snapshot);
    }

    /**
     * @param comments the comments to moderate
     * @return one decision per comment, in input order
     * @see CrisisEngine#moderate(List)
     */
    public List<ModerationDecision> moderate(List<Comment> comments) {
        return current.moderate(comments);
    }

    /**
     * @param comments the comments to moderate
     * @param context what the host knows besides the comments
     * @return one decision per comment, in input order
     * @see CrisisEngine#moderate(List, ModerationContext)
     */
    public List<ModerationDecision> moderate(List<Comment> comments, ModerationContext context) {
        return current.moderate(comments, context);
    }

    /**
     * @param comments the comments to moderate
     * @param context what the host knows besides the comments
     * @return one outcome per comment, in input order
     * @see CrisisEngine#moderateBatch(List, ModerationContext)
     */
    public List<ModerationOutcome> moderateBatch(List<CommentInput> comments, ModerationContext context) {
        return current.moderateBatch(comments, context);
    }

    /**
     * The whole stream runs on the engine in force when it is created.
     *
     * @param comments the comments to moderate
     * @param context what the host knows besides the comments
     * @return one outcome per comment, in input order
     * @see CrisisEngine#moderateStream(Stream, ModerationContext)
     */
    public Stream<ModerationOutcome> moderateStream(Stream<CommentInput> comments, ModerationContext context) {
        return current.moderateStream(comments, context);
    }

    /**
     * The monitor keeps the rules in force when it is configured. @see CrisisEngine#monitor(BrandContext)
     *
     * @param brand the brand to watch
     * @return this builder
     */
    public CrisisMonitor.Builder monitor(BrandContext brand) {
        return current.monitor(brand);
    }

    /** @return the settings of the engine in force */
    public PolicySettings settings() {
        return current.settings();
    }

    /** @return the rules in force */
    public List<RuleInfo> rules() {
        return current.rules();
    }

    /** @return the offence history every generation shares */
    public OffenceHistory offenceHistory() {
        return history;
    }

    /** Stops the watcher and the background thread; a reload under way is abandoned. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (queued != null) {
                queued.complete(new Reload(generation, Duration.ZERO, new CrisisRulesException("closed before it ran")));
                queued = null;
            }
        }
        if (watcher != null) {
            watcher.close();
        }
        worker.shutdownNow();
    }

    /** Configures a {@link ReloadableEngine}. */
    public static final class Builder {
        private final Supplier<CrisisEngine> factory;
        private ReloadListener listener = new ReloadListener() {
        };
        private final List<Path> watched = new java.util.ArrayList<>();
        private Duration quietPeriod = Duration.ofSeconds(1);

        private Builder(Supplier<CrisisEngine> factory) {
            this.factory = Checks.required("factory", factory);
        }

        /**
         * @param listener told about every reload
         * @return this builder
         */
        public Builder listener(ReloadListener listener) {
            this.listener = Checks.required("listener", listener);
            return this;
        }

        /**
         * Reloads whenever a file below {@code folder} is created, changed or deleted, once the
         * folder has been quiet for the {@linkplain #quietPeriod quiet period}.
         *
         * @param folder a rules folder (its sub-folders are watched too)
         * @return this builder
         */
        public Builder watch(Path folder) {
            watched.add(Checks.required("folder", folder));
            return this;
        }

        /**
         * @param quietPeriod how long watched folders must stay unchanged before a reload (default
         *                    1 s), so that copying many files gives one reload
         * @return this builder
         */
        public Builder quietPeriod(Duration quietPeriod) {
            Checks.required("quietPeriod", quietPeriod);
            if (quietPeriod.isNegative()) {
                throw new InvalidInputException("quietPeriod", quietPeriod, "be >= 0");
            }
            this.quietPeriod = quietPeriod;
            return this;
        }

        /**
         * Builds the first engine, in this thread, and starts watching.
         *
         * @return the reloadable engine
         * @throws RuleCompilationException if the first rules do not compile (there is nothing to fall back on)
         * @throws CrisisRulesException     if a watched folder cannot be watched
         */
        public ReloadableEngine build() {
            return new ReloadableEngine(this);
        }
    }
}
