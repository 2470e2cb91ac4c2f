package io.crisisrules.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every {@code ```java} block of the README, and the Javadoc examples the README repeats, is code the
 * build compiles: the block is preceded by {@code <!-- compiled: REF -->}, where REF is
 * {@code Name#region} (the text between {@code // region:start} and {@code // region:end} of
 * {@code Name.java} in this module, {@link DocumentedExamples} for most) or the path of a whole file
 * from the project root (the sample host project's tests, built by maven-invoker-plugin), and the
 * block must be that text. A fragment, a block that leaves code out with a {@code // ...} line, is
 * marked {@code <!-- compiled: REF, fragment -->}.
 */
class DocumentedExamplesTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern MARKER = Pattern.compile("<!-- compiled: ([^ ,]+)(, fragment)? -->");

    /** The Javadoc examples the README repeats, each the one {@code <pre>{@code} block of its file. */
    private static final List<String[]> JAVADOC = List.of(
            new String[] {"crisis-core/src/main/java/io/crisisrules/CrisisEngine.java", "DocumentedExamples#engine-javadoc"},
            new String[] {"crisis-core/src/main/java/io/crisisrules/CrisisMonitor.java", "DocumentedExamples#javadoc-example"},
            new String[] {"crisis-core/src/main/java/io/crisisrules/MonitorCheckpoint.java", "DocumentedExamples#checkpoint"},
            new String[] {"crisis-core/src/main/java/io/crisisrules/ReloadableEngine.java", "DocumentedExamples#reloading"},
            new String[] {"crisis-core/src/main/java/io/crisisrules/text/PlanTexts.java", "DocumentedExamples#plan-texts"},
            new String[] {"crisis-jdbc/src/main/java/io/crisisrules/jdbc/JdbcOffenceHistory.java", "DocumentedExamples#jdbc"},
            new String[] {"crisis-json/src/main/java/io/crisisrules/json/CrisisJson.java", "DocumentedExamples#storing-json"},
            new String[] {"crisis-json/src/main/java/io/crisisrules/json/ReadLimits.java", "DocumentedExamples#read-limits"},
            new String[] {"crisis-report/src/main/java/io/crisisrules/report/CrisisReport.java", "DocumentedExamples#report"},
            new String[] {"crisis-report/src/main/java/io/crisisrules/report/ReplayRecorder.java", "DocumentedExamples#report"});

    /** A README {@code ```java} block: where it starts, what its marker names, its text. */
    record Block(int line, String ref, boolean fragment, String text) {
        @Override
        public String toString() {
            return "README.md:" + line + " " + ref;
        }
    }

    /**
     * @return the {@code ```java} blocks of a Markdown text
     * @throws IllegalArgumentException naming the line of a block without a {@code compiled} marker
     */
    static List<Block> javaBlocks(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```java")) {
                continue;
            }
            Matcher marker = MARKER.matcher(i > 0 ? lines.get(i - 1) : "");
            if (!marker.matches()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": a ```java block needs the line "
                        + "<!-- compiled: REF --> just above it, REF naming the compiled code it is (see DocumentedExamplesTest)");
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            String text = lines.subList(i + 1, end).stream().collect(Collectors.joining("\n", "", "\n"));
            blocks.add(new Block(i + 1, marker.group(1), marker.group(2) != null, text));
            i = end;
        }
        return blocks;
    }

    /** @return the text REF names, unindented to the column of its start marker */
    static String compiled(String ref) {
        if (!ref.contains("#")) {
            return read(ROOT.resolve(ref));
        }
        String name = ref.substring(0, ref.indexOf('#'));
        String region = ref.substring(ref.indexOf('#') + 1);
        Path source = Stream.of("src/main/java", "src/test/java")
                .map(folder -> Path.of(folder, "io/crisisrules/examples", name + ".java"))
                .filter(Files::exists).findFirst()
                .orElseThrow(() -> new AssertionError(ref + ": no " + name + ".java in crisis-examples"));
        List<String> lines = read(source).lines().toList();
        int start = indexOf(lines, "// " + region + ":start", ref);
        int end = indexOf(lines, "// " + region + ":end", ref);
        int indent = lines.get(start).indexOf("//");
        assertThat(end).as(ref + " end marker after its start").isGreaterThan(start);
        return lines.subList(start + 1, end).stream()
                .map(line -> line.length() >= indent && line.substring(0, indent).isBlank() ? line.substring(indent) : line)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static int indexOf(List<String> lines, String marker, String ref) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                at.add(i);
            }
        }
        assertThat(at).as(ref + ": lines " + marker).hasSize(1);
        return at.get(0);
    }

    /** @return the {@code <pre>{@code ...}</pre>} examples of a source file's Javadoc, without the {@code *} margin */
    static List<String> javadocExamples(String source) {
        List<String> examples = new ArrayList<>();
        List<String> current = null;
        for (String line : source.lines().toList()) {
            String text = line.strip().startsWith("*") ? line.strip().substring(1) : line;
            text = text.startsWith(" ") ? text.substring(1) : text;
            if (text.equals("<pre>{@code")) {
                current = new ArrayList<>();
            } else if (current != null && text.equals("}</pre>")) {
                examples.add(String.join("\n", current) + "\n");
                current = null;
            } else if (current != null) {
                current.add(text);
            }
        }
        return examples;
    }

    static Stream<Block> readmeBlocks() {
        return javaBlocks(read(ROOT.resolve("README.md"))).stream();
    }

    static Stream<Arguments> javadocs() {
        return JAVADOC.stream().map(row -> Arguments.of(row[0], row[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readmeBlocks")
    void every_java_block_of_the_readme_is_compiled_code(Block block) {
        assertThat(block.text()).as(block + " against the compiled code").isEqualTo(compiled(block.ref()));
        assertThat(block.text().lines().anyMatch(line -> line.strip().startsWith("// ...")))
                .as(block + ": a block with a // ... line is a fragment and marked so, and only such a block")
                .isEqualTo(block.fragment());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("javadocs")
    void the_javadoc_examples_the_readme_repeats_are_compiled_code(String file, String ref) {
        assertThat(javadocExamples(read(ROOT.resolve(file)))).as(file).containsExactly(compiled(ref));
    }

    @Test
    void the_readme_holds_java_blocks_and_every_region_of_the_examples_is_shown_somewhere() {
        List<String> shown = Stream.concat(readmeBlocks().map(Block::ref), javadocs().map(a -> (String) a.get()[1])).toList();
        List<String> regions = read(Path.of("src/test/java/io/crisisrules/examples/DocumentedExamples.java")).lines()
                .map(String::strip).filter(line -> line.startsWith("// ") && line.endsWith(":start"))
                .map(line -> "DocumentedExamples#" + line.substring(3, line.length() - ":start".length())).toList();

        assertThat(readmeBlocks()).hasSizeGreaterThan(10);
        assertThat(shown).containsAll(regions);
    }

    @Test
    void a_java_block_without_a_compiled_marker_is_refused_naming_its_line() {
        String markdown = "# Title\n\n<!-- compiled: DocumentedExamples#jdbc -->\n```java\nint a;\n```\n\n```java\nint b;\n```\n";

        assertThatThrownBy(() -> javaBlocks(markdown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 8: a ```java block needs the line <!-- compiled: REF -->");
        assertThat(javaBlocks(markdown.substring(0, markdown.indexOf("\n```java\nint b")) + "\n"))
                .containsExactly(new Block(4, "DocumentedExamples#jdbc", false, "int a;\n"));
    }

    @Test
    void a_region_is_read_unindented_and_a_javadoc_example_without_its_margin() {
        assertThat(compiled("DocumentedExamples#plan-texts")).startsWith("PlanTexts fr = PlanTexts.of(Locale.FRENCH);\n")
                .endsWith("spirale de justification.\"\n");
        assertThat(javadocExamples("/**\n * Text.\n * <pre>{@code\n * if (a) {\n *     b();\n * }\n * }</pre>\n */\n"))
                .containsExactly("if (a) {\n    b();\n}\n");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
