package io.crisisrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static io.crisisrules.examples.cli.CrisisCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code moderate --output} and {@code --resume}: whole lines only, even when the process is killed,
 * and a resumed file equal to the one an uninterrupted run writes.
 */
class ModerateResumeTest {
    private static final String NOW = "2026-03-10T09:00:00Z";
    private static final String[] OPTIONS = {"--now", NOW, "--chunk", "200", "--crisis", "MODERATE"};

    @TempDir
    Path temp;

    /**
     * Comments whose decisions depend on what came before: repeat offenders (MOD-04, across chunks),
     * repeated questions (MOD-07, counted per chunk), duplicates within the window, bad and blank
     * lines.
     */
    private static Path comments(Path file, int count, long seed) throws IOException {
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-03-09T09:00:00Z");
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(100);
            String id = kind >= 6 && kind < 8 && i > 10 ? "c" + (i - 1 - random.nextInt(10)) : "c" + i;
            String author = kind < 40 ? "troll" + random.nextInt(30) : "u" + random.nextInt(5_000);
            String postedAt = start.plusSeconds(i * 3L).toString();
            String fields = "\"id\": \"" + id + "\", \"authorId\": \"" + author + "\", \"channel\": \"X\", \"postedAt\": \""
                    + postedAt + "\"";
            lines.add(kind < 3 ? "" : kind < 6 ? "{" + fields + ", \"scores\": {\"HATEFUL\": 1.5}}"
                    : kind < 40 ? "{" + fields + ", \"labels\": [\"INSULTING\"]}"
                    : kind < 70 ? "{" + fields + ", \"labels\": [\"QUESTION\"], \"subject\": \"delivery-" + random.nextInt(3) + "\"}"
                    : kind < 80 ? "{" + fields + ", \"scores\": {\"PROVOCATION\": 0.6}}"
                    : "{" + fields + ", \"text\": \"merci\"}");
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String[] moderate(Path comments, String destination, Path output) {
        List<String> args = new ArrayList<>(List.of("moderate", comments.toString(), destination, output.toString()));
        args.addAll(List.of(OPTIONS));
        return args.toArray(String[]::new);
    }

    @Test
    void a_run_killed_mid_file_leaves_whole_lines_and_resuming_it_writes_what_an_uninterrupted_run_writes()
            throws Exception {
        Path input = comments(temp.resolve("comments.jsonl"), 6_000, 19);
        Path whole = temp.resolve("whole.jsonl");
        Path killed = temp.resolve("killed.jsonl");
        CrisisCliTest.Run uninterrupted = run(moderate(input, "--output", whole));
        long wholeLines = Files.readAllLines(whole).size();

        Process child = childProcess(moderate(input, "--resume", killed));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lineBreaks(killed) < 600 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the child is still moderating when it is killed").isTrue();
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        byte[] left = Files.readAllBytes(killed);

        assertThat(left.length).isPositive();
        assertThat(left[left.length - 1]).as("the killed run's last byte ends a line").isEqualTo((byte) '\n');
        List<String> leftLines = Files.readAllLines(killed);
        assertThat(leftLines.size()).as("killed mid-file").isBetween(600, (int) wholeLines - 1);
        assertThat(leftLines).as("every line the killed run wrote is the uninterrupted run's")
                .containsExactlyElementsOf(Files.readAllLines(whole).subList(0, leftLines.size()));

        // a machine that stops (rather than a process killed) can leave part of a line: resuming cuts it off
        Files.writeString(killed, "{\"line\":999999,\"commentId\":\"c9", StandardOpenOption.APPEND);
        CrisisCliTest.Run resumed = run(moderate(input, "--resume", killed));
        CrisisCliTest.Run again = run(moderate(input, "--resume", killed));

        assertThat(Files.readAllBytes(killed)).as("resumed = uninterrupted").isEqualTo(Files.readAllBytes(whole));
        assertThat(oneOutputLinePerNonBlankInputLine(input, killed)).isTrue();
        assertThat(resumed.exitCode()).isEqualTo(uninterrupted.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(resumed.err()).doesNotContain("warning").contains("output line(s) kept from the earlier run")
                .contains(uninterrupted.err().strip().replace("error: ", ""));
        assertThat(again.err()).contains(wholeLines + " output line(s) kept from the earlier run");
        assertThat(Files.readAllBytes(killed)).as("resuming a finished file changes nothing").isEqualTo(Files.readAllBytes(whole));
        assertThat(Files.readString(whole)).as("the file exercises MOD-04 and MOD-07 across chunks")
                .contains("\"BLOCK_AUTHOR\"", "\"POINT_TO_FAQ\"", "appears more than once");
    }

    @Test
    void resuming_after_any_complete_line_gives_the_uninterrupted_file() throws IOException {
        Path input = comments(temp.resolve("small.jsonl"), 1_000, 7);
        Path whole = temp.resolve("whole.jsonl");
        run(moderate(input, "--output", whole));
        List<String> wholeLines = Files.readAllLines(whole);

        for (int cut : new int[] {0, 1, 199, 200, 201, 555, wholeLines.size() - 1}) {
            Path part = temp.resolve("part-" + cut + ".jsonl");
            Files.write(part, wholeLines.subList(0, cut));
            CrisisCliTest.Run resumed = run(moderate(input, "--resume", part));

            assertThat(Files.readAllLines(part)).as("cut after %d lines: %s", cut, resumed.err()).isEqualTo(wholeLines);
        }
    }

    @Test
    void a_resumed_file_that_does_not_continue_the_input_is_refused_and_left_as_it_is() throws IOException {
        Path input = comments(temp.resolve("a.jsonl"), 500, 1);
        Path other = comments(temp.resolve("b.jsonl"), 500, 2);
        Path output = temp.resolve("out.jsonl");
        run(moderate(other, "--output", output));
        List<String> kept = Files.readAllLines(output).subList(0, 300);
        Files.write(output, kept);

        CrisisCliTest.Run resumed = run(moderate(input, "--resume", output));

        assertThat(resumed.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(resumed.err()).startsWith("error: --resume must continue COMMENTS.jsonl, but its output line for "
                + "input line ").contains("resume with the same file and options as the first run").hasLineCount(1);
        assertThat(Files.readAllLines(output)).isEqualTo(kept);
        assertThat(run("moderate", input.toString(), "--output", input.toString()).err())
                .startsWith("error: --output must be another file than COMMENTS.jsonl");
    }

    @Test
    void a_resumed_chunk_decided_differently_keeps_the_lines_already_written_and_says_so() throws IOException {
        Path input = comments(temp.resolve("c.jsonl"), 300, 3);
        Path output = temp.resolve("out.jsonl");
        run(moderate(input, "--output", output));
        List<String> first = Files.readAllLines(output).subList(0, 250);
        Files.write(output, first);
        List<String> args = new ArrayList<>(List.of(moderate(input, "--resume", output)));
        args.set(args.indexOf("MODERATE"), "MAJOR"); // a major crisis sends borderline comments to review

        CrisisCliTest.Run resumed = run(args.toArray(String[]::new));

        assertThat(Files.readAllLines(output).subList(0, 250)).isEqualTo(first);
        assertThat(resumed.err()).contains("warning: output line ").contains("as decided again differs");
    }

    private static boolean oneOutputLinePerNonBlankInputLine(Path input, Path output) throws IOException {
        List<String> inputLines = Files.readAllLines(input);
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < inputLines.size(); i++) {
            if (!inputLines.get(i).isBlank()) {
                expected.add(i + 1L);
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<Long> written = new ArrayList<>();
        for (String line : Files.readAllLines(output)) {
            JsonNode node = json.readTree(line);
            assertThat(node.has("action") != node.has("rejected")).as(line).isTrue();
            written.add(node.get("line").asLong());
        }
        assertThat(written).isEqualTo(expected);
        return true;
    }

    private static long lineBreaks(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        long count = 0;
        for (byte b : bytes) {
            count += b == '\n' ? 1 : 0;
        }
        return count;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Process childProcess(String[] args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", CrisisCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
