package io.crisisrules.kafka;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where an input record came from, carried in headers through repartition topics so that a dead
 * letter and a moderation outcome can name the original topic, partition and offset.
 */
final class SourceHeaders {
    private SourceHeaders() {
    }

    /** @return a copy of the headers with the current record's source added, unless already there */
    static Headers withSource(Headers headers, ProcessorContext<?, ?> context) {
        RecordHeaders copy = new RecordHeaders(headers.toArray());
        if (copy.lastHeader(DeadLetterHeaders.SOURCE_OFFSET) == null) {
            context.recordMetadata().ifPresent(metadata -> add(copy, metadata));
        }
        return copy;
    }

    private static void add(Headers headers, RecordMetadata metadata) {
        headers.add(DeadLetterHeaders.SOURCE_TOPIC, bytes(metadata.topic()));
        headers.add(DeadLetterHeaders.SOURCE_PARTITION, bytes(Integer.toString(metadata.partition())));
        headers.add(DeadLetterHeaders.SOURCE_OFFSET, bytes(Long.toString(metadata.offset())));
    }

    static Optional<Long> offset(Headers headers) {
        Header header = headers.lastHeader(DeadLetterHeaders.SOURCE_OFFSET);
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(new String(header.value(), StandardCharsets.UTF_8)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
