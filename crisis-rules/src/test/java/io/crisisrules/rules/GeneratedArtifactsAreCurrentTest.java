package io.crisisrules.rules;

import io.crisisrules.testing.CheckedInCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What crisis-rules derives from its code is checked in as the generator writes it: {@code rules.index}
 * from the rules folder. Run with {@code -Dcrisis.regenerate=true} to rewrite a stale copy.
 */
class GeneratedArtifactsAreCurrentTest {
    private static final Path ROOT = Path.of("src/main/resources/io/crisisrules/rules");
    private static final Path INDEX = ROOT.resolve("rules.index");

    @Test
    void rules_index_is_what_the_generator_writes_from_the_rules_folder() throws IOException {
        assertThat(CheckedInCopy.problem(INDEX, RulesIndexGenerator.generate(ROOT), CheckedInCopy.regenerating()))
                .isNull();
    }

    @Test
    void a_stale_index_is_reported_with_its_first_differing_line_and_rewritten_on_request(@TempDir Path temp)
            throws IOException {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules.resolve("facts"));
        Files.createDirectories(rules.resolve("detection"));
        Files.createDirectories(rules.resolve("moderation"));
        Files.writeString(rules.resolve("facts/facts.drl"), "package x.facts;\n");
        Files.writeString(rules.resolve("moderation/a.drl"), "package x.moderation;\nruleflow-group \"moderation\"\n");
        Files.writeString(rules.resolve("detection/b.drl"), "package x.detection;\nruleflow-group \"detection\"\n");
        String generated = RulesIndexGenerator.generate(rules);
        assertThat(generated).endsWith("facts/facts.drl\ndetection/b.drl\nmoderation/a.drl\n");

        Path index = rules.resolve("rules.index");
        Files.writeString(index, generated);
        assertThat(CheckedInCopy.problem(index, RulesIndexGenerator.generate(rules), false)).isNull();

        // a new rule file the index does not list yet
        Files.writeString(rules.resolve("detection/a-new-signal.drl"), "package x.detection;\nruleflow-group \"detection\"\n");
        String problem = CheckedInCopy.problem(index, RulesIndexGenerator.generate(rules), false);
        assertThat(problem).contains(index.toString(), "is stale", "detection/b.drl", "detection/a-new-signal.drl",
                "-Dcrisis.regenerate=true");

        assertThat(CheckedInCopy.problem(index, RulesIndexGenerator.generate(rules), true)).isNull();
        assertThat(Files.readString(index)).contains("detection/a-new-signal.drl\ndetection/b.drl\n");
        assertThat(CheckedInCopy.problem(index, RulesIndexGenerator.generate(rules), false)).isNull();
    }
}
