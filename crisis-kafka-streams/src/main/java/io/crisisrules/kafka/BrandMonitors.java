package io.crisisrules.kafka;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.CrisisRulesException;
import io.crisisrules.InvalidInputException;
import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.settings.InvalidSettingException;
import io.crisisrules.settings.PolicySettings;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The monitors of one task's brands: the live ones in memory (at most so many, the least recently
 * used dropped first), every brand's state in the stores as a checkpoint and a journal of what
 * happened since ({@link BrandJournal}). A brand that is not live is restored from its checkpoint by
 * replaying its journal, so the stores alone are the truth and a live monitor is only a cache.
 */
final class BrandMonitors implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BrandMonitors.class);

    private final CrisisEngine engine;
    private final Duration mentionInterval;
    private final int checkpointEvery;
    private final int liveLimit;
    private final KeyValueStore<String, MonitorCheckpoint> checkpoints;
    private final BrandJournal journal;
    private final Map<PolicySettings, CrisisEngine> engines = new HashMap<>();
    private final LinkedHashMap<String, LiveMonitor> live = new LinkedHashMap<>(16, 0.75f, true);
    // sorted, so a restored task ticks its brands in the order the first one did
    private TreeSet<String> known;

    BrandMonitors(CrisisEngine engine, Duration mentionInterval, int checkpointEvery, int liveLimit,
                  KeyValueStore<String, MonitorCheckpoint> checkpoints, BrandJournal journal) {
        this.engine = engine;
        this.mentionInterval = mentionInterval;
        this.checkpointEvery = checkpointEvery;
        this.liveLimit = liveLimit;
        this.checkpoints = checkpoints;
        this.journal = journal;
    }

    /**
     * @return the brand's monitor under {@code profile}; a monitor that ran under another profile
     *         continues from its state under the new one
     * @throws InvalidInputException when the profile's settings are invalid
     */
    LiveMonitor monitor(String brandId, BrandProfile profile) {
        LiveMonitor current = live.get(brandId);
        if (current == null) {
            current = restore(brandId, profile);
        }
        if (current.profile().equals(profile)) {
            return current;
        }
        LiveMonitor restarted = start(profile, current.monitor().checkpoint());
        restarted.journaled(current.journaled());
        current.close();
        live.put(brandId, restarted);
        checkpoint(brandId, restarted);
        return restarted;
    }

    /** Journals an event the brand's monitor took. */
    void pushed(String brandId, LiveMonitor monitor, byte[] document) {
        append(brandId, monitor, new BrandJournal.Event(document));
    }

    /** Journals a tick the brand's monitor was advanced by. */
    void advanced(String brandId, LiveMonitor monitor, Instant at) {
        append(brandId, monitor, new BrandJournal.Tick(at));
    }

    /** Forgets the live monitor after a push that failed half-way: the stores still hold the state before it. */
    void discard(String brandId) {
        LiveMonitor dropped = live.remove(brandId);
        if (dropped != null) {
            dropped.close();
        }
    }

    /** @return the ids of every brand the stores hold, in a fixed order */
    List<String> brands() {
        return List.copyOf(known());
    }

    private TreeSet<String> known() {
        if (known == null) {
            // read once per task: the journal's keys, not the checkpoints (each a document to parse)
            known = new TreeSet<>(journal.brands());
        }
        return known;
    }

    private void append(String brandId, LiveMonitor monitor, BrandJournal.Entry entry) {
        if (monitor.journaled() >= checkpointEvery) {
            // the checkpoint taken now includes the entry
            checkpoint(brandId, monitor);
        } else {
            journal.append(brandId, monitor.journaled(), entry);
            monitor.journaled(monitor.journaled() + 1);
        }
    }

    private void checkpoint(String brandId, LiveMonitor monitor) {
        checkpoints.put(brandId, monitor.monitor().checkpoint());
        journal.clear(brandId, monitor.journaled());
        journal.append(brandId, 0, new BrandJournal.Profile(BrandProfiles.write(monitor.profile())));
        monitor.journaled(1);
    }

    private LiveMonitor restore(String brandId, BrandProfile profile) {
        MonitorCheckpoint base = checkpoints.get(brandId);
        if (base == null) {
            LiveMonitor started = start(profile, null);
            keep(brandId, started);
            checkpoint(brandId, started);
            known().add(brandId);
            return started;
        }
        List<BrandJournal.Entry> entries = journal.entries(brandId);
        BrandProfile written = !entries.isEmpty() && entries.get(0) instanceof BrandJournal.Profile saved
                ? BrandProfiles.read(saved.document()) : profile;
        LiveMonitor restored = start(written, base);
        for (BrandJournal.Entry entry : entries) {
            replay(brandId, restored.monitor(), entry);
        }
        restored.drainChanges();   // reported before, when the entries were journaled
        restored.journaled(entries.size());
        keep(brandId, restored);
        return restored;
    }

    private static void replay(String brandId, CrisisMonitor monitor, BrandJournal.Entry entry) {
        try {
            if (entry instanceof BrandJournal.Event event) {
                BrandEvents.push(monitor, BrandEvents.DOCUMENTS.read(event.document()));
            } else if (entry instanceof BrandJournal.Tick tick) {
                monitor.advanceTo(tick.at());
            }
        } catch (CrisisRulesException e) {
            // it was taken when journaled: only a deployment with other rules can refuse it now
            LOG.warn("brand {}: a journaled event is refused on replay and skipped: {}", brandId, e.getMessage());
        }
    }

    private void keep(String brandId, LiveMonitor monitor) {
        live.put(brandId, monitor);
        Iterator<LiveMonitor> eldest = live.values().iterator();
        while (live.size() > liveLimit) {
            eldest.next().close();
            eldest.remove();
        }
    }

    private LiveMonitor start(BrandProfile profile, MonitorCheckpoint saved) {
        PolicySettings settings;
        try {
            settings = profile.settingsOver(engine.settings());
        } catch (InvalidSettingException e) {
            throw new InvalidInputException("settings", profile.settings(), "be valid settings (" + e.getMessage() + ")");
        }
        CrisisEngine brandEngine = engines.computeIfAbsent(settings, engine::withSettings);
        LiveMonitor started = new LiveMonitor(profile);
        CrisisMonitor.Builder builder = brandEngine.monitor(profile.brand()).listener(started);
        if (saved != null) {
            builder.restore(saved);
        } else {
            builder.mentionInterval(mentionInterval);
        }
        started.start(builder.start());
        return started;
    }

    @Override
    public void close() {
        live.values().forEach(LiveMonitor::close);
        live.clear();
        engines.clear();
    }
}
