package io.crisisrules.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's listener examples and {@code CrisisMonitor}'s Javadoc example are the code of
 * {@link ListenerExamples}, which compiles: neither can drift into code that does not.
 */
class ListenerExamplesTest {

    private static String region(String name) throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/crisisrules/examples/ListenerExamples.java"));
        String start = "// " + name + ":start\n";
        int from = source.indexOf(start);
        int to = source.indexOf("        // " + name + ":end");
        assertThat(from).as(name + " start marker").isNotNegative();
        assertThat(to).as(name + " end marker").isGreaterThan(from);
        return source.substring(from + start.length(), to).lines()
                .map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** @return the README's Java block that starts with {@code firstLine} */
    private static String readmeBlock(String firstLine) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("```java\n" + firstLine);
        assertThat(start).as("README java block starting with " + firstLine).isNotNegative();
        start += "```java\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void the_readme_builder_example_with_a_lambda_listener_is_compiled_code() throws IOException {
        assertThat(readmeBlock("CrisisEngine engine = CrisisEngine.builder()\n        .settings("))
                .isEqualTo(region("readme-example"));
    }

    @Test
    void the_readme_streaming_example_is_compiled_code() throws IOException {
        assertThat(readmeBlock("try (CrisisMonitor monitor")).isEqualTo(region("readme-streaming"));
    }

    @Test
    void the_crisis_monitor_javadoc_example_is_compiled_code() throws IOException {
        String source = Files.readString(Path.of("..", "crisis-core/src/main/java/io/crisisrules/CrisisMonitor.java"));
        int start = source.indexOf(" * <pre>{@code\n") + " * <pre>{@code\n".length();
        String javadoc = source.substring(start, source.indexOf(" * }</pre>", start)).lines()
                .map(line -> line.startsWith(" * ") ? line.substring(3) : line.substring(Math.min(2, line.length())))
                .collect(Collectors.joining("\n", "", "\n"));

        assertThat(javadoc).isEqualTo(region("javadoc-example"));
    }
}
