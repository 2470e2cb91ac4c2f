package io.crisisrules.kafka;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/** Writes what processors emitted: documents to the output topic, dead letters to theirs. */
final class Sinks {
    private Sinks() {
    }

    static void to(KStream<String, Emitted> emitted, String outputTopic, Serde<Object> documents, String deadLetterTopic,
                   String prefix) {
        emitted.filter((key, value) -> value.hasDocument(), Named.as(prefix + "-documents"))
                .mapValues(Emitted::document, Named.as(prefix + "-document"))
                .to(outputTopic, Produced.with(Serdes.String(), documents).withName(prefix + "-output"));
        emitted.filter((key, value) -> value.isDeadLetter(), Named.as(prefix + "-dead-letters"))
                .processValues(DeadLetterProcessor::new, Named.as(prefix + "-dead-letter"))
                .to(deadLetterTopic, Produced.with(Serdes.String(), Serdes.ByteArray()).withName(prefix + "-dead-letter-output"));
    }
}
