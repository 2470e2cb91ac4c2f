package io.crisisrules.examples;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's Kafka Streams example, against a KRaft broker started in the test JVM. */
class KafkaScaleOutTest {

    @Test
    void the_example_blocks_the_troll_dead_letters_the_bad_record_and_fires_on_the_spike() throws Exception {
        try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build()) {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            ByteArrayOutputStream printed = new ByteArrayOutputStream();

            KafkaScaleOut.run(cluster.bootstrapServers(), true, Duration.ofSeconds(20),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(printed.toString(StandardCharsets.UTF_8)).contains(
                    "decision c1: DELETE_AND_REPORT [MOD-01]",
                    "decision c3: BLOCK_AUTHOR",
                    "decision c4: rejected, authorId must not be blank, but was null",
                    "dead letter c4: authorId must not be blank, but was null",
                    "alert acme MENTION_SPIKE/MENTIONS/all: PENDING -> FIRING at ",
                    "incident acme: OPENED");
        }
    }
}
