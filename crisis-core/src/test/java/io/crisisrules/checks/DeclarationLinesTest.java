package io.crisisrules.checks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeclarationLinesTest {
    @TempDir
    Path folder;

    @Test
    void a_line_is_split_at_the_last_dot_before_the_equals_sign_and_comments_and_blanks_are_skipped() throws IOException {
        Path file = folder.resolve("house-actions.properties");
        Files.writeString(file, """
                # a comment
                ! another
                acme.legal-queue.owner = LEGAL = TEAM

                  acme.maxRefunds.default=
                no equals sign here
                noDot = 3
                """);
        List<DeclarationLines.Line> lines = DeclarationLines.read(file);
        assertThat(lines).extracting(DeclarationLines.Line::number).containsExactly(3, 5, 6, 7);
        assertThat(lines.get(0)).isEqualTo(new DeclarationLines.Line(3, "acme.legal-queue", "owner", "LEGAL = TEAM",
                "acme.legal-queue.owner = LEGAL = TEAM"));
        assertThat(lines.get(1)).isEqualTo(new DeclarationLines.Line(5, "acme.maxRefunds", "default", "",
                "acme.maxRefunds.default="));
        assertThat(lines.subList(2, 4)).allSatisfy(line -> assertThat(line.wellFormed()).isFalse())
                .extracting(DeclarationLines.Line::text).containsExactly("no equals sign here", "noDot = 3");
    }
}
