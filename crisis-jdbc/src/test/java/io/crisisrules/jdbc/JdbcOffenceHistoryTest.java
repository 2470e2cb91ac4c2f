package io.crisisrules.jdbc;

import io.crisisrules.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcOffenceHistoryTest {

    @Test
    void the_shipped_migration_is_the_ddl_of_the_default_table() throws IOException {
        try (InputStream in = JdbcOffenceHistoryTest.class.getResourceAsStream("/io/crisisrules/jdbc/V1__crisis_offence.sql")) {
            assertThat(in).as("V1__crisis_offence.sql on the class path").isNotNull();
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String statements = script.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
            assertThat(statements).isEqualTo(String.join("\n", JdbcOffenceHistory.ddl(JdbcOffenceHistory.DEFAULT_TABLE)));
        }
    }

    @Test
    void a_table_name_that_is_not_a_plain_sql_name_is_refused() {
        assertThatThrownBy(() -> JdbcOffenceHistory.ddl("offences; DROP TABLE users"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("table must be an SQL name of letters, digits and underscores");
        assertThat(JdbcOffenceHistory.ddl("moderation.offences").get(1))
                .isEqualTo("CREATE INDEX IF NOT EXISTS offences_author_time ON moderation.offences (author_id, posted_at);");
    }
}
