package io.crisisrules.examples.cli;

import io.crisisrules.settings.PolicySettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's settings table is what {@code crisis settings --markdown} prints, so it cannot drift. */
class ReadmeSettingsTableTest {

    @Test
    void readme_settings_table_matches_the_settings_annotations() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("<!-- settings-table:start -->\n");
        int end = readme.indexOf("<!-- settings-table:end -->");
        assertThat(start).as("settings table start marker").isNotNegative();
        assertThat(end).as("settings table end marker").isGreaterThan(start);

        String table = readme.substring(start + "<!-- settings-table:start -->\n".length(), end);

        assertThat(table).as("regenerate with ./crisis settings --markdown")
                .isEqualTo(SettingsCommand.markdownTable(PolicySettings.defaults()));
    }
}
