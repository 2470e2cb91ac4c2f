package io.crisisrules.kafka;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.CrisisRulesException;
import io.crisisrules.InvalidInputException;
import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.SignalChange;
import io.crisisrules.settings.InvalidSettingException;
import io.crisisrules.settings.PolicySettings;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the monitors of the brands of one partition. The state store holds each brand's
 * {@link MonitorCheckpoint}, written after every push in the same transaction as the changes it
 * reported, so the task can move to another instance (or be restored after a crash) and its
 * monitors continue exactly where the committed output left them. Live monitors are a cache of the
 * store: dropped when the task closes, rebuilt from the store when it opens.
 *
 * <p><b>Ticks.</b> When the task's stream time crosses a multiple of the tick interval, every brand
 * of the task is advanced to that instant before the record is pushed, so quiet brands' intervals
 * close and their alerts resolve. Ticks are driven by the records in partition order (the last tick
 * is in a store too), not by the poll loop, so a restored task ticks exactly where the original did
 * and the output does not depend on which instance ran it.
 */
final class MonitoringProcessor implements Processor<String, byte[], String, Emitted> {
    private static final Logger LOG = LoggerFactory.getLogger(MonitoringProcessor.class);
    static final String LAST_TICK = "last-tick";

    private final CrisisEngine engine;
    private final Function<ProcessorContext<?, ?>, BrandLookup> lookups;
    private final String checkpointStore;
    private final String tickStore;
    private final long tickMillis;
    private final Duration mentionInterval;

    private final Map<String, LiveMonitor> live = new HashMap<>();
    private final Map<PolicySettings, CrisisEngine> engines = new HashMap<>();
    private ProcessorContext<String, Emitted> context;
    private KeyValueStore<String, MonitorCheckpoint> checkpoints;
    private KeyValueStore<String, Long> ticks;
    private BrandLookup lookup;

    MonitoringProcessor(CrisisEngine engine, Function<ProcessorContext<?, ?>, BrandLookup> lookups, String checkpointStore,
                        String tickStore, Duration tickInterval, Duration mentionInterval) {
        this.engine = engine;
        this.lookups = lookups;
        this.checkpointStore = checkpointStore;
        this.tickStore = tickStore;
        this.tickMillis = tickInterval.toMillis();
        this.mentionInterval = mentionInterval;
    }

    @Override
    public void init(ProcessorContext<String, Emitted> context) {
        this.context = context;
        this.checkpoints = context.getStateStore(checkpointStore);
        this.ticks = context.getStateStore(tickStore);
        this.lookup = lookups.apply(context);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Record<String, byte[]> sourced = record.withHeaders(SourceHeaders.withSource(record.headers(), context));
        String brandId = record.key();
        if (brandId == null || brandId.isBlank()) {
            deadLetter(sourced, "key", new InvalidInputException("key", brandId, "be the brand id").getMessage());
            return;
        }
        Object event;
        try {
            event = BrandEvents.DOCUMENTS.read(record.value());
        } catch (InvalidInputException e) {
            deadLetter(sourced, e.field(), e.getMessage());
            return;
        }
        tick(context.currentStreamTimeMs());
        LiveMonitor monitor;
        try {
            monitor = monitor(brandId);
        } catch (InvalidInputException e) {
            deadLetter(sourced, e.field(), e.getMessage());
            return;
        }
        try {
            BrandEvents.push(monitor.monitor(), event);
        } catch (CrisisRulesException e) {
            // the push may be half-applied: the store still holds the state before it
            drop(brandId);
            deadLetter(sourced, e instanceof InvalidInputException invalid ? invalid.field() : "rules", e.getMessage());
            return;
        }
        emit(brandId, monitor);
    }

    private void tick(long streamTime) {
        if (streamTime < 0) {
            return;
        }
        long boundary = Math.floorDiv(streamTime, tickMillis) * tickMillis;
        Long last = ticks.get(LAST_TICK);
        if (last != null && boundary <= last) {
            return;
        }
        ticks.put(LAST_TICK, boundary);
        if (last == null) {
            return;
        }
        Instant at = Instant.ofEpochMilli(boundary);
        List<String> brands = new ArrayList<>();
        try (KeyValueIterator<String, MonitorCheckpoint> all = checkpoints.all()) {
            all.forEachRemaining((KeyValue<String, MonitorCheckpoint> entry) -> brands.add(entry.key));
        }
        for (String brandId : brands) {
            LiveMonitor monitor;
            try {
                monitor = monitor(brandId);
            } catch (InvalidInputException e) {
                LOG.warn("brand not ticked: {}", e.getMessage());
                continue;
            }
            Optional<Instant> now = monitor.monitor().now();
            if (now.isPresent() && !now.get().isBefore(at)) {
                continue;
            }
            monitor.monitor().advanceTo(at);
            emit(brandId, monitor);
        }
    }

    private void emit(String brandId, LiveMonitor monitor) {
        for (Object change : monitor.drainChanges()) {
            Instant at = change instanceof SignalChange signal ? signal.at() : ((IncidentChange) change).at();
            context.forward(new Record<>(brandId, Emitted.output(change), at.toEpochMilli()));
        }
        checkpoints.put(brandId, monitor.monitor().checkpoint());
    }

    /** @throws InvalidInputException when the brand has no profile, or a bad one */
    private LiveMonitor monitor(String brandId) {
        BrandProfile profile = lookup.find(brandId).orElseThrow(() -> new InvalidInputException("key", brandId,
                "name a brand with a profile (brand-profile topic or BrandLookup)"));
        LiveMonitor current = live.get(brandId);
        if (current != null && current.profile().equals(profile)) {
            return current;
        }
        MonitorCheckpoint saved = current != null ? current.monitor().checkpoint() : checkpoints.get(brandId);
        drop(brandId);
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
        live.put(brandId, started);
        return started;
    }

    private void drop(String brandId) {
        LiveMonitor dropped = live.remove(brandId);
        if (dropped != null) {
            dropped.close();
        }
    }

    private void deadLetter(Record<String, byte[]> record, String field, String reason) {
        context.forward(record.withValue(Emitted.deadLetter(record.value(), field, reason)));
    }

    @Override
    public void close() {
        live.values().forEach(LiveMonitor::close);
        live.clear();
        engines.clear();
    }
}
