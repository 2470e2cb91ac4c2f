package io.crisisrules.kafka;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisRulesException;
import io.crisisrules.InvalidInputException;
import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.SignalChange;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the monitors of the brands of one partition ({@link BrandMonitors}). Each brand's state is in
 * the stores as a {@link MonitorCheckpoint} and a journal of the events and ticks since, written
 * after every push in the same transaction as the changes it reported, so the task can move to
 * another instance (or be restored after a crash) and its monitors continue exactly where the
 * committed output left them.
 *
 * <p><b>Ticks.</b> When the task's stream time crosses a multiple of the tick interval, every brand
 * of the task is advanced to that instant before the record is pushed, so quiet brands' intervals
 * close and their alerts resolve. Ticks are driven by the records in partition order (the last tick
 * is in a store too), not by the poll loop, so a restored task ticks exactly where the original did
 * and the output does not depend on which instance ran it. A {@link Heartbeats heartbeat} record
 * moves stream time without being an event of any brand.
 */
final class MonitoringProcessor implements Processor<String, byte[], String, Emitted> {
    private static final Logger LOG = LoggerFactory.getLogger(MonitoringProcessor.class);
    static final String LAST_TICK = "last-tick";

    private final CrisisEngine engine;
    private final Function<ProcessorContext<?, ?>, BrandLookup> lookups;
    private final MonitoringTopology.StoreNames stores;
    private final long tickMillis;
    private final Duration mentionInterval;
    private final int checkpointEvery;
    private final int liveLimit;

    private ProcessorContext<String, Emitted> context;
    private KeyValueStore<String, Long> ticks;
    private BrandLookup lookup;
    private BrandMonitors monitors;

    MonitoringProcessor(CrisisEngine engine, Function<ProcessorContext<?, ?>, BrandLookup> lookups,
                        MonitoringTopology.StoreNames stores, Duration tickInterval, Duration mentionInterval,
                        int checkpointEvery, int liveLimit) {
        this.engine = engine;
        this.lookups = lookups;
        this.stores = stores;
        this.tickMillis = tickInterval.toMillis();
        this.mentionInterval = mentionInterval;
        this.checkpointEvery = checkpointEvery;
        this.liveLimit = liveLimit;
    }

    @Override
    public void init(ProcessorContext<String, Emitted> context) {
        this.context = context;
        this.ticks = context.getStateStore(stores.ticks());
        this.lookup = lookups.apply(context);
        this.monitors = new BrandMonitors(engine, mentionInterval, checkpointEvery, liveLimit,
                context.getStateStore(stores.checkpoints()), new BrandJournal(context.getStateStore(stores.journal())));
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Record<String, byte[]> sourced = record.withHeaders(SourceHeaders.withSource(record.headers(), context));
        if (Heartbeats.isHeartbeat(record)) {
            tick(context.currentStreamTimeMs());
            return;
        }
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
            // the push may be half-applied: the stores still hold the state before it
            monitors.discard(brandId);
            deadLetter(sourced, e instanceof InvalidInputException invalid ? invalid.field() : "rules", e.getMessage());
            return;
        }
        emit(brandId, monitor);
        monitors.pushed(brandId, monitor, record.value());
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
        for (String brandId : monitors.brands()) {
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
            monitors.advanced(brandId, monitor, at);
        }
    }

    private void emit(String brandId, LiveMonitor monitor) {
        for (Object change : monitor.drainChanges()) {
            Instant at = change instanceof SignalChange signal ? signal.at() : ((IncidentChange) change).at();
            context.forward(new Record<>(brandId, Emitted.output(change), at.toEpochMilli()));
        }
    }

    /** @throws InvalidInputException when the brand has no profile, or a bad one */
    private LiveMonitor monitor(String brandId) {
        BrandProfile profile = lookup.find(brandId).orElseThrow(() -> new InvalidInputException("key", brandId,
                "name a brand with a profile (brand-profile topic or BrandLookup)"));
        return monitors.monitor(brandId, profile);
    }

    private void deadLetter(Record<String, byte[]> record, String field, String reason) {
        context.forward(record.withValue(Emitted.deadLetter(record.value(), field, reason)));
    }

    @Override
    public void close() {
        if (monitors != null) {
            monitors.close();
        }
    }
}
