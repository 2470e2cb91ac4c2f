package io.crisisrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.crisisrules.examples.cli.CrisisCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class ReplayMentionsCommandTest {
    private static final String SAMPLE = "scenarios/mention-series.csv";
    private final ObjectMapper json = new ObjectMapper();

    private List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(json.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void the_sample_series_fires_on_the_bad_buzz_and_not_on_the_single_outlier() throws IOException {
        CrisisCliTest.Run run = run("replay-mentions", SAMPLE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> lines = lines(run.out());
        List<String> firings = lines.stream()
                .filter(line -> line.get("type").asText().equals("signal") && line.get("to").asText().equals("FIRING"))
                .map(line -> line.get("at").asText()).toList();
        assertThat(firings).contains("2026-03-09T14:30:00Z").noneMatch(at -> at.startsWith("2026-03-05"));
        assertThat(lines).anyMatch(line -> line.get("type").asText().equals("signal")
                && line.get("at").asText().equals("2026-03-05T10:00:00Z") && line.get("to").asText().equals("PENDING"));
        JsonNode summary = lines.get(lines.size() - 1);
        assertThat(summary.get("type").asText()).isEqualTo("summary");
        assertThat(summary.get("rows").asLong()).isEqualTo(960);
        assertThat(summary.get("interval").asText()).isEqualTo("PT15M");
        assertThat(summary.get("changes").get("FIRING").asLong()).isEqualTo(firings.size());
    }

    @Test
    void a_replay_prints_the_same_lines_every_time() {
        assertThat(run("replay-mentions", SAMPLE).out()).isEqualTo(run("replay-mentions", SAMPLE).out());
    }

    @Test
    void settings_change_what_fires() throws IOException {
        CrisisCliTest.Run strict = run("replay-mentions", SAMPLE, "--settings", "src/test/resources/strict-spike.properties");

        assertThat(strict.exitCode()).as(strict.err()).isZero();
        JsonNode summary = lines(strict.out()).get(lines(strict.out()).size() - 1);
        assertThat(summary.get("changes").has("FIRING")).isFalse();
    }

    @Test
    void rows_out_of_order_are_rejected_with_their_line() throws IOException {
        Path series = Files.createTempFile("series", ".csv");
        Files.writeString(series, "timestamp,value\n2026-03-01T00:15:00Z,10\n2026-03-01T00:00:00Z,12\n");

        CrisisCliTest.Run run = run("replay-mentions", series.toString());

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(run.err()).contains("line 3 timestamp").contains("2026-03-01T00:00:00Z").doesNotContain("Exception");
    }

    @Test
    void a_negative_or_unreadable_value_is_rejected_with_its_line(@TempDir Path dir) throws IOException {
        Path negative = dir.resolve("negative.csv");
        Files.writeString(negative, "timestamp,value\n2026-03-01T00:00:00Z,-4\n");
        Path words = dir.resolve("words.csv");
        Files.writeString(words, "timestamp,value\n2026-03-01T00:00:00Z,many\n");
        Path noHeader = dir.resolve("no-header.csv");
        Files.writeString(noHeader, "2026-03-01T00:00:00Z,4\n2026-03-01T00:05:00Z,4\n");

        assertThat(run("replay-mentions", negative.toString()).err()).contains("line 2 value").contains("-4");
        assertThat(run("replay-mentions", words.toString()).err()).contains("line 2 value").contains("many");
        assertThat(run("replay-mentions", noHeader.toString()).err()).contains("header");
    }

    @Test
    void a_row_with_a_missing_or_extra_column_is_rejected_with_its_line_and_text(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.csv");
        Files.writeString(missing, "timestamp,value\n2026-03-01T00:00:00Z,4\n2026-03-01T00:05:00Z\n");
        Path extra = dir.resolve("extra.csv");
        Files.writeString(extra, "timestamp,value\n2026-03-01T00:00:00Z,4\n2026-03-01T00:05:00Z,4,7\n");

        assertThat(run("replay-mentions", missing.toString()).err().strip())
                .isEqualTo("error: line 3 value must be present, but was null");
        assertThat(run("replay-mentions", extra.toString()).err().strip()).isEqualTo(
                "error: line 3 must hold two columns, timestamp and value, but was \"2026-03-01T00:05:00Z,4,7\"");
    }

    @Test
    void epoch_seconds_and_milliseconds_are_read_as_timestamps() {
        assertThat(ReplayMentionsCommand.timestamp(1, "1772323200"))
                .isEqualTo(ReplayMentionsCommand.timestamp(1, "1772323200000"))
                .isEqualTo(ReplayMentionsCommand.timestamp(1, "2026-03-01T00:00:00Z"));
    }
}
