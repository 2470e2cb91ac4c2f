package io.crisisrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.Channel;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.CrisisFrame;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.Harm;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.OwnerRole;
import io.crisisrules.model.ReadinessGap;
import io.crisisrules.model.Sector;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.Topic;
import io.crisisrules.model.TriggerOrigin;
import io.crisisrules.model.VerificationStatus;
import io.crisisrules.model.WarningSignal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema says what the Java types are: every enum definition lists exactly the constants of its
 * enum, in order, and every document type has a definition whose properties are its record
 * components, so the schema cannot fall behind the model.
 */
class SchemaTest {
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
            Map.entry("sector", Sector.class), Map.entry("channel", Channel.class),
            Map.entry("complaintChannel", ComplaintChannel.class), Map.entry("topic", Topic.class),
            Map.entry("label", CommentLabel.class), Map.entry("failureType", FailureType.class),
            Map.entry("crisisType", CrisisType.class), Map.entry("crisisFrame", CrisisFrame.class),
            Map.entry("ownerRole", OwnerRole.class), Map.entry("alertState", AlertState.class),
            Map.entry("severity", Severity.class), Map.entry("incidentChangeKind", IncidentChange.Kind.class),
            Map.entry("actionKind", ActionKind.class), Map.entry("guideline", Guideline.class),
            Map.entry("sla", ActionDeadline.Sla.class), Map.entry("readinessGapKind", ReadinessGap.Kind.class),
            Map.entry("moderationAction", ModerationAction.class), Map.entry("signalKind", SignalKind.class),
            Map.entry("referenceKind", WarningSignal.ReferenceKind.class),
            Map.entry("incidentStatus", IncidentStatus.class),
            Map.entry("responsibility", CrisisType.Responsibility.class),
            Map.entry("verification", VerificationStatus.class), Map.entry("harmKind", Harm.Kind.class),
            Map.entry("aggravatingFactor", Incident.AggravatingFactor.class),
            Map.entry("progressState", ActionProgress.State.class), Map.entry("triggerOrigin", TriggerOrigin.class));

    private static JsonNode schema() throws IOException {
        try (InputStream in = SchemaTest.class.getClassLoader().getResourceAsStream(ScenarioFormat.SCHEMA_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void every_enum_definition_lists_the_constants_of_its_java_enum() throws IOException {
        JsonNode defs = schema().get("$defs");
        List<String> enumDefinitions = new ArrayList<>();
        defs.properties().forEach(entry -> {
            if (entry.getValue().has("enum")) {
                enumDefinitions.add(entry.getKey());
            }
        });
        assertThat(enumDefinitions).containsExactlyInAnyOrderElementsOf(ENUMS.keySet());
        ENUMS.forEach((name, type) -> {
            List<String> listed = new ArrayList<>();
            defs.get(name).get("enum").forEach(value -> listed.add(value.asText()));
            assertThat(listed).as(name).containsExactlyElementsOf(
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        });
    }

    @Test
    void every_document_type_has_a_definition_with_its_record_components() throws IOException {
        JsonNode schema = schema();
        assertThat(schema.get("$id").asText()).isEqualTo(CrisisJson.SCHEMA_ID);
        for (Class<?> type : CrisisJson.documentTypes()) {
            String uri = CrisisJson.schemaUri(type);
            JsonNode definition = schema.at(uri.substring(uri.indexOf('#') + 1));
            assertThat(definition.isMissingNode()).as(uri).isFalse();
            List<String> properties = new ArrayList<>();
            definition.get("properties").fieldNames().forEachRemaining(properties::add);
            List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            assertThat(properties).as(type.getSimpleName()).containsExactlyInAnyOrderElementsOf(components);
        }
    }
}
