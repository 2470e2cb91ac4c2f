package io.crisisrules.bench;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.kafka.BrandLookup;
import io.crisisrules.kafka.CrisisSerdes;
import io.crisisrules.kafka.ModerationTopology;
import io.crisisrules.kafka.MonitoringTopology;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.Sector;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Records per second through the Kafka Streams topologies on a real KRaft broker in this JVM,
 * exactly once, with one and with two application instances (two {@code KafkaStreams} of one
 * thread each, as two processes on this machine would be), beside the in-process engine on the
 * same records. An end-to-end run, not a JMH benchmark: each figure is the mean of two timed passes,
 * each from the first record produced to the last output committed, after the instances are running
 * (one and two instances alternate, after an uncounted warm-up pass).
 *
 * <p>Run: {@code java -cp crisis-benchmarks/target/benchmarks.jar io.crisisrules.bench.KafkaThroughput [comments] [brands]}.
 */
public final class KafkaThroughput {
    private static final int PARTITIONS = 4;
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(5);
    private static final int INTERVALS_PER_BRAND = 100;

    private KafkaThroughput() {
    }

    /**
     * @param args how many comments (20,000) and brands (200, 100 mention counts each)
     * @throws Exception if the broker or a run fails
     */
    public static void main(String[] args) throws Exception {
        int commentCount = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int brands = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        CrisisEngine engine = CrisisEngine.builder().clock(Clock.fixed(Inputs.NOW, ZoneOffset.UTC)).build();
        List<CommentInput> comments = Inputs.comments(commentCount, commentCount / 5, 1).stream().map(CommentInput::of).toList();
        List<ProducerRecord<String, byte[]>> events = events(brands);

        double moderationInProcess = inProcessModeration(engine, comments);
        double monitoringInProcess = inProcessMonitoring(engine, brands);
        Path state = Files.createTempDirectory("kafka-throughput");
        try (KafkaClusterTestKit cluster = broker()) {
            String bootstrap = cluster.bootstrapServers();
            double[] moderation = new double[3];
            double[] monitoring = new double[3];
            double[] checkpointEveryPush = new double[3];
            // a first pass of each topology on the whole input warms the JIT and the broker up and is not
            // counted; then one and two instances run in the order 1, 2, 2, 1, so that what is still warming
            // up, or a machine getting busier, weighs on both alike; each figure is the mean of its two passes
            int[] order = {0, 1, 2, 2, 1};
            for (int pass = 0; pass < order.length; pass++) {
                int instances = order[pass];
                String run = "run" + pass;
                double weight = instances == 0 ? 0 : 0.5;
                moderation[instances] += weight * timed(bootstrap, state, "moderation-" + run, Math.max(1, instances),
                        builder -> ModerationTopology.builder(engine).commentsTopic(run + "-comments")
                                .decisionsTopic(run + "-decisions").deadLetterTopic(run + "-dead").build(),
                        run + "-comments", commentRecords(run + "-comments", comments));
                monitoring[instances] += weight * timed(bootstrap, state, "monitoring-" + run, Math.max(1, instances),
                        builder -> MonitoringTopology.builder(engine).brands(BrandLookup.everyBrandIn(Sector.RETAIL))
                                .eventsTopic(run + "-events").changesTopic(run + "-changes").deadLetterTopic(run + "-events-dead")
                                .build(),
                        run + "-events", events.stream().map(r -> new ProducerRecord<>(
                                run + "-events", null, r.timestamp(), r.key(), r.value())).toList());
                // the baseline of the journal: a whole checkpoint written at every push
                checkpointEveryPush[instances] += weight * timed(bootstrap, state, "monitoring-every-push-" + run,
                        Math.max(1, instances),
                        builder -> MonitoringTopology.builder(engine).brands(BrandLookup.everyBrandIn(Sector.RETAIL))
                                .eventsTopic(run + "-push-events").changesTopic(run + "-push-changes")
                                .deadLetterTopic(run + "-push-events-dead").checkpointEvery(1).build(),
                        run + "-push-events", events.stream().map(r -> new ProducerRecord<>(
                                run + "-push-events", null, r.timestamp(), r.key(), r.value())).toList());
            }
            System.out.printf("| Figure (records/s) | in process | one instance | two instances | one / in process | two / one |%n");
            System.out.printf("|---|---|---|---|---|---|%n");
            row("Moderation, one comment a record (" + commentCount + ")", moderationInProcess, moderation);
            row("Monitoring, mention counts (" + brands + " brands x " + INTERVALS_PER_BRAND + ")", monitoringInProcess, monitoring);
            row("Monitoring, a checkpoint at every push (checkpointEvery(1))", monitoringInProcess, checkpointEveryPush);
            System.out.printf("Journal (checkpointEvery(%d)) over a checkpoint at every push: %.2fx with one instance, %.2fx with two%n",
                    MonitoringTopology.DEFAULT_CHECKPOINT_EVERY, monitoring[1] / checkpointEveryPush[1], monitoring[2] / checkpointEveryPush[2]);
            whereOneInstanceWaits(bootstrap, state, engine, comments);
        }
    }

