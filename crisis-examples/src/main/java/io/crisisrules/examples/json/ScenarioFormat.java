package io.crisisrules.examples.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
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
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Incident;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.Snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads scenario files (format documented by {@code scenario.schema.json} and the README) and
 * writes results as JSON. Reading is strict: a missing or unknown field, a value of the wrong type
 * or out of range, NaN or Infinity, an unknown enum value and a duplicate id each fail with an
 * {@link InvalidInputException} whose one-line message names the field (as a JSON path) and echoes
 * the value; malformed JSON fails naming the line and column and showing the text there. Nothing is
 * skipped or defaulted silently. The wording is in {@link SchemaMessages} (schema findings) and
 * {@link JacksonMessages} (parsing and binding). Thread-safe.
 */
public final class ScenarioFormat {
    /** Class-path location of the scenario JSON Schema. */
    public static final String SCHEMA_RESOURCE = "io/crisisrules/examples/json/scenario.schema.json";

    private final ObjectMapper mapper;
    private final JsonSchema scenarioSchema;
    private final JsonSchema commentSchema;
    private final SchemaMessages schemaMessages;

    /** Loads the schema; build one and reuse it. */
    public ScenarioFormat() {
        SimpleModule durations = new SimpleModule("durations");
        durations.addDeserializer(Duration.class, new DurationDeserializer());
        durations.addSerializer(Duration.class, ToStringSerializer.instance);
        durations.addSerializer(ObservationPeriod.class, new PeriodSerializer());
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(durations)
                // read NaN and Infinity so that requireFiniteNumbers can name the field; Jackson's own
                // error names neither the field nor the value
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
        JsonNode schemaNode;
        try (InputStream in = ScenarioFormat.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the class path");
            }
            schemaNode = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        // English whatever the machine's locale: the few findings SchemaMessages does not rephrase
        // are shown in the validator's words
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build();
        this.scenarioSchema = factory.getSchema(schemaNode, config);
        this.commentSchema = factory.getSchema(definition(schemaNode, "comment"), config);
        this.schemaMessages = new SchemaMessages(schemaNode);
    }

    /** A schema whose root is one of the scenario schema's definitions, keeping every definition. */
    private static JsonNode definition(JsonNode schema, String name) {
        com.fasterxml.jackson.databind.node.ObjectNode root = schema.deepCopy();
        root.remove(List.of("type", "required", "additionalProperties", "properties", "title", "description"));
        root.put("$ref", "#/$defs/" + name);
        return root;
    }

    /** @return the mapper used for output; configured for the library's records */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * @param file a scenario file
     * @return its content
     * @throws InvalidInputException naming the file, the JSON path and the value, when anything is wrong
     */
    public Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("file", file.toString(), "exist");
        } catch (IOException e) {
            throw new InvalidInputException("file", file.toString(), "be readable (" + e.getMessage() + ")");
        }
        // some editors start a UTF-8 file with a byte order mark; RFC 8259 lets a reader ignore it
        return read(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * @param json a scenario document
     * @return its content
     * @throws InvalidInputException naming the JSON path and the value, when anything is wrong
     */
    public Scenario read(String json) {
        JsonNode tree = parse(json, 1, "document", false);
        requireFiniteNumbers(tree, "", "document");
        validate(scenarioSchema, tree, "document");
        ScenarioDocument document = bind(tree, ScenarioDocument.class, "document");
        Incident incident = document.incident() == null ? null : document.incident().toIncident(document.brand().brandId());
        if (incident == null && document.progress() != null && !document.progress().isEmpty()) {
            throw new InvalidInputException("progress", document.progress().size() + " record(s)",
                    "come with the incident they belong to (field incident)");
        }
        List<ActionProgress> progress = document.progress() == null ? List.of()
                : document.progress().stream().map(p -> p.toProgress(incident.id())).toList();
        Snapshot snapshot = new Snapshot(document.brand(), document.trigger(), document.metrics(), document.mentions(),
                document.relays(), document.claims(), document.comments(), document.complaints(),
                document.customers(), document.typeOverride(), document.mentionHistory(), List.of(), incident,
                progress);
        Map<String, String> settings = new LinkedHashMap<>();
        if (document.settings() != null) {
            document.settings().forEach((key, value) -> settings.put(key, String.valueOf(value)));
        }
        return new Scenario(document.name(), document.description(), document.now(), snapshot, settings);
    }

    /**
     * Reads one comment object, as a scenario's {@code comments} items hold it.
     *
     * @param json one comment object
     * @return the comment
     * @throws InvalidInputException naming the field and the value, when anything is wrong
     */
    public Comment readComment(String json) {
        return readComment(json, 1, false);
    }

    /**
     * Reads one line of a JSON Lines file of comments.
     *
     * @param line       the line, one comment object
     * @param lineNumber the line's number in its file, so that a position in a message points into the file
     * @return the comment
     * @throws InvalidInputException naming the field and the value, or the line and column of
     *                               malformed JSON, when anything is wrong
     */
    public Comment readCommentLine(String line, long lineNumber) {
        return readComment(line, lineNumber, true);
    }

    private Comment readComment(String json, long firstLine, boolean oneValuePerLine) {
        JsonNode tree = parse(json, firstLine, "comment", oneValuePerLine);
        requireFiniteNumbers(tree, "", "comment");
        validate(commentSchema, tree, "comment");
        return bind(tree, Comment.class, "comment");
    }

    /**
     * @param value a result (an assessment, a decision)
     * @return it as indented JSON
     */
    public String write(Object value) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    JsonNode parse(String json, long firstLine, String rootName, boolean oneValuePerLine) {
        try {
            JsonNode tree = mapper.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidInputException(rootName, json, "hold a JSON object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw JacksonMessages.notWellFormed(e, json, firstLine, rootName, oneValuePerLine);
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

    void validate(JsonSchema schema, JsonNode tree, String rootName) {
        Set<ValidationMessage> findings = schema.validate(tree);
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
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            InvalidInputException cause = findCause(e, InvalidInputException.class);
            if (cause == null) {
                throw JacksonMessages.notBindable(e, tree, rootName);
            }
            // a model record refused the value: its message names the record's field; put the path in front
            String path = JsonPaths.of(e.getPath());
            String field = path.isEmpty() ? cause.field() : path + "." + cause.field();
            throw new FormatViolation(field, cause.value(), field + cause.getMessage().substring(cause.field().length()));
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

    /** A value the format does not allow, located by its JSON path. */
    static final class FormatViolation extends InvalidInputException {
        private static final long serialVersionUID = 1L;

        FormatViolation(String path, Object value, String message) {
            super(path, value, message, null);
        }
    }

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

    private static final class PeriodSerializer extends com.fasterxml.jackson.databind.JsonSerializer<ObservationPeriod> {
        @Override
        public void serialize(ObservationPeriod period, com.fasterxml.jackson.core.JsonGenerator generator,
                              com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
            generator.writeStartObject();
            generator.writeStringField("start", period.start().toString());
            generator.writeStringField("end", period.end().toString());
            generator.writeEndObject();
        }
    }
}
