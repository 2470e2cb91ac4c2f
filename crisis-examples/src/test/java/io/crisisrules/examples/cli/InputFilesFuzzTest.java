package io.crisisrules.examples.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.crisisrules.InvalidInputException;
import io.crisisrules.json.ScenarioFormat;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the two line-oriented inputs of the command-line tool (Jazzer), read as
 * the commands read them: a comment JSON Lines file ({@code moderate}: {@link TextLines}, then the
 * scenario format's comment reader per line) and a mention series ({@code replay-mentions},
 * {@code detection-quality}: {@link SeriesCsv}, then the conversion to a count). Whatever the bytes,
 * every line gives a value or a rejection whose reason is one short line naming the line, a file
 * fails only with an {@link InvalidInputException}, and nothing hangs (a time limit applies to each input).
 * {@code mvn verify} fuzzes each method for a bounded time (the {@code fuzz} profile); otherwise they
 * run as regression tests on the seeds and on the inputs kept in {@code InputFilesFuzzTestInputs}.
 */
class InputFilesFuzzTest {
    private static final ScenarioFormat FORMAT = new ScenarioFormat();
    private static final int MESSAGE_LENGTH = 1_000;

    /** The comments of the example scenarios, one per line, and a few lines of each kind of mistake. */
    static Stream<Arguments> commentFiles() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                FORMAT.read(file).snapshot().comments().forEach(comment -> lines.add(FORMAT.write(comment)
                        .replaceAll("\\s*\\n\\s*", " ").replaceFirst("\"\\$schema\"[^,]*, ", "")));
            }
        }
        String comment = "{\"id\": \"c1\", \"authorId\": \"u1\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\"}";
        return Stream.of(
                Arguments.of((Object) String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                Arguments.of((Object) ("\uFEFF" + comment + "\r\n\n" + comment.replace("c1", "c2") + "\r")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of((Object) (comment.replace("}", ", \"scores\": {\"HATEFUL\": NaN}}") + "\n{\"id\": [[[")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    /** The sample series, and the forms of timestamp and value the reader takes. */
    static Stream<Arguments> seriesFiles() throws IOException {
        return Stream.of(
                Arguments.of((Object) Files.readAllBytes(Path.of("scenarios", "mention-series.csv"))),
                Arguments.of((Object) ("\uFEFFvalue,\"timestamp\",note\r\n104.0,2015-02-26 21:42:53,\"a, b\"\r\n"
                        + "0.132,1772323200,x\n7,1772323200000,\"\"\"q\"\"\"\n\n5,2026-03-01T10:05:00+01:00,y\n")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @MethodSource("commentFiles")
    @FuzzTest(maxDuration = "15s")
    void every_line_of_a_comment_file_is_a_comment_or_one_clear_rejection(byte[] file) throws IOException {
        try (TextLines lines = new TextLines(new ByteArrayInputStream(file), 100_000,
                io.crisisrules.json.ReadLimits.MAX_DOCUMENT_LENGTH)) {
            long previous = 0;
            for (TextLines.Line line = lines.next(); line != null; line = lines.next()) {
                assertThat(line.number()).isEqualTo(previous + 1);
                previous = line.number();
                if (line.problem() != null) {
                    assertClear(line.problem());
                } else if (!line.isBlank()) {
                    try {
                        assertThat(FORMAT.readCommentLine(line.text(), line.number()).id()).isNotBlank();
                    } catch (InvalidInputException rejected) {
                        assertClear(rejected.getMessage());
                    }
                }
            }
        }
    }

    @MethodSource("seriesFiles")
    @FuzzTest(maxDuration = "15s")
    void every_row_of_a_series_is_a_count_or_one_clear_rejection(byte[] file) throws IOException {
        List<SeriesCsv.Row> rows = new ArrayList<>();
        try {
            new SeriesCsv(Path.of("fuzzed.csv"), ZoneOffset.UTC, 100_000, 1_000)
                    .read(new ByteArrayInputStream(file), rows::add);
        } catch (InvalidInputException wholeFile) {
            assertClear(wholeFile.getMessage());
        }
        long previous = 1;
        for (SeriesCsv.Row row : rows) {
            assertThat(row.line()).isGreaterThan(previous);
            previous = row.line();
            if (row.rejected()) {
                assertClear(row.problem());
                assertThat(row.problem()).startsWith("line " + row.line());
                continue;
            }
            assertThat(row.at()).isBetween(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"));
            try {
                assertThat(ReplayMentionsCommand.mentions(row.line(), row.value())).isNotNegative();
            } catch (InvalidInputException notACount) {
                assertClear(notACount.getMessage());
            }
        }
    }

    private static void assertClear(String message) {
        assertThat(message).isNotBlank().doesNotContain("\n", "\r").hasSizeLessThan(MESSAGE_LENGTH);
    }
}
