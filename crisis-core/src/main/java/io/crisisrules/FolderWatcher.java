package io.crisisrules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches rule folders (and the folders below them, new ones included) with the platform's
 * {@link WatchService} and runs an action once they have been quiet for a while, so an editor's
 * save or a deployment copying many files gives one run, after its last file. It is what
 * {@link ReloadableEngine.Builder#watch} reloads with, and what {@code crisis check-rules --watch}
 * re-checks with:
 *
 * <pre>{@code
 * try (FolderWatcher watcher = FolderWatcher.start(List.of(rules), Duration.ofMillis(300),
 *         () -> report(CrisisEngine.builder().rulesDirectory(rules).check()))) {
 *     ...
 * }
 * }</pre>
 *
 * <p>The action runs on a daemon thread of the watcher's own, never twice at once. Closing stops
 * watching; an action under way finishes.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final WatchService service;
    private final Duration quietPeriod;
    private final ScheduledExecutorService scheduler;
    private final boolean ownScheduler;
    private final Runnable action;
    private final Thread thread;
    private ScheduledFuture<?> pending;

    /**
     * Starts watching.
     *
     * @param folders     the folders to watch, with every folder below them
     * @param quietPeriod how long nothing must change before the action runs; zero or more
     * @param action      what to run after a change
     * @return the running watcher; close it to stop
     * @throws CrisisRulesException if a folder does not exist or cannot be watched
     * @throws InvalidInputException if the quiet period is negative
     */
    public static FolderWatcher start(List<Path> folders, Duration quietPeriod, Runnable action) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "crisis-rules-watch-action");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new FolderWatcher(folders, quietPeriod, scheduler, true, action);
        } catch (RuntimeException e) {
            scheduler.shutdownNow();
            throw e;
        }
    }

    /** A watcher running its action on the caller's scheduler, which it does not shut down. */
    FolderWatcher(List<Path> folders, Duration quietPeriod, ScheduledExecutorService scheduler, boolean ownScheduler,
                  Runnable action) {
        Objects.requireNonNull(folders, "folders");
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        if (quietPeriod.isNegative()) {
            throw new InvalidInputException("quietPeriod", quietPeriod, "be >= 0");
        }
        this.quietPeriod = quietPeriod;
        this.scheduler = scheduler;
        this.ownScheduler = ownScheduler;
        this.action = Objects.requireNonNull(action, "action");
        try {
            this.service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new CrisisRulesException("cannot watch " + folders + ": " + e.getMessage(), e);
        }
        try {
            for (Path folder : folders) {
                registerTree(folder);
            }
        } catch (IOException e) {
            close();
            throw new CrisisRulesException("cannot watch " + folders + ": " + e.getMessage(), e);
        }
        this.thread = new Thread(this::loop, "crisis-rules-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                path.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = (Path) key.watchable();
                key.pollEvents().forEach(event -> {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                        Path created = folder.resolve(name);
                        if (Files.isDirectory(created)) {
                            try {
                                registerTree(created);
                            } catch (IOException e) {
                                LOG.warn("cannot watch the new folder {}: {}", created, e.getMessage());
                            }
                        }
                    }
                });
                key.reset();
                changed();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private synchronized void changed() {
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            pending = scheduler.schedule(action, quietPeriod.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    /** Stops watching; an action under way finishes, one not yet started does not run. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service", e);
        }
        if (thread != null) {
            thread.interrupt();
        }
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
            }
        }
        if (ownScheduler) {
            scheduler.shutdown();
        }
    }
}
