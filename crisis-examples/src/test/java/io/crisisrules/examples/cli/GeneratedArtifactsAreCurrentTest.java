package io.crisisrules.examples.cli;

import io.crisisrules.testing.CheckedInCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's generated sections (settings, warning signals, moderation actions) are what the
 * code says, so they cannot drift. Run with {@code -Dcrisis.regenerate=true} to rewrite a stale copy.
 */
class GeneratedArtifactsAreCurrentTest {
    private static final Path README = Path.of("..", "README.md");

    @Test
    void readme_sections_are_what_the_code_says() throws IOException {
        String readme = Files.readString(README);
        assertThat(CheckedInCopy.problem(README, ReadmeGenerator.generate(readme), CheckedInCopy.regenerating()))
                .isNull();
    }

    @Test
    void a_stale_section_is_reported_with_its_line_and_rewritten_on_request(@TempDir Path temp) throws IOException {
        // what the generator writes, not the checked-in copy: a regenerating run may not have rewritten it yet
        String current = ReadmeGenerator.generate(Files.readString(README));
        // as if a setting's default had changed in its @Setting annotation and the README not regenerated
        String stale = current.replace("| `detection.roiDrop` | 0.20 |", "| `detection.roiDrop` | 0.25 |");
        assertThat(stale).isNotEqualTo(current);
        Path copy = temp.resolve("README.md");
        Files.writeString(copy, stale);

        String problem = CheckedInCopy.problem(copy, ReadmeGenerator.generate(stale), false);
        assertThat(problem).contains(copy.toString(), "is stale", "| `detection.roiDrop` | 0.25 |",
                "| `detection.roiDrop` | 0.20 |", "-Dcrisis.regenerate=true");

        assertThat(CheckedInCopy.problem(copy, ReadmeGenerator.generate(stale), true)).isNull();
        assertThat(Files.readString(copy)).isEqualTo(current);
    }

    @Test
    void a_readme_without_a_section_s_markers_is_an_error() {
        assertThatThrownBy(() -> ReadmeGenerator.generate("# nothing generated here\n"))
                .hasMessageContaining("README.md needs exactly one <!-- settings-table:start -->");
    }
}
