package io.crisisrules.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crisisrules.InvalidInputException;
import io.crisisrules.json.CrisisJson;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads record values as documents of a few types, the type chosen by the value's {@code $schema}, and
 * writes any document. Thread-safe.
 */
final class Documents {
    private static final CrisisJson JSON = CrisisJson.create();
    private static final ObjectMapper PEEK = new ObjectMapper();

    private final Map<String, Class<?>> bySchema;

    private Documents(Map<String, Class<?>> bySchema) {
        this.bySchema = bySchema;
    }

    static Documents of(Set<Class<?>> types) {
        Map<String, Class<?>> bySchema = new LinkedHashMap<>();
        types.stream().sorted(java.util.Comparator.comparing(Class::getSimpleName))
                .forEach(type -> bySchema.put(CrisisJson.schemaUri(type), type));
        return new Documents(Map.copyOf(bySchema));
    }

    static CrisisJson json() {
        return JSON;
    }

    byte[] serialize(String topic, Object document) {
        return document == null ? null : JSON.write(document).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @throws InvalidInputException naming the field and the value: malformed JSON, a {@code $schema}
     *                               naming none of the types, or a bad field of the document
     */
    Object read(byte[] value) {
        if (value == null) {
            throw new InvalidInputException("value", null, "be a document, not a null (tombstone) record");
        }
        String text = new String(value, StandardCharsets.UTF_8);
        Class<?> type = bySchema.size() == 1 ? bySchema.values().iterator().next() : typeOf(text);
        return JSON.read(text, type);
    }

    private Class<?> typeOf(String text) {
        JsonNode schema;
        try {
            schema = PEEK.readTree(text).path("$schema");
        } catch (JsonProcessingException e) {
            // the codec reports where the JSON breaks, with line and column
            JSON.read(text, bySchema.values().iterator().next());
            throw new IllegalStateException("unreachable: the codec accepted malformed JSON", e);
        }
        Class<?> type = bySchema.get(schema.asText(""));
        if (type == null) {
            throw new InvalidInputException("$schema", schema.isMissingNode() ? null : schema.asText(),
                    "name one of " + bySchema.keySet());
        }
        return type;
    }
}
