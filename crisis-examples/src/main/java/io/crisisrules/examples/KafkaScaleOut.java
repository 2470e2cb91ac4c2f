package io.crisisrules.examples;

import io.crisisrules.CrisisEngine;
import io.crisisrules.kafka.BrandLookup;
import io.crisisrules.kafka.CrisisSerdes;
import io.crisisrules.kafka.DeadLetterHeaders;
import io.crisisrules.kafka.ModerationTopology;
import io.crisisrules.kafka.MonitoringTopology;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.Sector;
import io.crisisrules.model.SignalChange;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationOutcome;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * README "Scale-out on Kafka Streams": one instance of an application that moderates comments and
 * monitors brands, exactly once. Start it twice against the same broker (two terminals) and the two
 * instances share the partitions; stop one and the other takes its partitions over, with the
 * authors' offences and the brands' monitors.
 * Run: {@code java -cp "crisis-examples/target/crisis-cli.jar" io.crisisrules.examples.KafkaScaleOut localhost:9092 [--produce] [seconds]}:
 * {@code --produce} writes a demo stream (an author's three insults, a bad record, a brand's mention
 * spike); every instance prints the decisions and changes it reads back, for {@code seconds} (60).
 */
public final class KafkaScaleOut {
    static final String APPLICATION = "crisis-example";
    static final List<String> TOPICS = List.of("comments", "decisions", "comments-dead-letters", "brand-events",
            "brand-changes", "brand-events-dead-letters");
    // recent event times: a broker's time-based retention (7 days by default) deletes older records at once
    private static final Instant START = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofHours(4));

    private KafkaScaleOut() {
    }

    /**
     * @param args the bootstrap servers, then optionally {@code --produce} and how many seconds to run
     * @throws Exception if the broker cannot be reached
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: KafkaScaleOut BOOTSTRAP_SERVERS [--produce] [seconds]");
            System.exit(2);
        }
        boolean produce = List.of(args).contains("--produce");
        long seconds = args.length > 1 && args[args.length - 1].matches("\\d+") ? Long.parseLong(args[args.length - 1]) : 60;
        run(args[0], produce, Duration.ofSeconds(seconds), System.out);
    }

    static void run(String bootstrap, boolean produce, Duration runFor, PrintStream out) throws Exception {
        createTopics(bootstrap);
        CrisisEngine engine = CrisisEngine.builder().build();       // rules and settings: once per instance
        StreamsBuilder builder = new StreamsBuilder();
        ModerationTopology.builder(engine).addTo(builder);
        MonitoringTopology.builder(engine).brands(BrandLookup.everyBrandIn(Sector.RETAIL)).addTo(builder);

        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION);     // the same in every instance
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);           // 3 on a real cluster
        properties.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("crisis-example").toString());
        try (KafkaStreams streams = new KafkaStreams(builder.build(), properties)) {
            streams.start();
            if (produce) {
                produceDemo(bootstrap);
            }
            print(bootstrap, runFor, out);
        }
    }

    private static void createTopics(String bootstrap) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            for (String topic : TOPICS) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 4, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create " + topic, e.getCause());
                    }
                }
            }
        }
    }

    private static void produceDemo(String bootstrap) {
        var comments = CrisisSerdes.document(CommentInput.class).serializer();
        var counts = CrisisSerdes.document(MentionCount.class).serializer();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 1; i <= 3; i++) {
                Instant at = START.plusSeconds(60L * i);
                CommentInput insult = new CommentInput("c" + i, "troll-1", "X", "you are all crooks", at,
                        Set.of("INSULTING"), null, null);
                producer.send(new ProducerRecord<>("comments", null, at.toEpochMilli(), "troll-1", comments.serialize("comments", insult)));
            }
            producer.send(new ProducerRecord<>("comments", "c4", "{\"id\": \"c4\", \"scores\": {\"HATEFUL\": 1.5}}"
                    .getBytes(StandardCharsets.UTF_8)));
            for (int i = 0; i < 40; i++) {
                Instant at = START.plus(Duration.ofMinutes(5L * i));
                long mentions = i >= 24 && i < 27 ? 900 : 40 + i % 3 * 5;
                producer.send(new ProducerRecord<>("brand-events", null, at.toEpochMilli(), "acme",
                        counts.serialize("brand-events", new MentionCount(at, mentions))));
            }
        }
    }

    private static void print(String bootstrap, Duration runFor, PrintStream out) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "crisis-example-reader-" + ProcessHandle.current().pid());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");    // what exactly-once committed
        var outcomes = CrisisSerdes.document(ModerationOutcome.class).deserializer();
        var changes = CrisisSerdes.documents(SignalChange.class, IncidentChange.class).deserializer();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("decisions", "brand-changes", "comments-dead-letters"));
            long end = System.nanoTime() + runFor.toNanos();
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    switch (record.topic()) {
                        case "decisions" -> {
                            ModerationOutcome outcome = outcomes.deserialize(record.topic(), record.value());
                            out.println("decision " + record.key() + ": " + (outcome.isDecided()
                                    ? outcome.decision().action() + " " + outcome.decision().explanation().policyIds()
                                    : "rejected, " + outcome.rejection().reason()));
                        }
                        case "brand-changes" -> {
                            Object change = changes.deserialize(record.topic(), record.value());
                            out.println(change instanceof SignalChange signal
                                    ? "alert " + record.key() + " " + signal.alertKey() + ": " + signal.from() + " -> " + signal.to() + " at " + signal.at()
                                    : "incident " + record.key() + ": " + ((IncidentChange) change).kind() + " at " + ((IncidentChange) change).at());
                        }
                        default -> out.println("dead letter " + record.key() + ": " + new String(
                                record.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }
}
