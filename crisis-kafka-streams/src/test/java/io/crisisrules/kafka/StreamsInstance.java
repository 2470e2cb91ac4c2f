package io.crisisrules.kafka;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Sector;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;

import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * One instance of the integration test's application: moderation and monitoring in one topology,
 * exactly once. Run in its own JVM by {@link ExactlyOnceFailoverIT} so that it can be killed.
 */
final class StreamsInstance {
    private StreamsInstance() {
    }

    static Properties properties(String bootstrap, String applicationId, Path stateDir) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        // a killed instance is noticed within seconds, its open transaction aborted soon after
        properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
        properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
        properties.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 5000);
        return properties;
    }

    static StreamsBuilder topology(CrisisEngine engine, String outputPrefix) {
        StreamsBuilder builder = new StreamsBuilder();
        ModerationTopology.builder(engine).decisionsTopic(outputPrefix + "decisions")
                .deadLetterTopic(outputPrefix + "comments-dead-letters").addTo(builder);
        MonitoringTopology.builder(engine).brands(BrandLookup.everyBrandIn(Sector.RETAIL))
                .changesTopic(outputPrefix + "brand-changes").deadLetterTopic(outputPrefix + "brand-events-dead-letters")
                .addTo(builder);
        return builder;
    }

    /**
     * @param args bootstrap servers, application id, state folder
     * @throws InterruptedException never: the test kills this JVM
     */
    public static void main(String[] args) throws InterruptedException {
        CrisisEngine engine = CrisisEngine.builder().build();
        KafkaStreams streams = new KafkaStreams(topology(engine, "").build(), properties(args[0], args[1], Path.of(args[2])));
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                System.out.println("RUNNING");
            }
        });
        streams.start();
        new CountDownLatch(1).await();
    }
}
