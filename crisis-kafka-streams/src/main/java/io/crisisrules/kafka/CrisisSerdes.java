package io.crisisrules.kafka;

import io.crisisrules.json.CrisisJson;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import java.util.Set;

/**
 * Kafka serdes of the crisis-rules JSON format ({@link CrisisJson}): each record value is one
 * document, UTF-8, naming its type in {@code $schema}. Hosts use them to produce comments and brand
 * events and to read decisions and monitor changes; the topologies use the same codec.
 *
 * <pre>{@code
 * Serde<ModerationOutcome> outcomes = CrisisSerdes.document(ModerationOutcome.class);
 * Serde<Object> changes = CrisisSerdes.documents(SignalChange.class, IncidentChange.class);
 * }</pre>
 *
 * <p>Deserializing a bad document throws the codec's {@link io.crisisrules.InvalidInputException}
 * (field as a JSON path, value echoed); the topologies themselves never deserialize in Kafka's
 * deserializers, so a bad record reaches the dead-letter topic instead of stopping the application.
 */
public final class CrisisSerdes {
    private CrisisSerdes() {
    }

    /**
     * @param type one of {@link CrisisJson#documentTypes()}
     * @param <T>  its type
     * @return a serde of documents of that type; a {@code null} value stays {@code null} (a tombstone)
     * @throws io.crisisrules.InvalidInputException if the format holds no such document
     */
    public static <T> Serde<T> document(Class<T> type) {
        CrisisJson.schemaUri(type);
        Documents documents = Documents.of(Set.of(type));
        return Serdes.serdeFrom(documents::serialize, (topic, bytes) -> bytes == null ? null : type.cast(documents.read(bytes)));
    }

    /**
     * A serde of documents of several types, such as the changes a monitor reports: it writes any
     * document and reads each value as the type its {@code $schema} names.
     *
     * @param types the types a value may hold, each one of {@link CrisisJson#documentTypes()}
     * @return the serde
     * @throws io.crisisrules.InvalidInputException if the format holds no such document
     */
    public static Serde<Object> documents(Class<?>... types) {
        Documents documents = Documents.of(Set.of(types));
        return Serdes.serdeFrom(documents::serialize, (topic, bytes) -> bytes == null ? null : documents.read(bytes));
    }

    /** @return the serde of the brand-profile topic's values (see {@link BrandProfile}) */
    public static Serde<BrandProfile> brandProfiles() {
        return Serdes.serdeFrom((topic, profile) -> profile == null ? null : BrandProfiles.write(profile),
                (topic, bytes) -> bytes == null ? null : BrandProfiles.read(bytes));
    }
}
