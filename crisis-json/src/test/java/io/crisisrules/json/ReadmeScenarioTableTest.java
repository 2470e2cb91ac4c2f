package io.crisisrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Scenario format" table describes the fields the schema accepts, with the same
 * required ones, and the field lists it gives for objects (`{metric, scope?, …}`) match the schema
 * too, so the table cannot leave a field out again.
 */
class ReadmeScenarioTableTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (yes|no) \\| (.*) \\|$", Pattern.MULTILINE);
    private static final Pattern FIELD_LIST = Pattern.compile("`(\\{[^`]*})`");

    private static JsonNode schema() throws IOException {
        try (InputStream in = ReadmeScenarioTableTest.class.getClassLoader()
                .getResourceAsStream(ScenarioFormat.SCHEMA_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** @return the rows of the table: field, whether required, what */
    private static Map<String, String[]> rows() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("## Scenario format");
        int end = readme.indexOf("\n## ", start + 1);
        assertThat(start).as("README section 'Scenario format'").isNotNegative();
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(readme.substring(start, end));
        while (row.find()) {
            rows.put(row.group(1), new String[] {row.group(2), row.group(3)});
        }
        return rows;
    }

    @Test
    void the_table_has_one_row_per_field_of_the_schema_marked_required_as_the_schema_says() throws IOException {
        JsonNode schema = schema();
        Map<String, String[]> rows = rows();

        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(names(schema.get("properties")));
        Set<String> required = new TreeSet<>();
        schema.get("required").forEach(name -> required.add(name.asText()));
        rows.forEach((field, row) -> assertThat(row[0]).as(field).isEqualTo(required.contains(field) ? "yes" : "no"));
    }

    @Test
    void the_field_list_of_an_object_names_its_fields_with_a_question_mark_on_the_optional_ones() throws IOException {
        JsonNode schema = schema();
        int checked = 0;
        for (Map.Entry<String, String[]> row : rows().entrySet()) {
            JsonNode object = objectOf(schema, schema.get("properties").get(row.getKey()));
            if (!object.has("properties")) {
                continue;
            }
            Matcher list = FIELD_LIST.matcher(row.getValue()[1]);
            assertThat(list.find()).as("a `{…}` field list in the row of %s", row.getKey()).isTrue();
            Set<String> expected = new TreeSet<>();
            Set<String> required = new TreeSet<>();
            object.path("required").forEach(name -> required.add(name.asText()));
            names(object.get("properties")).forEach(name -> expected.add(required.contains(name) ? name : name + "?"));

            assertThat(new TreeSet<>(listed(list.group(1)))).as("fields of %s", row.getKey()).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).as("rows with a field list").isGreaterThanOrEqualTo(10);
    }

    /** An object's schema, through {@code $ref} and array {@code items}. */
    private static JsonNode objectOf(JsonNode schema, JsonNode property) {
        JsonNode node = property;
        while (node.has("$ref") || node.has("items")) {
            node = node.has("$ref") ? schema.at(node.get("$ref").asText().substring(1)) : node.get("items");
        }
        return node;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** {@code {metric, scope?, period:{start,end}, status: A/B}} → metric, scope?, period, status */
    private static List<String> listed(String list) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        StringBuilder item = new StringBuilder();
        for (char c : list.substring(1, list.length() - 1).toCharArray()) {
            if (c == ',' && depth == 0) {
                names.add(nameOf(item.toString()));
                item.setLength(0);
                continue;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            item.append(c);
        }
        names.add(nameOf(item.toString()));
        return names;
    }

    private static String nameOf(String item) {
        return item.split("[:{]", 2)[0].strip();
    }
}
