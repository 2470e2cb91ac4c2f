package io.crisisrules.kafka;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Heartbeats for the monitoring topology's events topic: records of no brand that only move a
 * partition's stream time. Stream time is made by records, so a partition none of whose brands
 * says anything never ticks, and its brands' alerts never resolve; a host that can have such quiet
 * partitions sends a heartbeat to every partition at each tick interval, timestamped with its clock.
 * A heartbeat has no key, no value and the header {@value #HEADER}; the topology reports nothing
 * for it, not even a dead letter.
 *
 * <pre>{@code
 * // every 5 minutes, from the host's scheduler
 * Heartbeats.send(producer, "brand-events", clock.instant());
 * }</pre>
 *
 * <p>Ticks then depend on when heartbeats were sent, as any record's timestamp does: the output is
 * still that of the records in partition order, so a restored task ticks where the original did.
 */
public final class Heartbeats {
    /** The header that marks a heartbeat record. */
    public static final String HEADER = "crisis-heartbeat";
    private static final byte[] MARK = "1".getBytes(StandardCharsets.UTF_8);

    private Heartbeats() {
    }

    /**
     * @param topic      the events topic
     * @param partitions how many partitions it has
     * @param at         the instant the partitions' stream time moves to (the record timestamp)
     * @param <K>        the producer's key type (the key is {@code null})
     * @param <V>        the producer's value type (the value is {@code null})
     * @return one heartbeat record for each partition
     * @throws io.crisisrules.InvalidInputException if {@code partitions} is below 1
     */
    public static <K, V> List<ProducerRecord<K, V>> records(String topic, int partitions, Instant at) {
        ModerationTopology.requireName("topic", topic);
        Objects.requireNonNull(at, "at");
        if (partitions < 1) {
            throw new io.crisisrules.InvalidInputException("partitions", partitions, "be at least 1");
        }
        return java.util.stream.IntStream.range(0, partitions)
                .mapToObj(partition -> new ProducerRecord<K, V>(topic, partition, at.toEpochMilli(), null, null,
                        new RecordHeaders().add(HEADER, MARK)))
                .toList();
    }

    /**
     * Sends a heartbeat to every partition of the topic, as the producer sees them.
     *
     * @param producer the host's producer (inside a transaction if it is transactional)
     * @param topic    the events topic
     * @param at       the instant the partitions' stream time moves to
     * @param <K>      the producer's key type
     * @param <V>      the producer's value type
     */
    public static <K, V> void send(Producer<K, V> producer, String topic, Instant at) {
        List<PartitionInfo> partitions = producer.partitionsFor(topic);
        Heartbeats.<K, V>records(topic, partitions.size(), at).forEach(producer::send);
    }

    static boolean isHeartbeat(Record<?, ?> record) {
        return record.headers().lastHeader(HEADER) != null;
    }
}
