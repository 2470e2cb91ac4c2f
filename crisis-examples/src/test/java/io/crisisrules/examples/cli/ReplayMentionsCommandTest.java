package io.crisisrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
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
        assertThat(summary.get("rowsRead").asLong()).isEqualTo(960);
        assertThat(summary.get("replayed").asLong()).isEqualTo(960);
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

    private static JsonNode summary(List<JsonNode> lines) {
        return lines.get(lines.size() - 1);
    }

    private static List<JsonNode> ofType(List<JsonNode> lines, String type) {
        return lines.stream().filter(line -> line.get("type").asText().equals(type)).toList();
    }

    @Test
    void a_bad_row_is_one_rejection_with_its_line_and_the_replay_goes_on(@TempDir Path dir) throws IOException {
        Path series = dir.resolve("series.csv");
        Files.writeString(series, "timestamp,value\n2026-03-01T00:00:00Z,10\n2026-03-01T00:15:00Z,12\n"
                + "2026-03-01T00:10:00Z,11\n2026-03-01T00:20:00Z,-4\n2026-03-01T00:25:00Z,many\n"
                + "2026-03-01T00:30:00Z\n2026-03-01T00:35:00Z,4,7\nyesterday,4\n2026-03-01T00:40:00Z,4.5\n\n"
                + "2026-03-01T00:45:00Z,9\n");

        CrisisCliTest.Run run = run("replay-mentions", series.toString());

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        List<JsonNode> lines = lines(run.out());
        assertThat(ofType(lines, "rejected")).extracting(line -> line.get("line").asLong() + ": " + line.get("reason").asText())
                .containsExactly(
                        "4: line 4 timestamp must come after the previous row's 2026-03-01T00:15:00Z, but was \"2026-03-01T00:10:00Z\"",
                        "5: line 5 value must be >= 0, but was \"-4\"",
                        "6: line 6 value must be a number, but was \"many\"",
                        "7: line 7 must hold two columns, timestamp and value, but was \"2026-03-01T00:30:00Z\"",
                        "8: line 8 must hold two columns, timestamp and value, but was \"2026-03-01T00:35:00Z,4,7\"",
                        "9: line 9 timestamp must be ISO-8601 (2026-03-01T10:05:00Z, or 2026-03-01 10:05:00 in --zone) or epoch seconds or milliseconds, but was \"yesterday\"",
                        "10: line 10 value must be a whole number of mentions, but was \"4.5\"");
        JsonNode summary = summary(lines);
        assertThat(summary.get("rowsRead").asLong()).isEqualTo(10);
        assertThat(summary.get("replayed").asLong()).isEqualTo(3);
        assertThat(summary.get("rejected").asLong()).isEqualTo(7);
        assertThat(summary.get("blankLines").asLong()).isEqualTo(1);
        assertThat(run.err().strip())
                .startsWith("error: 10 row(s): 3 replayed, 7 rejected (first at line 4), 1 blank line(s) skipped")
                .doesNotContain("Exception");
    }

    @Test
    void timestamps_without_a_zone_and_whole_valued_decimals_are_read_as_public_datasets_ship_them(@TempDir Path dir)
            throws IOException {
        Path series = dir.resolve("series.csv");
        Files.writeString(series, "timestamp,value\n2015-02-26 21:42:53,104.0\n2015-02-26 21:47:53,98.00\n"
                + "2015-02-26T21:52:53.000,101\n");

        CrisisCliTest.Run utc = run("replay-mentions", series.toString());
        CrisisCliTest.Run paris = run("replay-mentions", series.toString(), "--zone", "Europe/Paris");

        assertThat(utc.exitCode()).as(utc.err()).isZero();
        JsonNode summary = summary(lines(utc.out()));
        assertThat(summary.get("replayed").asLong()).isEqualTo(3);
        assertThat(summary.get("from").asText()).isEqualTo("2015-02-26T21:42:53Z");
        assertThat(summary.get("interval").asText()).isEqualTo("PT5M");
        assertThat(summary(lines(paris.out())).get("from").asText()).isEqualTo("2015-02-26T20:42:53Z");
        assertThat(run("replay-mentions", series.toString(), "--zone", "Mars/Olympus").exitCode()).isEqualTo(2);
    }

    @Test
    void the_interval_is_the_most_common_gap_and_a_stray_row_is_reported_as_irregular(@TempDir Path dir)
            throws IOException {
        Path series = dir.resolve("series.csv");
        StringBuilder csv = new StringBuilder("timestamp,value\n");
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        for (int i = 0; i < 40; i++) {
            csv.append(start.plus(Duration.ofMinutes(5L * i))).append(",10\n");
            if (i == 20) {
                csv.append(start.plus(Duration.ofMinutes(5L * i + 1))).append(",10\n");   // line 23
            }
        }
        Files.writeString(series, csv.toString());

        JsonNode summary = summary(lines(run("replay-mentions", series.toString()).out()));

        assertThat(summary.get("interval").asText()).isEqualTo("PT5M");
        assertThat(summary.get("irregularRows").asLong()).as("the stray row and the one after it").isEqualTo(2);
        assertThat(summary.get("irregularLines")).extracting(JsonNode::asLong).containsExactly(23L, 24L);
    }

    @Test
    void transition_lines_say_what_happened_with_baseline_spread_z_score_and_ratio_and_a_resolution_its_level(
            @TempDir Path dir) throws IOException {
        Path series = dir.resolve("series.csv");
        StringBuilder csv = new StringBuilder("timestamp,value\n");
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        int days = 8;
        long[] tail = {600, 600, 2_500, 2_500, 100, 100, 100, 100, 100, 100, 100, 100};
        for (int i = 0; i < days * 288 + tail.length; i++) {
            long value = i < days * 288 ? 100 + (i * 7) % 11 : tail[i - days * 288];
            csv.append(start.plus(Duration.ofMinutes(5L * i))).append(',').append(value).append('\n');
        }
        Files.writeString(series, csv.toString());

        CrisisCliTest.Run run = run("replay-mentions", series.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> signals = ofType(lines(run.out()), "signal");
        assertThat(signals).extracting(line -> line.get("change").asText())
                .containsExactly("pending", "fired", "level raised", "resolved");
        JsonNode fired = signals.get(1);
        assertThat(fired.get("observed").asDouble()).isEqualTo(600);
        assertThat(fired.get("baseline").asDouble()).isBetween(100.0, 111.0);
        assertThat(fired.get("spread").asDouble()).isPositive();
        assertThat(fired.get("zScore").asDouble()).isGreaterThan(2.5);
        assertThat(fired.get("ratio").asDouble()).isGreaterThan(5);
        assertThat(fired.get("from").asText()).isEqualTo("PENDING");
        JsonNode raised = signals.get(2);
        assertThat(raised.get("from").asText()).isEqualTo("FIRING");
        assertThat(raised.get("to").asText()).isEqualTo("FIRING");
        assertThat(raised.get("level").asText()).isEqualTo("MAJOR");
        JsonNode resolved = signals.get(3);
        assertThat(resolved.get("level").asText()).as("the level the alert had").isEqualTo("MAJOR");
        assertThat(resolved.get("notified").asBoolean()).isTrue();
    }

    @Test
    void a_file_without_the_two_columns_is_one_error_line(@TempDir Path dir) throws IOException {
        Path noHeader = dir.resolve("no-header.csv");
        Files.writeString(noHeader, "2026-03-01T00:00:00Z,4\n2026-03-01T00:05:00Z,4\n");

        CrisisCliTest.Run run = run("replay-mentions", noHeader.toString());

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(run.err()).contains("header").doesNotContain("Exception");
        assertThat(run("replay-mentions", dir.resolve("missing.csv").toString()).err()).contains("must exist");
    }

    @Test
    void epoch_seconds_and_milliseconds_are_read_as_timestamps() {
        assertThat(ReplayMentionsCommand.timestamp(1, "1772323200"))
                .isEqualTo(ReplayMentionsCommand.timestamp(1, "1772323200000"))
                .isEqualTo(ReplayMentionsCommand.timestamp(1, "2026-03-01T00:00:00Z"));
    }

    @Test
    void a_row_that_is_not_utf8_or_out_of_time_is_one_rejection_without_a_stack_trace(@TempDir Path dir)
            throws IOException {
        Path series = dir.resolve("hostile.csv");
        Files.write(series, concat("timestamp,value\n2026-03-01T00:00:00Z,10\n2026-03-01T00:05:00Z,".getBytes(),
                new byte[] {(byte) 0xFF, (byte) 0xFE, '\n'},
                ("12345678901234567890,4\n123456789012345678,4\n+999999999-12-31T23:59:59Z,4\n"
                        + "2026-03-01T00:08:00Z,1e999999999\n2026-03-01T00:10:00Z,0e999999999\n").getBytes()));

        CrisisCliTest.Run run = run("replay-mentions", series.toString());

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(run.err()).doesNotContain("Exception", "\tat ").hasLineCount(1);
        assertThat(ofType(lines(run.out()), "rejected")).extracting(line -> line.get("reason").asText()).containsExactly(
                "line 3: not UTF-8 text (byte 0xFF at byte 22); save the file as UTF-8",
                "line 4 timestamp must be ISO-8601 (2026-03-01T10:05:00Z, or 2026-03-01 10:05:00 in --zone) or epoch "
                        + "seconds or milliseconds, but was \"12345678901234567890\"",
                "line 5 timestamp must be in a year from 1 to 9999 (it is +3914159-11-26T23:25:45.678Z), "
                        + "but was \"123456789012345678\"",
                "line 6 timestamp must be in a year from 1 to 9999 (it is +999999999-12-31T23:59:59Z), "
                        + "but was \"+999999999-12-31T23:59:59Z\"",
                "line 7 value must be a number of at most 19 digits before the decimal point and 30 after it, "
                        + "but was \"1e999999999\"");
        assertThat(summary(lines(run.out())).get("replayed").asLong()).isEqualTo(2);
    }

    @Test
    void a_byte_order_mark_is_ignored_as_the_other_commands_ignore_it(@TempDir Path dir) throws IOException {
        Path series = dir.resolve("bom.csv");
        Files.write(series, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "timestamp,value\r\n2026-03-01T00:00:00Z,10\r\n2026-03-01T00:05:00Z,11\r\n".getBytes()));

        CrisisCliTest.Run run = run("replay-mentions", series.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(summary(lines(run.out())).get("replayed").asLong()).isEqualTo(2);
    }

    @Test
    void a_line_longer_than_the_limit_is_rejected_and_more_rows_than_the_limit_fail_the_file(@TempDir Path dir)
            throws IOException {
        Path series = dir.resolve("long.csv");
        Files.writeString(series, "timestamp,value\n2026-03-01T00:00:00Z,10\n2026-03-01T00:05:00Z," + "1".repeat(20_000)
                + "\n2026-03-01T00:10:00Z,12\n");

        CrisisCliTest.Run run = run("replay-mentions", series.toString());
        CrisisCliTest.Run twoRows = run("replay-mentions", series.toString(), "--limit", "csv.maxRows=2");
        CrisisCliTest.Run raised = run("replay-mentions", series.toString(), "--limit", "csv.maxLineLength=30000");

        assertThat(ofType(lines(run.out()), "rejected")).extracting(line -> line.get("reason").asText())
                .containsExactly("line 3 is 20,021 characters long, above the limit of 10,000 (csv.maxLineLength)");
        assertThat(summary(lines(run.out())).get("replayed").asLong()).isEqualTo(2);
        assertThat(twoRows.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(twoRows.err()).endsWith("error: SERIES.csv has at least 3 rows, above the limit of 2 (csv.maxRows)\n");
        assertThat(ofType(lines(raised.out()), "rejected")).extracting(line -> line.get("reason").asText())
                .singleElement().asString().startsWith("line 3 value must be a number of at most 19 digits");
        assertThat(run("replay-mentions", series.toString(), "--limit", "csv.maxColumns=3").err())
                .startsWith("error: --limit must be one of [json.maxDocumentLength, ");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
