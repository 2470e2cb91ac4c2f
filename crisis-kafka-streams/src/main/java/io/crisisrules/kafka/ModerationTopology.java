package io.crisisrules.kafka;

import io.crisisrules.CrisisEngine;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.ModerationOutcome;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Moderation as a Kafka Streams topology: every record of the comments topic gets exactly one
 * {@link ModerationOutcome} on the decisions topic — a decision, or a rejection naming the field and
 * the value — and every rejected record is also written to the dead-letter topic, value unchanged,
 * with the reason in its headers ({@link DeadLetterHeaders}). Nothing is dropped.
 *
 * <pre>{@code
 * Topology topology = ModerationTopology.builder(engine)          // built once per instance
 *         .commentsTopic("comments").decisionsTopic("decisions").deadLetterTopic("comments-dead-letters")
 *         .build();
 * }</pre>
 *
 * <ul>
 *   <li><b>Input</b>: values are comment documents ({@code CommentInput}, {@link CrisisSerdes}); the key is free
 *       (the comment id, say) and the record timestamp is the posting time, the engine's evaluation time.</li>
 *   <li><b>Repeat offenders (MOD-04)</b>: readable comments are repartitioned by author (an internal topic,
 *       {@code <application.id>-crisis-comments-by-author-repartition}) and moderated next to a key-value
 *       store of the authors' offences, so an author's offences count whichever instance sees them, and
 *       move with the partition. Retried records count once.</li>
 *   <li><b>Output</b>: the decisions topic is keyed by comment id (a record whose id cannot be read keeps
 *       its key); an outcome's {@code index} is the comment's offset in the comments topic.</li>
 * </ul>
 *
 * <p>The engine's own offence history and clock are replaced, per task, by the store and the record's
 * timestamp; its rules, settings, classifier and listeners are used as they are.
 */
public final class ModerationTopology {
    /** The default name of the offence store (and of its changelog topic's suffix). */
    public static final String DEFAULT_OFFENCE_STORE = "crisis-offences";
    static final String REPARTITION = "crisis-comments-by-author";

    private ModerationTopology() {
    }

    /**
     * @param engine the instance's engine: rules, settings, classifier; thread-safe, shared by every task
     * @return a builder with the topics {@code comments}, {@code decisions} and {@code comments-dead-letters}
     */
    public static Builder builder(CrisisEngine engine) {
        return new Builder(Objects.requireNonNull(engine, "engine"));
    }

    /** Configures a moderation topology. */
    public static final class Builder {
        private final CrisisEngine engine;
        private String commentsTopic = "comments";
        private String decisionsTopic = "decisions";
        private String deadLetterTopic = "comments-dead-letters";
        private String offenceStore = DEFAULT_OFFENCE_STORE;
        private boolean inMemoryStore;
        private Function<CommentInput, ModerationContext> contexts = comment -> ModerationContext.NONE;

        private Builder(CrisisEngine engine) {
            this.engine = engine;
        }

        /**
         * @param topic where comments arrive
         * @return this builder
         */
        public Builder commentsTopic(String topic) {
            this.commentsTopic = requireName("commentsTopic", topic);
            return this;
        }

        /**
         * @param topic where one outcome per comment is written
         * @return this builder
         */
        public Builder decisionsTopic(String topic) {
            this.decisionsTopic = requireName("decisionsTopic", topic);
            return this;
        }

        /**
         * @param topic where rejected records are written, with the reason in their headers
         * @return this builder
         */
        public Builder deadLetterTopic(String topic) {
            this.deadLetterTopic = requireName("deadLetterTopic", topic);
            return this;
        }

        /**
         * @param name the offence store's name; its changelog is {@code <application.id>-<name>-changelog}
         * @return this builder
         */
        public Builder offenceStore(String name) {
            this.offenceStore = requireName("offenceStore", name);
            return this;
        }

        /**
         * Keeps the offence store in memory instead of RocksDB: it is then rebuilt from its changelog
         * on every start, which suits small deployments and tests.
         *
         * @return this builder
         */
        public Builder inMemoryStore() {
            this.inMemoryStore = true;
            return this;
        }

        /**
         * @param contexts whether a crisis is open for a comment's brand (MOD-07, MOD-08), e.g. from the
         *                 host's view of the monitoring topology's incidents; called on stream threads.
         *                 {@link ModerationContext#NONE} for every comment by default
         * @return this builder
         */
        public Builder moderationContext(Function<CommentInput, ModerationContext> contexts) {
            this.contexts = Objects.requireNonNull(contexts, "contexts");
            return this;
        }

        /** @return the topology, to run with {@code new KafkaStreams(topology, properties)} */
        public Topology build() {
            StreamsBuilder builder = new StreamsBuilder();
            addTo(builder);
            return builder.build();
        }

        /**
         * Adds the moderation to a topology the host builds, next to its own streams or the monitoring.
         *
         * @param builder the host's builder
         */
        public void addTo(StreamsBuilder builder) {
            Serde<CommentInput> comments = CrisisSerdes.document(CommentInput.class);
            Serde<Object> outcomes = CrisisSerdes.documents(ModerationOutcome.class);
            KeyValueBytesStoreSupplier supplier = inMemoryStore ? Stores.inMemoryKeyValueStore(offenceStore)
                    : Stores.persistentKeyValueStore(offenceStore);
            builder.addStateStore(Stores.keyValueStoreBuilder(supplier, Serdes.String(), new OffenceListSerde()));

            Map<String, KStream<String, ParsedComment>> read = builder
                    .stream(commentsTopic, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("crisis-comments"))
                    .process(CommentReader::new, Named.as("crisis-read-comments"))
                    .split(Named.as("crisis-comments-"))
                    .branch((key, comment) -> comment.isReadable(), Branched.as("readable"))
                    .defaultBranch(Branched.as("rejected"));

            KStream<String, Emitted> moderated = read.get("crisis-comments-readable")
                    .mapValues(ParsedComment::comment, Named.as("crisis-comment-input"))
                    .repartition(Repartitioned.with(Serdes.String(), comments).withName(REPARTITION))
                    .process(() -> new ModerationProcessor(engine, offenceStore, contexts), Named.as("crisis-moderate"),
                            offenceStore);
            KStream<String, Emitted> rejected = read.get("crisis-comments-rejected")
                    .mapValues(parsed -> new Emitted(ModerationOutcome.rejected(parsed.offset(), parsed.rejection()),
                            parsed.value(), parsed.rejection().field(), parsed.rejection().reason()),
                            Named.as("crisis-comment-rejection"));

            Sinks.to(moderated.merge(rejected, Named.as("crisis-outcomes")), decisionsTopic, outcomes, deadLetterTopic,
                    "crisis-moderation");
        }
    }

    static String requireName(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new io.crisisrules.InvalidInputException(field, name, "not be blank");
        }
        return name;
    }
}
