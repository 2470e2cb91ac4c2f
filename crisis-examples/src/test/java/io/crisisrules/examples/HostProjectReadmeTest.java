package io.crisisrules.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample host project ({@code samples/host-project}, built by maven-invoker-plugin) runs the
 * README's own code: its test classes are the README's snippets, byte for byte (the README's markers
 * name them, {@code DocumentedExamplesTest} compares), and its module's quick start is the README's.
 */
class HostProjectReadmeTest {
    private static final Path SAMPLE = Path.of("..", "samples", "host-project");

    @Test
    void the_sample_runs_the_readmes_quick_start_as_a_module() throws IOException {
        assertThat(marked(SAMPLE.resolve("src/module/java/com/example/host/QuickStart.java")))
                .isEqualTo(marked(Path.of("src/main/java/io/crisisrules/examples/QuickStart.java")));
        assertThat(Files.readString(SAMPLE.resolve("src/module/java/module-info.java")))
                .contains("requires io.crisisrules.core;");
    }

    @Test
    void the_sample_depends_on_the_version_being_built() throws IOException {
        String pom = Files.readString(SAMPLE.resolve("pom.xml"));
        String version = Files.readString(Path.of("pom.xml")).replaceAll("(?s).*?<parent>.*?<version>([^<]+)</version>.*", "$1");

        assertThat(pom).contains("<crisis-rules.version>" + version + "</crisis-rules.version>")
                .doesNotContain("<includes>");
    }

    private static String marked(Path source) throws IOException {
        String text = Files.readString(source);
        return text.substring(text.indexOf("// readme-example:start"), text.indexOf("// readme-example:end"))
                .lines().map(String::strip).collect(Collectors.joining("\n"));
    }
}
