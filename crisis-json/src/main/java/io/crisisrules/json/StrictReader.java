// Why over 300 lines: the four steps of strict reading (parse, reject NaN, validate, bind) share the JSON-path naming of
// every error; split apart, two readers would name the same field differently.
package io.crisisrules.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.crisisrules.InvalidInputException;
import io.crisisrules.checks.Durations;
import io.crisisrules.model.Claim;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.Topic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the scenario reader and the codec share: one Jackson mapper configured for the library's
 * records, the schema, and the four steps of strict reading, each of which names the field as a
 * JSON path and echoes the value: parse (malformed JSON by line and column), reject NaN and Infinity,
 * validate against a definition of the schema, bind to the records (whose own checks then name the
 * record's field, prefixed with the path). Thread-safe; {@link #shared()} is built once.
 */
final class StrictReader {
    static final String SCHEMA_RESOURCE = "io/crisisrules/json/crisis-rules.schema.json";

    private static volatile StrictReader shared;

    /** Reads within {@link #limits} and writes the library's records. */
    final ObjectMapper mapper;
    final JsonNode schema;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final SchemaMessages schemaMessages;
    private final JsonSchema root;
    private final Map<String, JsonSchema> definitions;
    private final ReadLimits limits;

    private StrictReader() {
        this.limits = ReadLimits.defaults();
        this.mapper = mapper(limits);
        try (InputStream in = StrictReader.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the class path");
            }
            this.schema = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        // English whatever the machine's locale: the few findings SchemaMessages does not rephrase
        // are shown in the validator's words
        this.config = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build();
        this.root = factory.getSchema(schema, config);
        this.schemaMessages = new SchemaMessages(schema);
        this.definitions = new ConcurrentHashMap<>();
    }

    /** The shared schema, read with other limits. */
    private StrictReader(StrictReader shared, ReadLimits limits) {
        this.limits = limits;
        this.mapper = mapper(limits);
        this.schema = shared.schema;
        this.factory = shared.factory;
        this.config = shared.config;
        this.root = shared.root;
        this.schemaMessages = shared.schemaMessages;
        this.definitions = shared.definitions;
    }

    private static ObjectMapper mapper(ReadLimits limits) {
        SimpleModule model = new SimpleModule("crisis-rules-model");
        model.addDeserializer(Duration.class, new DurationDeserializer());
        model.addSerializer(Duration.class, ToStringSerializer.instance);
        model.addSerializer(ObservationPeriod.class, new PeriodSerializer());
        model.addDeserializer(Claim.class, new ClaimDeserializer());
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Set<?>> sets = (Class) Set.class;
        model.addSerializer(sets, new SortedSetSerializer());
        // the limits refuse a document while it is parsed; a field name is text as much as a value is
        JsonFactory json = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentLength())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxTextLength())
                .maxNameLength(limits.maxTextLength())
                .maxNumberLength(limits.maxNumberLength())
                .build()).build();
        return JsonMapper.builder(json)
                .addModule(new JavaTimeModule())
                .addModule(model)
                // read NaN and Infinity so that requireFiniteNumbers can name the field; Jackson's own
                // error names neither the field nor the value
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                // maps and sets come out in one order whatever their implementation: stored documents compare
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // only record components are properties: derived accessors (Incident.isOpen()) are not
                // written, so what is written reads back
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
    }

    /** @return the reader every codec and scenario format shares (the schema is loaded once) */
    static StrictReader shared() {
        StrictReader reader = shared;
        if (reader == null) {
            synchronized (StrictReader.class) {
                reader = shared;
                if (reader == null) {
                    reader = new StrictReader();
                    shared = reader;
                }
            }
        }
        return reader;
    }

    /**
     * @param limits what one document may hold
     * @return a reader within those limits, on the shared schema
     */
    static StrictReader within(ReadLimits limits) {
        if (limits == null) {
            throw new InvalidInputException("limits", null, "be present (ReadLimits.defaults() for the defaults)");
        }
        StrictReader shared = shared();
        return limits.equals(shared.limits) ? shared : new StrictReader(shared, limits);
    }

    /** @return what one document may hold */
    ReadLimits limits() {
        return limits;
    }

    /** @return the schema of a scenario file: the schema's root */
    JsonSchema root() {
        return root;
    }

    /** @return a schema whose root is one of the schema's definitions, keeping every definition */
    JsonSchema definition(String name) {
        return definitions.computeIfAbsent(name, key -> {
            if (!schema.path("$defs").has(key)) {
                throw new IllegalArgumentException("the schema has no definition " + key);
            }
            ObjectNode copy = schema.deepCopy();
            copy.remove(List.of("type", "required", "additionalProperties", "properties", "title", "description"));
            copy.put("$ref", "#/$defs/" + key);
            return factory.getSchema(copy, config);
        });
    }

    /** Parses, rejects non-finite numbers and validates: the tree is ready to bind. */
    JsonNode checked(String json, long firstLine, String rootName, boolean oneValuePerLine, JsonSchema against) {
        JsonNode tree = parse(json, firstLine, rootName, oneValuePerLine);
        requireFiniteNumbers(tree, "", rootName);
        validate(against, tree, rootName);
        return tree;
    }

    JsonNode parse(String json, long firstLine, String rootName, boolean oneValuePerLine) {
        if (json.length() > limits.maxDocumentLength()) {
            throw new FormatViolation(rootName, json.length(), ReadLimits.breach(rootName + " is "
                    + ReadLimits.count(json.length()) + " characters long", limits.maxDocumentLength(),
                    ReadLimits.MAX_DOCUMENT_LENGTH));
        }
        JsonParser parser = null;
        try {
            parser = mapper.createParser(json);
            JsonNode tree = mapper.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                // only blanks: the text is no value to echo (it may be a long run of line breaks)
                throw new FormatViolation(rootName, json, rootName + " must hold a JSON object, but is empty");
            }
            ReadLimitChecks.requireItemsWithin(tree, limits, rootName);
            return tree;
        } catch (StreamConstraintsException e) {
            throw ReadLimitChecks.breach(e, json, parser, firstLine, rootName);
        } catch (JsonProcessingException e) {
            throw JacksonMessages.notWellFormed(e, json, firstLine, rootName, oneValuePerLine);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // a parser over a string holds nothing to release
            }
        }
    }

    /**
     * Reads a UTF-8 file within the document limit: a file too large to hold that many characters is
     * refused before it is read; a byte order mark is ignored (RFC 8259 lets a reader do so).
     *
     * @return the file's text
     * @throws InvalidInputException naming the file when it is missing, unreadable or too large
     */
    String readFile(Path file) {
        try {
            long bytes = Files.size(file);
            // a UTF-16 char takes at most three bytes of UTF-8 (four bytes make two chars)
            if (bytes > 3 * limits.maxDocumentLength()) {
                throw new FormatViolation("file", file.toString(), ReadLimits.breach("file " + file + " is "
                        + ReadLimits.count(bytes) + " bytes long, more than that many characters",
                        limits.maxDocumentLength(), ReadLimits.MAX_DOCUMENT_LENGTH));
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("file", file.toString(), "exist");
        } catch (MalformedInputException e) {
            throw new InvalidInputException("file", file.toString(), "be UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException("file", file.toString(), "be readable (" + e.getMessage() + ")");
        }
    }

    /**
     * Rejects NaN and Infinity wherever they are. This runs before schema validation because the
     * validator cannot judge them: its {@code minimum} check throws on NaN, and JSON Schema has no
     * keyword for "finite".
     */
    static void requireFiniteNumbers(JsonNode node, String path, String rootName) {
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            String field = JsonPaths.shown(path, rootName);
            throw new FormatViolation(field, node.doubleValue(),
                    field + " must be a finite number, but was " + Echo.value(node));
        }
        if (node.isObject()) {
            node.properties().forEach(entry ->
                    requireFiniteNumbers(entry.getValue(), JsonPaths.field(path, entry.getKey()), rootName));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireFiniteNumbers(node.get(i), JsonPaths.index(path, i), rootName);
            }
        }
    }

    void validate(JsonSchema against, JsonNode tree, String rootName) {
        Set<ValidationMessage> findings = against.validate(tree);
        if (findings.isEmpty()) {
            return;
        }
        // one message per field: an empty id breaks both minLength and pattern, and a wrong type is
        // the finding that explains the others
        TreeMap<JsonNodePath, List<ValidationMessage>> byField = findings.stream().collect(Collectors.groupingBy(
                SchemaMessages::location, () -> new TreeMap<>(JsonPaths.DOCUMENT_ORDER), Collectors.toList()));
        ValidationMessage first = byField.firstEntry().getValue().stream()
                .min(Comparator.comparing((ValidationMessage m) -> !m.getType().equals("type"))
                        .thenComparing(ValidationMessage::getType))
                .orElseThrow();
        List<String> others = byField.keySet().stream().skip(1)
                .map(location -> JsonPaths.shown(JsonPaths.of(location), rootName)).toList();
        String more = others.isEmpty() ? "" : " (and " + others.size() + " more problem(s): "
                + String.join(", ", others.subList(0, Math.min(3, others.size()))) + (others.size() > 3 ? ", …" : "") + ")";
        String field = JsonPaths.shown(JsonPaths.of(SchemaMessages.location(first)), rootName);
        throw new FormatViolation(field, first.getInstanceNode(), schemaMessages.describe(first, rootName) + more);
    }

    <T> T bind(JsonNode tree, Class<T> type, String rootName) {
        return bind(tree, mapper.constructType(type), rootName);
    }

    <T> T bind(JsonNode tree, JavaType type, String rootName) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            InvalidInputException cause = findCause(e, InvalidInputException.class);
            if (cause == null) {
                throw JacksonMessages.notBindable(e, tree, rootName);
            }
            if (cause instanceof FormatViolation located) {
                throw located;
            }
            // a model record refused the value: its message names the record's field; put the path in front
            throw FormatViolation.at(JsonPaths.of(e.getPath()), cause);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(rootName, "", "be readable (" + JacksonMessages.plain(e.getOriginalMessage(), 1) + ")");
        }
    }

    private static <T extends Throwable> T findCause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Durations as people write them ({@code 30d}, {@code 4h}) or as the codec writes them ({@code PT720H}). */
    private static final class DurationDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            try {
                return Durations.parse(text);
            } catch (DateTimeParseException | NullPointerException e) {
                return (Duration) context.handleWeirdStringValue(Duration.class, text,
                        "not a duration such as 4h, 30d or PT4H");
            }
        }
    }

    /** A period as {@code {"start": …, "end": …}}, without its derived length. */
    private static final class PeriodSerializer extends JsonSerializer<ObservationPeriod> {
        @Override
        public void serialize(ObservationPeriod period, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeStartObject();
            generator.writeStringField("start", period.start().toString());
            generator.writeStringField("end", period.end().toString());
            generator.writeEndObject();
        }
    }

    /** A set in its elements' natural order (enum sets by declaration), whatever its implementation's order. */
    private static final class SortedSetSerializer extends JsonSerializer<Set<?>> {
        @Override
        public void serialize(Set<?> set, JsonGenerator generator, SerializerProvider provider) throws IOException {
            List<Object> items = new ArrayList<>(set);
            if (items.stream().allMatch(Comparable.class::isInstance)) {
                @SuppressWarnings({"unchecked", "rawtypes"})
                Comparator<Object> natural = (Comparator) Comparator.naturalOrder();
                items.sort(natural);
            }
            generator.writeStartArray();
            for (Object item : items) {
                provider.defaultSerializeValue(item, generator);
            }
            generator.writeEndArray();
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Set<?> value) {
            return value.isEmpty();
        }
    }

    /**
     * A claim as written: its {@code allegation}, or the earlier {@code accusesBrand} flag the
     * allegation is read from (with the topic), or both when they agree.
     */
    private static final class ClaimDeserializer extends JsonDeserializer<Claim> {
        /** The claim's fields, bound by Jackson; the record's own checks run in {@link #toClaim()}. */
        record Written(String id, String statement, Topic topic, String source, Claim.Status status,
                       Boolean accusesBrand, Claim.Allegation allegation, Claim.Role role) {

            Claim toClaim() {
                if (allegation == null && accusesBrand == null) {
                    throw new InvalidInputException("allegation", null, "be present (or accusesBrand, its earlier form)");
                }
                if (allegation != null && accusesBrand != null && allegation.accusesBrand() != accusesBrand) {
                    throw new InvalidInputException("accusesBrand", accusesBrand,
                            "agree with allegation " + allegation + " (which " + (allegation.accusesBrand()
                                    ? "blames" : "does not blame") + " the brand)");
                }
                Claim.Allegation read = allegation != null ? allegation : Claim.Allegation.inferred(accusesBrand, topic);
                return new Claim(id, statement, topic, source, status, read, role);
            }
        }

        @Override
        public Claim deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Written written = context.readValue(parser, Written.class);
            try {
                return written.toClaim();
            } catch (InvalidInputException e) {
                // thrown here, Jackson would not know the path: name the claim's field and let bind() add the path
                throw JsonMappingException.from(parser, e.getMessage(), e);
            }
        }
    }
}
