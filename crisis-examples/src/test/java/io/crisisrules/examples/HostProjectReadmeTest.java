package io.crisisrules.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample host project ({@code samples/host-project}, built by maven-invoker-plugin) runs the
 * README's own code: its test classes are the README's snippets, byte for byte, and its module's
 * quick start is the README's.
 */
class HostProjectReadmeTest {
    private static final Path SAMPLE = Path.of("..", "samples", "host-project");

    @Test
    void the_sample_runs_the_readmes_complete_property_test() throws IOException {
        assertThat(javaBlockDeclaring("class OurCrisisPolicyTest "))
                .isEqualTo(Files.readString(SAMPLE.resolve("src/test/java/OurCrisisPolicyTest.java")));
    }

    @Test
    void the_sample_runs_the_readmes_test_for_other_frameworks() throws IOException {
        assertThat(javaBlockDeclaring("class OurCrisisPolicySampledTest "))
                .isEqualTo(Files.readString(SAMPLE.resolve("src/test/java/OurCrisisPolicySampledTest.java")));
    }

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

    private static String javaBlockDeclaring(String declaration) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> blocks = new ArrayList<>();
        for (int start = readme.indexOf("```java\n"); start >= 0; start = readme.indexOf("```java\n", start)) {
            int end = readme.indexOf("```\n", start + 8);
            blocks.add(readme.substring(start + 8, end));
            start = end + 4;
        }
        List<String> declaring = blocks.stream().filter(block -> block.contains(declaration)).toList();
        assertThat(declaring).as("README's Java blocks declaring %s", declaration).hasSize(1);
        return declaring.get(0);
    }

    private static String marked(Path source) throws IOException {
        String text = Files.readString(source);
        return text.substring(text.indexOf("// readme-example:start"), text.indexOf("// readme-example:end"))
                .lines().map(String::strip).collect(Collectors.joining("\n"));
    }
}
