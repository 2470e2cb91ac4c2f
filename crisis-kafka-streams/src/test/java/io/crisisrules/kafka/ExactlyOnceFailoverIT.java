package io.crisisrules.kafka;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.SignalChange;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationOutcome;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of one exactly-once application on a real KRaft broker (in this JVM, from Kafka's
 * own test kit): one runs in a child JVM and is killed (SIGKILL) in the middle of the stream, the
 * other takes over its partitions. The output must then have exactly one outcome per comment and,
 * brand by brand, exactly the changes of a single instance that read the same input.
 */
class ExactlyOnceFailoverIT {
    private static final int PARTITIONS = 4;
    private static final int AUTHORS = 40;
    private static final int COMMENTS_PER_AUTHOR = 30;
    private static final int BAD_COMMENTS = 12;
    private static final int BRANDS = 6;
    private static final int INTERVALS = 80;
    private static final Instant START = Instant.parse("2026-03-10T06:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    private static KafkaClusterTestKit cluster;

    @TempDir
    static Path folder;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                // the records carry event times of March 2026: time-based retention would delete them at once
                .setConfigProp("log.retention.ms", "-1")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "4")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("transaction.state.log.num.partitions", "4")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String prefix : List.of("", "single-")) {
                for (String topic : List.of("decisions", "comments-dead-letters", "brand-changes", "brand-events-dead-letters")) {
                    topics.add(new NewTopic(prefix + topic, PARTITIONS, (short) 1));
                }
            }
            topics.add(new NewTopic("comments", PARTITIONS, (short) 1));
            topics.add(new NewTopic("brand-events", PARTITIONS, (short) 1));
            admin.createTopics(topics).all().get();
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void a_killed_instance_loses_and_doubles_nothing() throws Exception {
        String bootstrap = cluster.bootstrapServers();
        CrisisEngine engine = CrisisEngine.builder().build();
        Process killed = startChildInstance(bootstrap);
        KafkaStreams survivor = new KafkaStreams(StreamsInstance.topology(engine, "").build(),
                StreamsInstance.properties(bootstrap, "crisis-it", folder.resolve("survivor")));
        KafkaStreams single = new KafkaStreams(StreamsInstance.topology(engine, "single-").build(),
                StreamsInstance.properties(bootstrap, "crisis-it-single", folder.resolve("single")));
        try {
            survivor.start();
            single.start();
            awaitRunning(survivor);
            assertThat(survivor.metadataForLocalThreads().iterator().next().activeTasks())
                    .as("the two instances share the tasks").isNotEmpty().hasSizeLessThan(3 * PARTITIONS);

            int comments;
            try (KafkaProducer<String, byte[]> producer = producer(bootstrap);
                 KafkaConsumer<String, byte[]> decisions = consumer(bootstrap, "decisions")) {
                List<ProducerRecord<String, byte[]>> input = input();
                comments = (int) input.stream().filter(record -> record.topic().equals("comments")).count();
                int half = input.size() / 2;
                // the first half in slices, so that the child is busy when it dies
                for (int from = 0; from < half; from += 200) {
                    input.subList(from, Math.min(half, from + 200)).forEach(producer::send);
                    producer.flush();
                    Thread.sleep(150);
                }
                awaitCount(decisions, comments / 10);
                killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                input.subList(half, input.size()).forEach(producer::send);
                producer.flush();
            }

            Map<String, List<String>> outcomes = awaitOutcomes(bootstrap, "decisions", comments, () -> tasks(survivor));
            Map<String, List<String>> singleOutcomes = awaitOutcomes(bootstrap, "single-decisions", comments, () -> tasks(single));
            assertThat(outcomes.values()).allSatisfy(byKey -> assertThat(byKey).hasSize(1));
            assertThat(outcomes).hasSize(comments).isEqualTo(singleOutcomes);
            assertThat(outcomes.values().stream().filter(o -> o.get(0).contains("BLOCK_AUTHOR")).count())
                    .as("repeat offenders blocked").isGreaterThan(AUTHORS / 4);
            assertThat(outcomes.values().stream().filter(o -> o.get(0).contains("\"rejection\":{")).count())
                    .isEqualTo(BAD_COMMENTS);

            awaitInputRead(bootstrap, "crisis-it");
            awaitInputRead(bootstrap, "crisis-it-single");
            Map<String, List<String>> changes = changesByBrand(bootstrap, "brand-changes");
            Map<String, List<String>> singleChanges = changesByBrand(bootstrap, "single-brand-changes");
            assertThat(changes).isEqualTo(singleChanges).hasSize(BRANDS);
            assertThat(changes.values()).allSatisfy(brand -> assertThat(brand).anyMatch(c -> c.contains("PENDING->FIRING"))
                    .anyMatch(c -> c.contains("FIRING->RESOLVED")));
        } finally {
            killed.destroyForcibly();
            survivor.close(Duration.ofSeconds(10));
            single.close(Duration.ofSeconds(10));
        }
    }

    /** Comments keyed by author (an author's comments in order), a few bad ones, and brands' mention counts with a spike each. */
    private static List<ProducerRecord<String, byte[]>> input() {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        var comments = CrisisSerdes.document(CommentInput.class).serializer();
        var events = CrisisSerdes.document(MentionCount.class).serializer();
        int total = AUTHORS * COMMENTS_PER_AUTHOR;
        for (int i = 0; i < total; i++) {
            String author = "author-" + (i * 7 % AUTHORS);
            Instant at = START.plusSeconds(20L * i);
            Set<String> labels = i % 3 == 0 ? Set.of("INSULTING") : i % 3 == 1 ? Set.of("CUSTOMER_COMPLAINT") : Set.of();
            CommentInput comment = new CommentInput("comment-" + i, author, "X", null, at, labels, null, null);
            records.add(new ProducerRecord<>("comments", null, at.toEpochMilli(), author, comments.serialize("comments", comment)));
            if (i % (total / BAD_COMMENTS) == 0) {
                records.add(new ProducerRecord<>("comments", null, at.toEpochMilli(), "bad-" + i,
                        ("{\"id\": \"bad-" + i + "\", \"scores\": ").getBytes(StandardCharsets.UTF_8)));
            }
            int interval = i * INTERVALS / total;
            if (i % (total / INTERVALS) == 0) {
                for (int b = 0; b < BRANDS; b++) {
                    Instant start = START.plus(Duration.ofMinutes(5L * interval));
                    boolean spiking = interval >= 30 + 5 * b && interval < 33 + 5 * b;
                    long mentions = spiking ? 900 : 40 + (interval + b) % 3 * 5;
                    records.add(new ProducerRecord<>("brand-events", null, start.toEpochMilli(), "brand-" + b,
                            events.serialize("brand-events", new MentionCount(start, mentions))));
                }
            }
        }
        return records;
    }

    private static Process startChildInstance(String bootstrap) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                StreamsInstance.class.getName(), bootstrap, "crisis-it", folder.resolve("killed").toString())
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String line;
        while ((line = output.readLine()) != null && !line.equals("RUNNING")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the child instance did not start");
            }
        }
        Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }));
        drain.setDaemon(true);
        drain.start();
        return process;
    }

    private static void awaitRunning(KafkaStreams streams) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING
                || streams.metadataForLocalThreads().iterator().next().activeTasks().isEmpty()) {
            assertThat(System.nanoTime()).as("instance running").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            partitions.add(new TopicPartition(topic, p));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private static void awaitCount(KafkaConsumer<String, byte[]> consumer, int count) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        int seen = 0;
        while (seen < count) {
            assertThat(System.nanoTime()).as("waiting for " + count + " records, saw " + seen).isLessThan(deadline);
            seen += consumer.poll(Duration.ofMillis(200)).count();
        }
    }

    /** Every committed outcome by key, until there are as many keys as comments and nothing more comes for a second. */
    private static String tasks(KafkaStreams streams) {
        return streams.state() + " " + streams.metadataForLocalThreads().stream()
                .map(thread -> thread.threadState() + " active " + thread.activeTasks().stream().map(task -> task.taskId().toString()).sorted().toList())
                .toList();
    }

    private static Map<String, List<String>> awaitOutcomes(String bootstrap, String topic, int comments,
                                                           java.util.function.Supplier<String> diagnostics) {
        Map<String, List<String>> outcomes = new TreeMap<>();
        var reader = CrisisSerdes.document(ModerationOutcome.class).deserializer();
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, topic)) {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            boolean drained = false;
            while (outcomes.size() < comments || !drained) {
                // once every comment has an outcome, read on to the end of what is committed: doubles would be there
                drained = outcomes.size() >= comments && atEnd(consumer);
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(topic + ": " + outcomes.size() + " of " + comments + " outcomes; " + diagnostics.get());
                }
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, byte[]> record : records) {
                    ModerationOutcome outcome = reader.deserialize(topic, record.value());
                    // the index is the offset in the comments topic: equal in both runs, as the rest
                    String described = outcome.isDecided() ? outcome.decision().action() + " " + outcome.decision().explanation().policyIds()
                            : "{\"rejection\":{" + outcome.rejection().field() + "}";
                    outcomes.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(outcome.index() + " " + described);
                }
            }
        }
        return outcomes;
    }

    /** Waits until the application's committed offsets on the brand events reach their end (outputs committed with them). */
    private static void awaitInputRead(String bootstrap, String applicationId) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < PARTITIONS; p++) {
                latest.put(new TopicPartition("brand-events", p), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> ends = admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                        .partitionsToOffsetAndMetadata().get();
                boolean done = ends.entrySet().stream().allMatch(end -> committed.get(end.getKey()) != null
                        && committed.get(end.getKey()).offset() >= end.getValue());
                if (done) {
                    return;
                }
                assertThat(System.nanoTime()).as(applicationId + " reads the brand events").isLessThan(deadline);
                Thread.sleep(200);
            }
        }
    }

    /** @return whether the consumer has read every partition up to its last committed record */
    private static boolean atEnd(KafkaConsumer<String, byte[]> consumer) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static Map<String, List<String>> changesByBrand(String bootstrap, String topic) {
        Map<String, List<String>> changes = new TreeMap<>();
        var reader = CrisisSerdes.documents(SignalChange.class, IncidentChange.class).deserializer();
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, topic)) {
            // called once the brand events' offsets are committed: the changes committed with them are all there
            while (!atEnd(consumer)) {
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, byte[]> record : records) {
                    Object change = reader.deserialize(topic, record.value());
                    changes.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(MonitoringTopologyTest.describe(change)
                            + " " + (change instanceof SignalChange signal ? signal.notified() + " " + signal.level()
                            : ((IncidentChange) change).incident().severity()));
                }
            }
        }
        return changes;
    }
}
