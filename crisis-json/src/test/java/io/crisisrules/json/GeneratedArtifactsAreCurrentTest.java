package io.crisisrules.json;

import io.crisisrules.testing.CheckedInCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What crisis-json derives from the code is checked in as the generator writes it: the schema's
 * {@code enum} arrays, from the Java enums. Run with {@code -Dcrisis.regenerate=true} to rewrite a
 * stale copy.
 */
class GeneratedArtifactsAreCurrentTest {
    private static final Path SCHEMA = Path.of("src/main/resources", ScenarioFormat.SCHEMA_RESOURCE);

    @Test
    void the_schema_s_enums_are_the_constants_of_their_java_enums_in_order() throws IOException {
        String schema = Files.readString(SCHEMA);
        assertThat(CheckedInCopy.problem(SCHEMA, SchemaEnumsGenerator.generate(schema), CheckedInCopy.regenerating()))
                .isNull();
    }

    @Test
    void a_stale_enum_is_reported_with_its_line_and_rewritten_on_request(@TempDir Path temp) throws IOException {
        // what the generator writes, not the checked-in copy: a regenerating run may not have rewritten it yet
        String current = SchemaEnumsGenerator.generate(Files.readString(SCHEMA));
        // as if BLOCK_AUTHOR had just been added to ModerationAction and the schema not regenerated
        String stale = current.replace("        \"BLOCK_AUTHOR\",\n", "");
        assertThat(stale).isNotEqualTo(current);
        Path copy = temp.resolve("crisis-rules.schema.json");
        Files.writeString(copy, stale);

        String problem = CheckedInCopy.problem(copy, SchemaEnumsGenerator.generate(stale), false);
        assertThat(problem).contains(copy.toString(), "is stale", "\"DELETE_AND_REPORT\"", "\"BLOCK_AUTHOR\"",
                "-Dcrisis.regenerate=true");

        assertThat(CheckedInCopy.problem(copy, SchemaEnumsGenerator.generate(stale), true)).isNull();
        assertThat(Files.readString(copy)).isEqualTo(current);
        assertThat(SchemaEnumsGenerator.arrays(current)).hasSize(SchemaEnumsGenerator.ENUMS.size());
    }

    @Test
    void an_enum_array_with_no_java_enum_and_a_java_enum_with_no_array_are_errors() {
        String schema = "{\"$defs\": {\"severity\": {\"enum\": [\"MINOR\"]}}}";
        assertThatThrownBy(() -> SchemaEnumsGenerator.generate(schema))
                .hasMessageContaining("names objects with no enum in the schema");
        String unknown = "{\"$defs\": {\"colour\": {\"enum\": [\"RED\"]}}}";
        assertThatThrownBy(() -> SchemaEnumsGenerator.generate(unknown))
                .hasMessageContaining("the schema's enum at /$defs/colour stands for no Java enum");
    }
}