    /**
     * Why two instances moderate more than twice as fast as one: the same moderation input through one
     * instance with two stream threads instead of one, and with one thread under shorter and longer
     * commit intervals (exactly-once commits every 100 ms by default). A thread that computes runs
     * faster with fewer commits; a thread that waits for its commits (the repartition topic's records
     * are read back only once committed) runs faster with more of them, and a second thread waits
     * beside the first.
     */
    private static void whereOneInstanceWaits(String bootstrap, Path state, CrisisEngine engine,
                                              List<CommentInput> comments) throws Exception {
        System.out.printf("%n| Moderation through one instance (records/s) | threads | commit.interval.ms | rate | / 1 thread, 100 ms |%n");
        System.out.printf("|---|---|---|---|---|%n");
        double reference = 0;
        int[][] variants = {{1, 100}, {2, 100}, {1, 20}, {1, 500}};
        for (int[] variant : variants) {
            String run = "wait-" + variant[0] + "-" + variant[1];
            double rate = timed(bootstrap, state, "moderation-" + run, 1, variant[0], variant[1],
                    builder -> ModerationTopology.builder(engine).commentsTopic(run + "-comments")
                            .decisionsTopic(run + "-decisions").deadLetterTopic(run + "-dead").build(),
                    run + "-comments", commentRecords(run + "-comments", comments));
            reference = reference == 0 ? rate : reference;
            System.out.printf("| one instance | %d | %d | %,.0f | %.2fx |%n", variant[0], variant[1], rate, rate / reference);
        }
    }

    private static void row(String figure, double inProcess, double[] instances) {
        System.out.printf("| %s | %,.0f | %,.0f | %,.0f | %.3fx | %.2fx |%n", figure, inProcess, instances[1], instances[2],
                instances[1] / inProcess, instances[2] / instances[1]);
    }

