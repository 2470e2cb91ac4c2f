package io.crisisrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import io.crisisrules.InvalidInputException;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Snapshot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads scenario files: one brand's situation at one instant, written by people (format documented
 * by the root of {@code crisis-rules.schema.json} and the README). Reading is strict: a missing or
 * unknown field, a value of the wrong type or out of range, NaN or Infinity, an unknown enum value
 * and a duplicate id each fail with an {@link InvalidInputException} whose one-line message names the
 * field (as a JSON path) and echoes the value; malformed JSON fails naming the line and column and
 * showing the text there; a file or line larger than its {@link ReadLimits} fails naming the limit.
 * Nothing is skipped or defaulted silently. The wording is in
 * {@link SchemaMessages} (schema findings) and {@link JacksonMessages} (parsing and binding).
 *
 * <p>A scenario holds the host's short form of the previous incident and its progress; results and
 * exact snapshots are read and written by {@link CrisisJson}, on the same schema. Thread-safe.
 */
public final class ScenarioFormat {
    /** Class-path location of the JSON Schema of scenario files and of every document of the codec. */
    public static final String SCHEMA_RESOURCE = StrictReader.SCHEMA_RESOURCE;

    private final StrictReader reader;
    private final JsonSchema commentSchema;
    private final CrisisJson codec;

    /** Loads the schema (once per JVM) and reads within {@link ReadLimits#defaults()}; build one and reuse it. */
    public ScenarioFormat() {
        this(ReadLimits.defaults());
    }

    /**
     * @param limits what one scenario file, or one comment line, may hold
     * @throws InvalidInputException if limits is null
     */
    public ScenarioFormat(ReadLimits limits) {
        this.reader = StrictReader.within(limits);
        this.commentSchema = reader.definition("comment");
        this.codec = CrisisJson.create(limits);
    }

    /** @return what one scenario file, or one comment line, may hold */
    public ReadLimits limits() {
        return reader.limits();
    }

    /** @return the mapper the codec writes with, configured for the library's records */
    public ObjectMapper mapper() {
        return reader.mapper;
    }

    /**
     * @param file a scenario file
     * @return its content
     * @throws InvalidInputException naming the file, the JSON path and the value, when anything is wrong
     *                               (a file larger than the document limit is refused before it is read)
     */
    public Scenario read(Path file) {
        return read(reader.readFile(file));
    }

    /**
     * @param json a scenario document
     * @return its content
     * @throws InvalidInputException naming the JSON path and the value, when anything is wrong
     */
    public Scenario read(String json) {
        JsonNode tree = reader.checked(json, 1, "document", false, reader.root());
        ScenarioDocument document = reader.bind(tree, ScenarioDocument.class, "document");
        Incident incident = document.incident() == null ? null : document.incident().toIncident(document.brand().brandId());
        if (incident == null && document.progress() != null && !document.progress().isEmpty()) {
            throw new InvalidInputException("progress", document.progress().size() + " record(s)",
                    "come with the incident they belong to (field incident)");
        }
        List<ActionProgress> progress = new ArrayList<>();
        if (document.progress() != null) {
            for (int i = 0; i < document.progress().size(); i++) {
                try {
                    progress.add(document.progress().get(i).toProgress(incident.id()));
                } catch (InvalidInputException e) {
                    throw FormatViolation.at("progress[" + i + "]", e);
                }
            }
        }
        Snapshot snapshot = new Snapshot(document.brand(), document.trigger(), document.metrics(), document.mentions(),
                document.relays(), document.claims(), document.comments(), document.complaints(),
                document.customers(), document.typeOverride(), document.mentionHistory(), List.of(), incident,
                progress, document.harm() == null ? null : document.harm().toHarm(), document.statements());
        Map<String, String> settings = new LinkedHashMap<>();
        if (document.settings() != null) {
            document.settings().forEach((key, value) -> settings.put(key, String.valueOf(value)));
        }
        Expectations expectations = document.expect();
        if (expectations != null) {
            expectations.requireComments(snapshot.comments().stream().map(Comment::id).collect(Collectors.toSet()));
        }
        return new Scenario(document.name(), document.description(), document.now(), snapshot, settings, expectations);
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
        JsonNode tree = reader.checked(json, firstLine, "comment", oneValuePerLine, commentSchema);
        return reader.bind(tree, Comment.class, "comment");
    }

    /**
     * @param value a result (an assessment, a decision) or another document of the codec
     * @return it as indented JSON, as {@link CrisisJson#writePretty} writes it
     */
    public String write(Object value) {
        return codec.writePretty(value);
    }
}
