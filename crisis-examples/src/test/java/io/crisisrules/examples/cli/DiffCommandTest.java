package io.crisisrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.crisisrules.examples.cli.CrisisCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code crisis diff}: what two rule sets or two settings files change on a corpus, with exit codes for CI. */
class DiffCommandTest {
    @TempDir
    Path temp;

    /** A scenario whose comment c1 is hateful at 0.99, expected deleted (MOD-01). */
    private static final String SCENARIO = """
            {"name": "hateful comment", "now": "2026-03-10T09:00:00Z",
             "brand": {"brandId": "acme", "sector": "TELECOM"},
             "comments": [{"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-03-10T08:30:00Z",
                           "scores": {"HATEFUL": 0.99}}],
             "expect": {"moderation": {"c1": "DELETE_AND_REPORT"}}}
            """;

    private Path corpus() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(dir.resolve("hateful.json"), SCENARIO);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            lines.append("{\"id\": \"k").append(i).append("\", \"authorId\": \"a").append(i)
                    .append("\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:0").append(i)
                    .append(":00Z\", \"scores\": {\"HATEFUL\": 0.99}}\n");
        }
        lines.append("\n{\"id\": \"k9\", \"authorId\": \"a9\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:09:00Z\", \"text\": \"merci\"}\n");
        Files.writeString(dir.resolve("comments.jsonl"), lines);
        return dir;
    }

    /** Raises the action threshold above every score: hateful comments are no longer deleted outright. */
    private Path stricter() throws IOException {
        return Files.writeString(temp.resolve("stricter.properties"), "moderation.actionThreshold=1.0\n");
    }

    private Path withoutMod01() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules/moderation"));
        Files.writeString(dir.resolve("abusive-content.drl"), "package io.crisisrules.rules.moderation;\n");
        return temp.resolve("rules");
    }

    @Test
    void the_same_settings_on_both_sides_change_nothing_and_exit_zero() throws IOException {
        Path same = stricter();

        CrisisCliTest.Run run = run("diff", corpus().toString(), "--settings", same.toString(),
                "--against-settings", same.toString(), "--now", "2026-03-10T09:00:00Z");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("same     " + temp.resolve("corpus/comments.jsonl") + "  0 change(s) in 6 comment(s)",
                "2 file(s), 0 changed; 0 change(s); 0 toward and 0 away from expectations");
    }

    @Test
    void a_settings_change_lists_each_moderation_change_and_exits_one() throws IOException {
        CrisisCliTest.Run run = run("diff", corpus().toString(), "--settings", stricter().toString(),
                "--now", "2026-03-10T09:00:00Z");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("CHANGED  " + temp.resolve("corpus/comments.jsonl") + "  5 change(s) in 6 comment(s)",
                "moderation k0: DELETE_AND_REPORT -> ", "CHANGED  " + temp.resolve("corpus/hateful.json"),
                "moderation c1: DELETE_AND_REPORT -> ")
                .doesNotContain("moderation k9");
        assertThat(run.out()).containsPattern("2 file\\(s\\), 2 changed; 6 change\\(s\\) \\(moderation 6\\); 0 toward and 1 away");
    }

    @Test
    void a_change_says_whether_it_moves_toward_or_away_from_the_expectations() throws IOException {
        Path scenario = corpus().resolve("hateful.json");

        CrisisCliTest.Run away = run("diff", scenario.toString(), "--settings", stricter().toString());
        CrisisCliTest.Run toward = run("diff", scenario.toString(), "--against-settings", stricter().toString());

        assertThat(away.out()).as(away.err()).containsPattern("moderation c1: DELETE_AND_REPORT -> \\w+  \\(away from the expectation\\)");
        assertThat(toward.out()).as(toward.err()).containsPattern("moderation c1: \\w+ -> DELETE_AND_REPORT  \\(toward the expectation\\)")
                .contains("1 toward and 0 away from expectations");
    }

    @Test
    void a_rule_change_shows_on_the_corpus() throws IOException {
        CrisisCliTest.Run run = run("diff", corpus().toString(), "--rules", withoutMod01().toString(),
                "--allow-removed", "MOD-01", "--now", "2026-03-10T09:00:00Z");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("moderation c1: DELETE_AND_REPORT -> ", "(away from the expectation)",
                "5 change(s) in 6 comment(s)");
    }

    @Test
    void json_output_holds_every_file_and_the_total() throws IOException {
        CrisisCliTest.Run run = run("diff", corpus().toString(), "--against-settings", stricter().toString(),
                "--now", "2026-03-10T09:00:00Z", "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/files/0/kind").asText()).isEqualTo("comments");
        assertThat(report.at("/files/0/changed").asLong()).isEqualTo(5);
        assertThat(report.at("/files/0/changes/0/after").asText()).isEqualTo("DELETE_AND_REPORT");
        assertThat(report.at("/files/1/changes/0/direction").asText()).isEqualTo("toward");
        assertThat(report.at("/total/changes").asLong()).isEqualTo(6);
        assertThat(report.at("/total/byDimension/moderation").asLong()).isEqualTo(6);
    }

    @Test
    void usage_and_input_errors_exit_two_not_one() throws IOException {
        CrisisCliTest.Run nothingToCompare = run("diff", corpus().toString());
        CrisisCliTest.Run missing = run("diff", temp.resolve("nowhere").toString(), "--settings", stricter().toString());
        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(broken.resolve("bad.drl"), "package acme;\nrule \"ACME-1 x\" when then end end\n");
        CrisisCliTest.Run brokenRules = run("diff", corpus().toString(), "--rules", broken.toString());
        Path badSettings = Files.writeString(temp.resolve("bad.properties"), "moderation.nope=1\n");
        CrisisCliTest.Run brokenSettings = run("diff", corpus().toString(), "--against-settings", badSettings.toString());

        assertThat(nothingToCompare.exitCode()).isEqualTo(DiffCommand.EXIT_ERROR);
        assertThat(nothingToCompare.err()).contains("nothing to compare");
        assertThat(missing.exitCode()).isEqualTo(DiffCommand.EXIT_ERROR);
        assertThat(missing.err()).contains("nowhere").doesNotContain("\tat ");
        assertThat(brokenRules.exitCode()).isEqualTo(DiffCommand.EXIT_ERROR);
        assertThat(brokenRules.err()).contains("bad.drl:");
        assertThat(brokenSettings.exitCode()).isEqualTo(DiffCommand.EXIT_ERROR);
        assertThat(brokenSettings.err()).contains("moderation.nope");
    }
}
