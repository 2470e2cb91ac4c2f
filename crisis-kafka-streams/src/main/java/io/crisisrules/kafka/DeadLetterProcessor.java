package io.crisisrules.kafka;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a dead letter into the record of the dead-letter topic: the input's value, the reason in headers. */
final class DeadLetterProcessor implements FixedKeyProcessor<String, Emitted, byte[]> {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessor.class);

    private FixedKeyProcessorContext<String, byte[]> context;

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Emitted> record) {
        Emitted emitted = record.value();
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.remove(DeadLetterHeaders.FIELD);
        headers.remove(DeadLetterHeaders.REASON);
        headers.add(DeadLetterHeaders.FIELD, SourceHeaders.bytes(emitted.field()));
        headers.add(DeadLetterHeaders.REASON, SourceHeaders.bytes(emitted.reason()));
        // the reason may echo a comment's text or an author id: above DEBUG only the field is logged
        LOG.info("record sent to the dead-letter topic: bad {}", emitted.field());
        LOG.debug("dead letter: {}", emitted.reason());
        context.forward(record.withValue(emitted.deadLetterValue()).withHeaders(headers));
    }
}
