package io.crisisrules.kafka;

import io.crisisrules.CrisisEngine;
import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.SignalChange;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * Per-brand monitoring as a Kafka Streams topology: a brand's mention counts, mentions, KPI points
 * and complaints in, its alert and incident changes out ({@link SignalChange} and
 * {@link IncidentChange} documents, keyed by brand, timestamped at the change), each brand's
 * {@link io.crisisrules.CrisisMonitor} kept in a state store as a {@link MonitorCheckpoint}.
 *
 * <pre>{@code
 * Topology topology = MonitoringTopology.builder(engine)                // built once per instance
 *         .eventsTopic("brand-events").changesTopic("brand-changes").deadLetterTopic("brand-events-dead-letters")
 *         .brandProfilesTopic("brand-profiles")                          // or .brands(lookup)
 *         .build();
 * }</pre>
 *
 * <ul>
 *   <li><b>Input</b>: the events topic is keyed by brand id (all of a brand's events in one partition, in
 *       order); each value is a {@code mentionCount}, {@code mention}, {@code metricObservation} or
 *       {@code complaint} document ({@link CrisisSerdes}); the record timestamp drives stream time.</li>
 *   <li><b>State</b>: after every push the event is added to the brand's journal, and every
 *       {@link Builder#checkpointEvery(int) so many} entries the brand's checkpoint is rewritten, in the
 *       same transaction as the changes it reported under exactly-once, so a rebalance or a crash moves
 *       a brand to another instance with its alerts, incident, deadlines and baseline (its checkpoint
 *       replayed with its journal), and the changes seen downstream are those of one monitor that never
 *       stopped.</li>
 *   <li><b>Quiet brands</b>: each time the partition's stream time crosses a multiple of
 *       {@link Builder#tickEvery(Duration)} (5 minutes), every brand of the partition is advanced to it,
 *       so intervals close and alerts resolve for brands that went silent. A partition that receives
 *       nothing at all does not move, since stream time is made by records: a host whose partitions
 *       may fall silent sends {@link Heartbeats} to every partition.</li>
 *   <li><b>Bad records</b> — not a brand event, no key, a brand without a profile, an event the monitor
 *       refuses (a mention count for an interval before the latest) — go to the dead-letter topic with
 *       the reason; the brand's monitor goes on as if they had not come.</li>
 * </ul>
 */
public final class MonitoringTopology {
    /** The default name of the checkpoint store. */
    public static final String DEFAULT_CHECKPOINT_STORE = "crisis-monitor-checkpoints";
    /** How many journal entries a brand's checkpoint is rewritten after, by default. */
    public static final int DEFAULT_CHECKPOINT_EVERY = 100;
    /** How many brands' monitors a task keeps in memory, by default. */
    public static final int DEFAULT_LIVE_MONITORS = 1_000;
    static final String PROFILE_STORE = "crisis-brand-profiles";

    /** The names of the monitoring processor's stores. */
    record StoreNames(String checkpoints, String journal, String ticks) {
        static StoreNames named(String checkpoints) {
            return new StoreNames(checkpoints, checkpoints + "-journal", checkpoints + "-ticks");
        }
    }

    private MonitoringTopology() {
    }

    /**
     * @param engine the instance's engine: rules and the deployment's settings; brands' settings are derived from it
     * @return a builder with the topics {@code brand-events}, {@code brand-changes} and
     *         {@code brand-events-dead-letters}; set where brands come from before {@link Builder#build()}
     */
    public static Builder builder(CrisisEngine engine) {
        return new Builder(Objects.requireNonNull(engine, "engine"));
    }

    /** Configures a monitoring topology. */
    public static final class Builder {
        private final CrisisEngine engine;
        private String eventsTopic = "brand-events";
        private String changesTopic = "brand-changes";
        private String deadLetterTopic = "brand-events-dead-letters";
        private String checkpointStore = DEFAULT_CHECKPOINT_STORE;
        private String profilesTopic;
        private BrandLookup brands;
        private Duration tickInterval = Duration.ofMinutes(5);
        private Duration mentionInterval = Duration.ofMinutes(5);
        private int checkpointEvery = DEFAULT_CHECKPOINT_EVERY;
        private int liveMonitors = DEFAULT_LIVE_MONITORS;
        private boolean inMemoryStore;

        private Builder(CrisisEngine engine) {
            this.engine = engine;
        }

        /**
         * @param topic where brands' events arrive, keyed by brand id
         * @return this builder
         */
        public Builder eventsTopic(String topic) {
            this.eventsTopic = ModerationTopology.requireName("eventsTopic", topic);
            return this;
        }

        /**
         * @param topic where signal and incident changes are written, keyed by brand id
         * @return this builder
         */
        public Builder changesTopic(String topic) {
            this.changesTopic = ModerationTopology.requireName("changesTopic", topic);
            return this;
        }

        /**
         * @param topic where refused events are written, with the reason in their headers
         * @return this builder
         */
        public Builder deadLetterTopic(String topic) {
            this.deadLetterTopic = ModerationTopology.requireName("deadLetterTopic", topic);
            return this;
        }

        /**
         * @param name the checkpoint store's name; its changelog is {@code <application.id>-<name>-changelog}
         * @return this builder
         */
        public Builder checkpointStore(String name) {
            this.checkpointStore = ModerationTopology.requireName("checkpointStore", name);
            return this;
        }

        /**
         * Brands from a compacted topic keyed by brand id, values in {@link CrisisSerdes#brandProfiles()},
         * read into a global store on every instance. A changed profile applies from the brand's next event
         * (its monitor is restored from its checkpoint under the new settings).
         *
         * @param topic the profile topic
         * @return this builder
         */
        public Builder brandProfilesTopic(String topic) {
            this.profilesTopic = ModerationTopology.requireName("brandProfilesTopic", topic);
            this.brands = null;
            return this;
        }

        /**
         * Brands from the host, asked on every event (cache in the lookup if it is slow).
         *
         * @param lookup the host's lookup; thread-safe
         * @return this builder
         */
        public Builder brands(BrandLookup lookup) {
            this.brands = Objects.requireNonNull(lookup, "lookup");
            this.profilesTopic = null;
            return this;
        }

        /**
         * @param interval how often, in stream time, every brand of a partition is advanced; from 1 second to 1 day
         * @return this builder
         */
        public Builder tickEvery(Duration interval) {
            this.tickInterval = requireWithin("tickEvery", interval);
            return this;
        }

        /**
         * @param interval the interval single mentions are counted in, for brands first seen (a restored
         *                 monitor keeps its checkpoint's); 5 minutes by default
         * @return this builder
         */
        public Builder mentionInterval(Duration interval) {
            this.mentionInterval = requireWithin("mentionInterval", interval);
            return this;
        }

        /**
         * How often a brand's checkpoint is rewritten: after so many journaled events and ticks. In
         * between, a push adds one small entry to the brand's journal (its event as it came); a brand
         * restored elsewhere replays at most that many entries over its checkpoint. Lower costs more
         * per push (a checkpoint of a week of 5-minute counts is about 90 kB), higher costs more per
         * restore.
         *
         * @param entries from 1 (a checkpoint after every push) to 100,000; {@value #DEFAULT_CHECKPOINT_EVERY} by default
         * @return this builder
         */
        public Builder checkpointEvery(int entries) {
            this.checkpointEvery = requireWithin("checkpointEvery", entries, 100_000);
            return this;
        }

        /**
         * How many brands' monitors a task keeps in memory; beyond, the least recently used is dropped
         * and restored from the stores when it is next needed (a tick needs every brand of the task).
         *
         * @param monitors from 1 to 1,000,000; {@value #DEFAULT_LIVE_MONITORS} by default
         * @return this builder
         */
        public Builder liveMonitors(int monitors) {
            this.liveMonitors = requireWithin("liveMonitors", monitors, 1_000_000);
            return this;
        }

        /**
         * Keeps checkpoints in memory instead of RocksDB: rebuilt from the changelog on every start.
         *
         * @return this builder
         */
        public Builder inMemoryStore() {
            this.inMemoryStore = true;
            return this;
        }

        /**
         * @return the topology, to run with {@code new KafkaStreams(topology, properties)}
         * @throws io.crisisrules.InvalidInputException if no brand source was set
         */
        public Topology build() {
            StreamsBuilder builder = new StreamsBuilder();
            addTo(builder);
            return builder.build();
        }

        /**
         * Adds the monitoring to a topology the host builds.
         *
         * @param builder the host's builder
         * @throws io.crisisrules.InvalidInputException if no brand source was set
         */
        public void addTo(StreamsBuilder builder) {
            if (brands == null && profilesTopic == null) {
                throw new io.crisisrules.InvalidInputException("brands", null,
                        "be set: brandProfilesTopic(topic) or brands(lookup)");
            }
            StoreNames stores = StoreNames.named(checkpointStore);
            // caching: what is put between two commits reaches the changelog once per key
            builder.addStateStore(Stores.keyValueStoreBuilder(supplier(stores.checkpoints()),
                    Serdes.String(), CrisisSerdes.document(MonitorCheckpoint.class)).withCachingEnabled());
            builder.addStateStore(Stores.keyValueStoreBuilder(supplier(stores.journal()),
                    Serdes.String(), Serdes.ByteArray()).withCachingEnabled());
            builder.addStateStore(Stores.keyValueStoreBuilder(supplier(stores.ticks()),
                    Serdes.String(), Serdes.Long()));

            Function<ProcessorContext<?, ?>, BrandLookup> lookups;
            if (profilesTopic != null) {
                builder.globalTable(profilesTopic, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("crisis-brand-profiles"),
                        Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(PROFILE_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()));
                lookups = context -> new ProfileStoreLookup(context.getStateStore(PROFILE_STORE));
            } else {
                BrandLookup lookup = brands;
                lookups = context -> lookup;
            }
            Duration ticks = tickInterval;
            Duration mentions = mentionInterval;
            int every = checkpointEvery;
            int liveLimit = liveMonitors;
            KStream<String, Emitted> emitted = builder
                    .stream(eventsTopic, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("crisis-brand-events"))
                    .process(() -> new MonitoringProcessor(engine, lookups, stores, ticks, mentions, every, liveLimit),
                            Named.as("crisis-monitor"), stores.checkpoints(), stores.journal(), stores.ticks());
            Sinks.to(emitted, changesTopic, CrisisSerdes.documents(SignalChange.class, IncidentChange.class),
                    deadLetterTopic, "crisis-monitoring");
        }

        private KeyValueBytesStoreSupplier supplier(String name) {
            return inMemoryStore ? Stores.inMemoryKeyValueStore(name)
                    : Stores.persistentKeyValueStore(name);
        }

        private static int requireWithin(String field, int value, int max) {
            if (value < 1 || value > max) {
                throw new io.crisisrules.InvalidInputException(field, value, "be within [1, " + max + "]");
            }
            return value;
        }

        private static Duration requireWithin(String field, Duration interval) {
            Objects.requireNonNull(interval, field);
            if (interval.compareTo(Duration.ofSeconds(1)) < 0 || interval.compareTo(Duration.ofDays(1)) > 0) {
                throw new io.crisisrules.InvalidInputException(field, interval, "be within [1s, 1d]");
            }
            return interval;
        }
    }
}
