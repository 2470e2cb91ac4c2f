package io.crisisrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.crisisrules.examples.cli.CrisisCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The input limits as the command-line tool applies them, and {@code --limit} raising them. */
class InputLimitsCliTest {
    private static final String COMMENT = "{\"id\": \"%s\", \"authorId\": \"u1\", \"channel\": \"X\", "
            + "\"postedAt\": \"2026-03-10T08:00:00Z\", \"text\": \"%s\"}";

    @TempDir
    Path temp;

    private static List<JsonNode> lines(String out) {
        ObjectMapper json = new ObjectMapper();
        return out.lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (IOException e) {
                throw new AssertionError(line, e);
            }
        }).toList();
    }

    @Test
    void moderate_rejects_a_comment_above_a_limit_in_its_line_goes_on_and_takes_a_raised_limit() throws IOException {
        Path comments = temp.resolve("long.jsonl");
        Files.write(comments, List.of(COMMENT.formatted("c1", "fine"), COMMENT.formatted("c2", "x".repeat(100_001)),
                COMMENT.formatted("c3", "fine")));

        CrisisCliTest.Run run = run("moderate", comments.toString(), "--now", "2026-03-10T09:00:00Z");
        CrisisCliTest.Run raised = run("moderate", comments.toString(), "--now", "2026-03-10T09:00:00Z",
                "--limit", "json.maxTextLength=200000");

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(lines(run.out())).extracting(line -> line.has("rejected") ? line.get("rejected").asText() : "decided")
                .containsExactly("decided",
                        "text is 100,001 characters long, above the limit of 100,000 (json.maxTextLength)", "decided");
        assertThat(lines(run.out()).get(1).get("commentId").asText()).isEqualTo("c2");
        assertThat(raised.exitCode()).as(raised.err()).isZero();
    }

    @Test
    void moderate_rejects_a_line_longer_than_a_document_without_holding_it_and_goes_on() throws IOException {
        Path comments = temp.resolve("huge-line.jsonl");
        String huge = COMMENT.formatted("c2", "y".repeat(3_000));
        Files.write(comments, List.of(COMMENT.formatted("c1", "fine"), huge, COMMENT.formatted("c3", "fine")));

        CrisisCliTest.Run run = run("moderate", comments.toString(), "--now", "2026-03-10T09:00:00Z",
                "--limit", "json.maxDocumentLength=1000");

        assertThat(lines(run.out())).extracting(line -> line.has("rejected") ? line.get("rejected").asText() : "decided")
                .containsExactly("decided",
                        "line 2 is " + String.format("%,d", huge.length())
                                + " characters long, above the limit of 1,000 (json.maxDocumentLength)", "decided");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void evaluate_names_the_limit_a_scenario_passes_and_an_unknown_or_bad_limit_is_one_error_line() throws IOException {
        Path scenario = temp.resolve("deep.json");
        Files.writeString(scenario, "{\"now\": \"2026-03-10T09:00:00Z\", \"brand\": {\"brandId\": \"acme\", \"sector\": \"RETAIL\"},"
                + " \"comments\": [" + String.join(", ", COMMENT.formatted("c1", "a"), COMMENT.formatted("c2", "b"),
                COMMENT.formatted("c3", "c"), COMMENT.formatted("c4", "d"), COMMENT.formatted("c5", "e"),
                COMMENT.formatted("c6", "f")) + "]}");

        CrisisCliTest.Run run = run("evaluate", scenario.toString(), "--limit", "json.maxItems=5");

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(run.err().strip()).isEqualTo("error: comments has 6 items, above the limit of 5 (json.maxItems)");
        assertThat(run("evaluate", scenario.toString(), "--limit", "json.maxItems=6").exitCode()).isZero();
        assertThat(run("evaluate", scenario.toString(), "--limit", "json.maxItems=0").err().strip())
                .isEqualTo("error: json.maxItems must be >= 1, but was 0");
        assertThat(run("test", scenario.toString(), "--limit", "json.maxComments=3").err().strip())
                .startsWith("error: --limit must be one of [json.maxDocumentLength, json.maxDepth, json.maxTextLength, "
                        + "json.maxItems, json.maxNumberLength, csv.maxRows, csv.maxLineLength], but was");
    }
}
