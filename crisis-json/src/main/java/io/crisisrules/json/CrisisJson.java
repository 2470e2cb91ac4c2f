package io.crisisrules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crisisrules.InvalidInputException;
import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.InputReceipt;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.MonitoringPlan;
import io.crisisrules.model.ReadinessGap;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.SignalChange;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationOutcome;
import io.crisisrules.moderation.Rejection;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON codec of the library's values: snapshots, assessments and every result in them,
 * a monitor's inputs (mention counts, mentions, KPI points, complaints, the brand), signal and incident changes and
 * its checkpoints, moderation decisions and outcomes. What it writes reads
 * back equal ({@code read(write(x), X.class).equals(x)}), so a host can store results, hand an
 * incident back in its next snapshot after a restart, or queue changes between services.
 *
 * <pre>{@code
 * CrisisJson json = CrisisJson.create();                          // thread-safe: share it
 * String stored = json.write(assessment);                         // one line: a jsonb column, a queue
 * Assessment back = json.read(stored, Assessment.class);          // equal to assessment
 * Snapshot next = snapshot.toBuilder().previousIncident(back.incident().orElseThrow()).build();
 * }</pre>
 *
 * <p><b>One versioned schema.</b> Every document is one definition of {@code crisis-rules.schema.json}
 * ({@value #SCHEMA_ID}), format version {@value #FORMAT_VERSION}, and says which in its first member,
 * {@code "$schema": "…crisis-rules-1.json#/$defs/assessment"}. Within a major version fields are only
 * added; a document of another version, or of another type than the one asked for, is rejected with
 * a message saying so, never misread. A document without {@code $schema} (written by hand) is read
 * as the type asked for.
 *
 * <p><b>Strict reading.</b> Malformed JSON is reported by line and column with the text there; an
 * unknown or missing field, a wrong type, NaN or Infinity, an unknown enum value, and a value a
 * record refuses each fail with an {@link InvalidInputException} naming the field as a JSON path
 * ({@code incidents[0].severity}) and echoing the value, in one line. A document larger than its
 * {@link ReadLimits} (length, depth, text length, items per list, digits of a number) is refused
 * while it is parsed, naming the field, the value and the limit; {@link #create(ReadLimits)} raises them.
 *
 * <p>Only record components are written: derived accessors such as {@link Incident#isOpen()} are
 * not. Sets and maps are written in their elements' natural order, so equal values give equal text.
 */
public final class CrisisJson {
    /** The major version of the format this codec writes and reads. */
    public static final int FORMAT_VERSION = 1;
    /** The {@code $id} of the schema of format version {@value #FORMAT_VERSION}. */
    public static final String SCHEMA_ID = "https://crisisrules.io/schema/crisis-rules-1.json";

    private static final Pattern SCHEMA_URI = Pattern.compile(
            "https://crisisrules\\.io/schema/crisis-rules-(\\d+)\\.json(?:#/\\$defs/([A-Za-z]+))?");
    private static final Map<Class<?>, String> DOCUMENTS = documents();

    private final StrictReader reader;

    private CrisisJson(StrictReader reader) {
        this.reader = reader;
    }

    /** @return a codec reading within {@link ReadLimits#defaults()}; the schema is loaded once per JVM and shared by every codec */
    public static CrisisJson create() {
        return new CrisisJson(StrictReader.shared());
    }

    /**
     * @param limits what one document may hold: a larger one is refused naming the limit's key
     * @return a codec reading within those limits
     * @throws InvalidInputException if limits is null
     */
    public static CrisisJson create(ReadLimits limits) {
        return new CrisisJson(StrictReader.within(limits));
    }

    /** @return what one document may hold when this codec reads it */
    public ReadLimits limits() {
        return reader.limits();
    }

    private static Map<Class<?>, String> documents() {
        Map<Class<?>, String> documents = new LinkedHashMap<>();
        documents.put(Snapshot.class, "snapshot");
        documents.put(Assessment.class, "assessment");
        documents.put(Incident.class, "incident");
        documents.put(WarningSignal.class, "warningSignal");
        documents.put(ResponseAction.class, "responseAction");
        documents.put(ActionDeadline.class, "actionDeadline");
        documents.put(ActionProgress.class, "actionProgress");
        documents.put(MonitoringPlan.class, "monitoringPlan");
        documents.put(ReadinessGap.class, "readinessGap");
        documents.put(InputReceipt.class, "inputReceipt");
        documents.put(Explanation.class, "explanation");
        documents.put(ModerationDecision.class, "moderationDecision");
        documents.put(ModerationOutcome.class, "moderationOutcome");
        documents.put(Rejection.class, "rejection");
        documents.put(Comment.class, "comment");
        documents.put(CommentInput.class, "commentInput");
        documents.put(SignalChange.class, "signalChange");
        documents.put(IncidentChange.class, "incidentChange");
        documents.put(MonitorCheckpoint.class, "monitorCheckpoint");
        // what a monitor is fed, one event per document (a queue of a brand's events)
        documents.put(MentionCount.class, "mentionCount");
        documents.put(Mention.class, "mention");
        documents.put(MetricObservation.class, "metricObservation");
        documents.put(Complaint.class, "complaint");
        documents.put(BrandContext.class, "brand");
        return Map.copyOf(documents);
    }

    /** @return the types this codec writes and reads, each a definition of the schema */
    public static Set<Class<?>> documentTypes() {
        return DOCUMENTS.keySet();
    }

    /**
     * @param type one of {@link #documentTypes()}
     * @return the URI of its definition, as documents of that type carry it in {@code $schema}
     * @throws InvalidInputException if the codec does not write that type
     */
    public static String schemaUri(Class<?> type) {
        return SCHEMA_ID + "#/$defs/" + definition(type);
    }

    /**
     * @param document a value of one of the {@link #documentTypes()}
     * @return it as JSON on one line, {@code $schema} first
     * @throws InvalidInputException if it is null or not of a document type
     */
    public String write(Object document) {
        try {
            return reader.mapper.writeValueAsString(tree(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + document.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * @param document a value of one of the {@link #documentTypes()}
     * @return it as indented JSON, for people, {@code $schema} first
     * @throws InvalidInputException if it is null or not of a document type
     */
    public String writePretty(Object document) {
        try {
            return reader.mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + document.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private ObjectNode tree(Object document) {
        if (document == null) {
            throw new InvalidInputException("document", null, "be present");
        }
        String uri = schemaUri(document.getClass());
        ObjectNode tree = reader.mapper.createObjectNode();
        tree.put("$schema", uri);
        tree.setAll((ObjectNode) reader.mapper.valueToTree(document));
        return tree;
    }

    /**
     * @param json a document, as {@link #write} wrote it or by hand
     * @param type what it holds, one of {@link #documentTypes()}
     * @param <T>  its type
     * @return the value
     * @throws InvalidInputException naming the field as a JSON path and the value, or the line and
     *                               column of malformed JSON, when anything is wrong
     */
    public <T> T read(String json, Class<T> type) {
        return read(json, type, 1, false);
    }

    /**
     * Reads one line of a JSON Lines file (one document per line), so that positions in messages
     * point into the file.
     *
     * @param line       the line
     * @param lineNumber its number in the file, from 1
     * @param type       what it holds
     * @param <T>        its type
     * @return the value
     * @throws InvalidInputException as {@link #read(String, Class)} does
     */
    public <T> T readLine(String line, long lineNumber, Class<T> type) {
        return read(line, type, lineNumber, true);
    }

    /**
     * @param file a UTF-8 file holding one document (a byte order mark is ignored)
     * @param type what it holds
     * @param <T>  its type
     * @return the value
     * @throws InvalidInputException naming the file when it cannot be read or is larger than the
     *                               document limit (which it is refused before it is read), otherwise as
     *                               {@link #read(String, Class)} does
     */
    public <T> T read(Path file, Class<T> type) {
        return read(reader.readFile(file), type);
    }

    private <T> T read(String json, Class<T> type, long firstLine, boolean oneValuePerLine) {
        if (json == null) {
            throw new InvalidInputException("json", null, "be present");
        }
        String definition = definition(type);
        JsonNode tree = reader.parse(json, firstLine, "document", oneValuePerLine);
        if (tree instanceof ObjectNode object && object.has("$schema")) {
            requireVersionAndType(object.get("$schema"), type, definition);
            object.remove("$schema");
        }
        if (type == MonitorCheckpoint.class && tree instanceof ObjectNode checkpoint) {
            requireCheckpointVersion(checkpoint.get("version"));
        }
        StrictReader.requireFiniteNumbers(tree, "", "document");
        reader.validate(reader.definition(definition), tree, "document");
        return reader.bind(tree, type, "document");
    }

    private static void requireVersionAndType(JsonNode schema, Class<?> type, String definition) {
        String expected = SCHEMA_ID + "#/$defs/" + definition;
        Matcher uri = SCHEMA_URI.matcher(schema.isTextual() ? schema.asText() : "");
        if (!uri.matches()) {
            throw new FormatViolation("$schema", schema, "$schema must be the URI of a definition of the "
                    + "crisis-rules format (" + expected + "), but was " + Echo.value(schema));
        }
        if (!uri.group(1).equals(String.valueOf(FORMAT_VERSION))) {
            throw new FormatViolation("$schema", schema, "$schema must be of format version " + FORMAT_VERSION
                    + ", the one this library reads (" + SCHEMA_ID + "), but was version " + uri.group(1) + ": "
                    + Echo.value(schema));
        }
        if (uri.group(2) != null && !uri.group(2).equals(definition)) {
            throw new FormatViolation("$schema", schema, "$schema must name the definition of a "
                    + type.getSimpleName() + " (#/$defs/" + definition + "), but the document is a " + uri.group(2)
                    + ": " + Echo.value(schema));
        }
    }

    /** Before the schema: a checkpoint of another version may have other fields, and must be named as such. */
    private static void requireCheckpointVersion(JsonNode version) {
        if (version == null) {
            throw new FormatViolation("version", null, "version must be present: the format of the checkpoint ("
                    + MonitorCheckpoint.VERSION + " for this library)");
        }
        if (!version.isIntegralNumber() || version.asLong() != MonitorCheckpoint.VERSION) {
            throw new FormatViolation("version", version, "version must be " + MonitorCheckpoint.VERSION
                    + ", the checkpoint format this library reads, but was " + Echo.value(version)
                    + ": a checkpoint of another version cannot be continued by this library");
        }
    }

    private static String definition(Class<?> type) {
        String definition = type == null ? null : DOCUMENTS.get(type);
        if (definition == null) {
            throw new InvalidInputException("type", type == null ? null : type.getName(),
                    "be one of the documents of the format: " + DOCUMENTS.keySet().stream()
                            .map(Class::getSimpleName).sorted().toList());
        }
        return definition;
    }
}
