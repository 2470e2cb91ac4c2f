package io.crisisrules.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's first example is {@link QuickStart}, compiled, and it prints what the README says. */
class QuickStartTest {

    @Test
    void the_readme_example_is_the_quick_start_code() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/crisisrules/examples/QuickStart.java"));
        String marked = source.substring(source.indexOf("// readme-example:start\n") + "// readme-example:start\n".length(),
                source.indexOf("        // readme-example:end"));
        String unindented = marked.lines().map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .collect(Collectors.joining("\n", "", "\n"));

        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("```java\n") + "```java\n".length();
        String firstJavaBlock = readme.substring(start, readme.indexOf("```", start));

        assertThat(firstJavaBlock).as("README's first example against QuickStart.java").isEqualTo(unindented);
    }

    @Test
    void the_quick_start_prints_the_incident_the_plan_and_the_decision_the_readme_shows() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(console);
        }
        String output = printed.toString(StandardCharsets.UTF_8);

        assertThat(output.lines().findFirst()).hasValue("MODERATE PRODUCT_SERVICE_CRITICISM");
        assertThat(output).contains("FIRST_RESPONSE due ").contains("c1: DELETE_AND_REPORT [MOD-01]");
    }
}
