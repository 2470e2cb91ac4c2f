package io.crisisrules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.CrisisFrame;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.Harm;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.Metric;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.OwnerRole;
import io.crisisrules.model.PublicStatement;
import io.crisisrules.model.ReadinessGap;
import io.crisisrules.model.ReadinessProfile;
import io.crisisrules.model.Relay;
import io.crisisrules.model.Sector;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.Topic;
import io.crisisrules.model.TriggerOrigin;
import io.crisisrules.model.VerificationStatus;
import io.crisisrules.model.WarningSignal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the {@code enum} arrays of the JSON schema from the Java enums they stand for, in
 * declaration order; the rest of the schema is written by hand and left as it is. An array keeps
 * its layout: on one line if it was, else one constant per line. Every {@code enum} of the schema
 * must be listed here (by JSON pointer), so none is left to fall behind its Java type.
 * {@link GeneratedArtifactsAreCurrentTest} checks the checked-in copy.
 */
final class SchemaEnumsGenerator {

    /** The Java enum of each {@code enum} array of the schema, by the JSON pointer of the object holding it. */
    static final Map<String, Class<? extends Enum<?>>> ENUMS = enums();

    private SchemaEnumsGenerator() {
    }

    private static Map<String, Class<? extends Enum<?>>> enums() {
        Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
        enums.put("/$defs/sector", Sector.class);
        enums.put("/$defs/channel", Channel.class);
        enums.put("/$defs/complaintChannel", ComplaintChannel.class);
        enums.put("/$defs/topic", Topic.class);
        enums.put("/$defs/label", CommentLabel.class);
        enums.put("/$defs/failureType", FailureType.class);
        enums.put("/$defs/crisisType", CrisisType.class);
        enums.put("/$defs/crisisFrame", CrisisFrame.class);
        enums.put("/$defs/statement/properties/stance", PublicStatement.Stance.class);
        enums.put("/$defs/ownerRole", OwnerRole.class);
        enums.put("/$defs/brand/properties/priorReputation", BrandContext.Reputation.class);
        enums.put("/$defs/readiness/properties/monitoredKeywords/items", ReadinessProfile.KeywordKind.class);
        enums.put("/$defs/readiness/properties/socialMediaStrategy/items", ReadinessProfile.StrategyElement.class);
        enums.put("/$defs/readiness/properties/roiIndicators/items", ReadinessProfile.RoiIndicator.class);
        enums.put("/$defs/metricObservation/properties/metric", Metric.class);
        enums.put("/$defs/relay/properties/kind", Relay.Kind.class);
        enums.put("/$defs/claim/properties/status", Claim.Status.class);
        enums.put("/$defs/claim/properties/allegation", Claim.Allegation.class);
        enums.put("/$defs/claim/properties/role", Claim.Role.class);
        enums.put("/$defs/complaint/properties/status", ComplaintStatus.class);
        enums.put("/$defs/alertState", AlertState.class);
        enums.put("/$defs/severity", Severity.class);
        enums.put("/$defs/incidentChangeKind", IncidentChange.Kind.class);
        enums.put("/$defs/actionKind", ActionKind.class);
        enums.put("/$defs/guideline", Guideline.class);
        enums.put("/$defs/sla", ActionDeadline.Sla.class);
        enums.put("/$defs/readinessGapKind", ReadinessGap.Kind.class);
        enums.put("/$defs/moderationAction", ModerationAction.class);
        enums.put("/$defs/signalKind", SignalKind.class);
        enums.put("/$defs/referenceKind", WarningSignal.ReferenceKind.class);
        enums.put("/$defs/incidentStatus", IncidentStatus.class);
        enums.put("/$defs/responsibility", CrisisType.Responsibility.class);
        enums.put("/$defs/verification", VerificationStatus.class);
        enums.put("/$defs/harmKind", Harm.Kind.class);
        enums.put("/$defs/aggravatingFactor", Incident.AggravatingFactor.class);
        enums.put("/$defs/progressState", ActionProgress.State.class);
        enums.put("/$defs/triggerOrigin", TriggerOrigin.class);
        return enums;
    }

    /** One {@code enum} array of the schema text: where its brackets are and which object holds it. */
    record EnumArray(String pointer, int start, int end) {
    }

    /**
     * @param schema the schema's text
     * @return the same text with every {@code enum} array written from its Java enum
     * @throws IllegalStateException naming the pointer of an {@code enum} array no Java enum stands for
     */
    static String generate(String schema) {
        List<EnumArray> arrays = arrays(schema);
        StringBuilder out = new StringBuilder(schema.length());
        int at = 0;
        for (EnumArray array : arrays) {
            Class<? extends Enum<?>> type = ENUMS.get(array.pointer());
            if (type == null) {
                throw new IllegalStateException("the schema's enum at " + array.pointer() + " stands for no Java enum:"
                        + " add it to SchemaEnumsGenerator.ENUMS");
            }
            out.append(schema, at, array.start()).append(format(schema, array, type));
            at = array.end();
        }
        List<String> unused = new ArrayList<>(ENUMS.keySet());
        arrays.forEach(array -> unused.remove(array.pointer()));
        if (!unused.isEmpty()) {
            throw new IllegalStateException("SchemaEnumsGenerator.ENUMS names objects with no enum in the schema: " + unused);
        }
        return out.append(schema, at, schema.length()).toString();
    }

    private static String format(String schema, EnumArray array, Class<? extends Enum<?>> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> "\"" + c.name() + "\"").toList();
        String original = schema.substring(array.start(), array.end());
        if (original.indexOf('\n') < 0) {
            return "[" + String.join(", ", names) + "]";
        }
        int lineStart = schema.lastIndexOf('\n', array.start()) + 1;
        String indent = schema.substring(lineStart, array.start()).replaceAll("\\S.*", "");
        return names.stream().collect(Collectors.joining(",\n" + indent + "  ", "[\n" + indent + "  ", "\n" + indent + "]"));
    }

    /** @return every {@code enum} array of the schema, in text order */
    static List<EnumArray> arrays(String schema) {
        List<EnumArray> arrays = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(schema)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.currentName().equals("enum")) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    String holder = pointer.substring(0, pointer.length() - "/enum".length());
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        throw new IllegalStateException("the schema's enum at " + holder + " is not an array");
                    }
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
                    arrays.add(new EnumArray(holder, start, end));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return arrays;
    }
}
