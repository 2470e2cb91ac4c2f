package io.crisisrules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No file under a module's {@code src/main} runs over {@value #LIMIT} lines without saying why at its
 * top (issue 17): a line holding {@value #MARKER} in its first {@value #HEAD} lines — a comment in
 * Java, DRL and properties, a {@code "$comment"} in JSON. A long file is a sign that one file does
 * several jobs; the reason keeps the exceptions deliberate.
 */
class SourceFileSizeTest {
    private static final int LIMIT = 300;
    private static final int HEAD = 5;
    private static final String MARKER = "Why over 300 lines:";
    private static final Set<String> CHECKED = Set.of(".java", ".drl", ".properties", ".json", ".js", ".html",
            ".css", ".sql", ".xml");

    @Test
    void every_main_source_file_over_300_lines_gives_its_reason_at_its_top() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertThat(root.resolve("crisis-core/src/main")).as("the reactor's root").isDirectory();
        List<String> unexplained = new ArrayList<>();
        List<Path> checked = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path main : modules.map(module -> module.resolve("src/main")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file : files.filter(Files::isRegularFile).filter(SourceFileSizeTest::checked).toList()) {
                        checked.add(file);
                        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                        if (lines.size() > LIMIT
                                && lines.stream().limit(HEAD).noneMatch(line -> line.contains(MARKER))) {
                            unexplained.add(root.relativize(file) + " (" + lines.size() + " lines)");
                        }
                    }
                }
            }
        }
        assertThat(checked).as("files checked").hasSizeGreaterThan(100);
        assertThat(unexplained).as("files over " + LIMIT + " lines without \"" + MARKER + " …\" in their first "
                + HEAD + " lines").isEmpty();
    }

    private static boolean checked(Path file) {
        String name = file.getFileName().toString();
        return CHECKED.stream().anyMatch(name::endsWith);
    }
}
