package io.crisisrules.bench;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.kafka.BrandLookup;
import io.crisisrules.kafka.CrisisSerdes;
import io.crisisrules.kafka.ModerationTopology;
import io.crisisrules.kafka.MonitoringTopology;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.Sector;
import io.crisisrules.model.SignalChange;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.ModerationOutcome;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Records per second through the Kafka Streams topologies of one instance, without a broker
 * (Kafka's TopologyTestDriver: the same processors, serdes, RocksDB stores and repartition, no
 * network and no transactions), beside the in-process engine doing the same work on the same
 * inputs: moderation one comment at a time, and a brand's mention counts (20 brands, a day of
 * history each, round robin). The broker's share is measured by {@link KafkaThroughput}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StreamsTopologyBenchmark {
    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    static final Duration INTERVAL = Duration.ofMinutes(5);
    static final int BRANDS = 20;
    static final int HISTORY = 288;

    /** How often the monitoring topology rewrites a brand's checkpoint: {@code -p checkpointEvery=1,100} compares with a checkpoint at every push. */
    @Param({"100"})
    public int checkpointEvery;

    Path stateDir;
    TopologyTestDriver moderation;
    TestInputTopic<String, CommentInput> comments;
    TestOutputTopic<String, ModerationOutcome> decisions;
    TopologyTestDriver monitoring;
    TestInputTopic<String, Object> events;
    TestOutputTopic<String, Object> changes;
    CrisisEngine engine;
    List<CommentInput> inputs;
    List<CrisisMonitor> monitors;
    int next;
    int[] interval;
    int[] inProcessInterval;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        // the comments' time: the in-process engine's offence window then counts them as the topology's does
        engine = CrisisEngine.builder().clock(Clock.fixed(Inputs.NOW, ZoneOffset.UTC)).build();
        inputs = Inputs.comments(10_000, 2_000, 1).stream().map(CommentInput::of).toList();
        stateDir = Files.createTempDirectory("streams-bench");
        moderation = new TopologyTestDriver(ModerationTopology.builder(engine).build(), properties("moderation"));
        comments = moderation.createInputTopic("comments", new StringSerializer(), CrisisSerdes.document(CommentInput.class).serializer());
        decisions = moderation.createOutputTopic("decisions", new StringDeserializer(),
                CrisisSerdes.document(ModerationOutcome.class).deserializer());
        monitoring = new TopologyTestDriver(MonitoringTopology.builder(engine).brands(BrandLookup.everyBrandIn(Sector.RETAIL))
                .checkpointEvery(checkpointEvery).build(), properties("monitoring"));
        events = monitoring.createInputTopic("brand-events", new StringSerializer(), CrisisSerdes.documents().serializer());
        changes = monitoring.createOutputTopic("brand-changes", new StringDeserializer(),
                CrisisSerdes.documents(SignalChange.class, IncidentChange.class).deserializer());
        monitors = new ArrayList<>();
        interval = new int[BRANDS];
        inProcessInterval = new int[BRANDS];
        for (int b = 0; b < BRANDS; b++) {
            monitors.add(engine.monitor(BrandContext.of("brand-" + b, Sector.RETAIL)).start());
        }
        for (int i = 0; i < HISTORY; i++) {
            for (int b = 0; b < BRANDS; b++) {
                mentionCountTopology(b);
                mentionCountInProcess(b);
            }
        }
        changes.readValuesToList();
    }

    private Properties properties(String application) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, application);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(application).toString());
        return properties;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        moderation.close();
        monitoring.close();
        monitors.forEach(CrisisMonitor::close);
    }

    static long mentions(int brand, int interval) {
        return 40 + (interval + brand) % 7 * 3 + (interval % 500 == 400 ? 600 : 0);
    }

    private void mentionCountTopology(int brand) {
        int i = interval[brand]++;
        Instant at = START.plus(INTERVAL.multipliedBy(i));
        events.pipeInput("brand-" + brand, new MentionCount(at, mentions(brand, i)), at);
    }

    private void mentionCountInProcess(int brand) {
        int i = inProcessInterval[brand]++;
        monitors.get(brand).mentionCount(new MentionCount(START.plus(INTERVAL.multipliedBy(i)), mentions(brand, i)));
    }

    /** @return the outcome, read back as a host would */
    @Benchmark
    public ModerationOutcome moderationTopology() {
        CommentInput comment = inputs.get(next++ % inputs.size());
        comments.pipeInput(comment.authorId(), comment, comment.postedAt());
        return decisions.readValue();
    }

    /** @return the outcome of the same comment from the engine called in the process */
    @Benchmark
    public Object moderationInProcess() {
        CommentInput comment = inputs.get(next++ % inputs.size());
        return engine.moderateBatch(List.of(comment), ModerationContext.NONE).get(0);
    }

    /** @return how many changes the count caused */
    @Benchmark
    public int mentionCountTopology() {
        mentionCountTopology(next++ % BRANDS);
        return changes.getQueueSize() > 1000 ? changes.readValuesToList().size() : 0;
    }

    /** @return the brand's monitor */
    @Benchmark
    public Object mentionCountInProcess() {
        int brand = next++ % BRANDS;
        mentionCountInProcess(brand);
        return monitors.get(brand);
    }

}
