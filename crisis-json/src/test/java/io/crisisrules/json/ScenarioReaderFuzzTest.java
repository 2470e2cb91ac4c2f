package io.crisisrules.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.crisisrules.InvalidInputException;
import io.crisisrules.model.Snapshot;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the scenario reader and the codec's snapshot reader (Jazzer): whatever
 * the bytes, reading gives a value or an {@link InvalidInputException} whose message is one short line —
 * never another exception (a raw Jackson or NullPointerException, a StackOverflowError), and never a
 * hang (a time limit applies to each input). {@code mvn verify} fuzzes it for a bounded time (the {@code fuzz}
 * profile, JAZZER_FUZZ=1); otherwise it runs as a regression test on the seeds below and on the
 * inputs kept in {@code ScenarioReaderFuzzTestInputs}, where Jazzer writes any crashing input it finds.
 */
class ScenarioReaderFuzzTest {
    private static final ScenarioFormat FORMAT = new ScenarioFormat();
    private static final CrisisJson CODEC = CrisisJson.create();
    /** A message a person reads: values are echoed cut short, whatever their length. */
    private static final int MESSAGE_LENGTH = 1_000;

    /** The example scenarios, so that mutations start from documents that read. */
    static Stream<Arguments> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "crisis-examples", "scenarios"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().map(file -> {
                try {
                    return Arguments.of((Object) Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList().stream();
        }
    }

    @MethodSource("scenarios")
    @FuzzTest(maxDuration = "15s")
    void a_scenario_reads_or_fails_with_one_clear_line(byte[] document) {
        String json = new String(document, StandardCharsets.UTF_8);

        readsOrFailsClearly(() -> FORMAT.read(json));
        readsOrFailsClearly(() -> CODEC.read(json, Snapshot.class));
    }

    private static void readsOrFailsClearly(Supplier<?> read) {
        try {
            assertThat(read.get()).isNotNull();
        } catch (InvalidInputException expected) {
            assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n").hasSizeLessThan(MESSAGE_LENGTH);
            assertThat(expected.field()).isNotBlank();
        }
    }
}
