package io.crisisrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema says what the Java types are: every document type has a definition whose properties
 * are its record components, so the schema cannot fall behind the model (its enums are generated
 * from the Java enums: {@link GeneratedArtifactsAreCurrentTest}).
 */
class SchemaTest {
    private static JsonNode schema() throws IOException {
        try (InputStream in = SchemaTest.class.getClassLoader().getResourceAsStream(ScenarioFormat.SCHEMA_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
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