    private static KafkaClusterTestKit broker() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                // the records carry event times of March 2026: time-based retention would delete them at once
                .setConfigProp("log.retention.ms", "-1")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return cluster;
    }

    private static List<ProducerRecord<String, byte[]>> commentRecords(String topic, List<CommentInput> comments) {
        var serializer = CrisisSerdes.document(CommentInput.class).serializer();
        return comments.stream().map(c -> new ProducerRecord<>(topic, null, c.postedAt().toEpochMilli(), c.authorId(),
                serializer.serialize(topic, c))).toList();
    }

    private static List<ProducerRecord<String, byte[]>> events(int brands) {
        var serializer = CrisisSerdes.document(MentionCount.class).serializer();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < INTERVALS_PER_BRAND; i++) {
            for (int b = 0; b < brands; b++) {
                Instant at = START.plus(INTERVAL.multipliedBy(i));
                records.add(new ProducerRecord<>("events", null, at.toEpochMilli(), "brand-" + b,
                        serializer.serialize("events", new MentionCount(at, StreamsTopologyBenchmark.mentions(b, i)))));
            }
        }
        return records;
    }

    private static double inProcessModeration(CrisisEngine engine, List<CommentInput> comments) {
        for (int warm = 0; warm < 2; warm++) {
            comments.forEach(c -> engine.moderateBatch(List.of(c), ModerationContext.NONE));
        }
        long start = System.nanoTime();
        comments.forEach(c -> engine.moderateBatch(List.of(c), ModerationContext.NONE));
        return comments.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double inProcessMonitoring(CrisisEngine engine, int brands) {
        double rate = 0;
        for (int round = 0; round < 2; round++) {
            List<CrisisMonitor> monitors = IntStream.range(0, brands)
                    .mapToObj(b -> engine.monitor(BrandContext.of("brand-" + b, Sector.RETAIL)).start()).toList();
            long start = System.nanoTime();
            for (int i = 0; i < INTERVALS_PER_BRAND; i++) {
                for (int b = 0; b < brands; b++) {
                    monitors.get(b).mentionCount(new MentionCount(START.plus(INTERVAL.multipliedBy(i)),
                            StreamsTopologyBenchmark.mentions(b, i)));
                }
            }
            rate = (double) brands * INTERVALS_PER_BRAND / ((System.nanoTime() - start) / 1e9);
            monitors.forEach(CrisisMonitor::close);
        }
        return rate;
    }

    private static double timed(String bootstrap, Path state, String application, int instances,
                                Function<Void, Topology> topology, String inputTopic,
                                List<ProducerRecord<String, byte[]>> input) throws Exception {
        return timed(bootstrap, state, application, instances, 1, 100, topology, inputTopic, input);
    }

    private static double timed(String bootstrap, Path state, String application, int instances, int threads,
                                int commitIntervalMs, Function<Void, Topology> topology, String inputTopic,
                                List<ProducerRecord<String, byte[]>> input) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(inputTopic, PARTITIONS, (short) 1))).all().get();
        }
        List<KafkaStreams> running = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                Properties properties = properties(bootstrap, application, state.resolve(application + "-" + i));
                properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
                properties.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
                KafkaStreams streams = new KafkaStreams(topology.apply(null), properties);
                streams.start();
                running.add(streams);
            }
            awaitRunning(running);
            long start = System.nanoTime();
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 5),
                    new StringSerializer(), new ByteArraySerializer())) {
                input.forEach(producer::send);
            }
            awaitCommitted(bootstrap, application, inputTopic);
            return input.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            running.forEach(streams -> streams.close(Duration.ofSeconds(10)));
        }
    }

    private static Properties properties(String bootstrap, String application, Path stateDir) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, application);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        return properties;
    }

    private static void awaitRunning(List<KafkaStreams> instances) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!instances.stream().allMatch(s -> s.state() == KafkaStreams.State.RUNNING
                && s.metadataForLocalThreads().stream().allMatch(thread -> !thread.activeTasks().isEmpty()))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("instances not running: " + instances.stream().map(KafkaStreams::state).toList());
            }
            Thread.sleep(50);
        }
    }

    /**
     * Until the group's committed offsets reach the end of the input and, for moderation, of its
     * repartition topic: under exactly-once the outputs are committed with them.
     */
    private static void awaitCommitted(String bootstrap, String application, String inputTopic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < deadline) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(application)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                for (int p = 0; p < PARTITIONS; p++) {
                    latest.put(new TopicPartition(inputTopic, p), OffsetSpec.latest());
                }
                var ends = admin.listOffsets(latest, new org.apache.kafka.clients.admin.ListOffsetsOptions(
                        org.apache.kafka.common.IsolationLevel.READ_COMMITTED)).all().get();
                boolean done = ends.entrySet().stream().allMatch(end -> committed.containsKey(end.getKey())
                        && committed.get(end.getKey()).offset() >= end.getValue().offset());
                if (done) {
                    return;
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException(application + " did not finish within 10 minutes");
        }
    }

}
