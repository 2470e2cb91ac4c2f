package io.crisisrules.examples.cli;

import io.crisisrules.examples.quality.NabCorpus;
import io.crisisrules.examples.quality.NabScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.crisisrules.examples.cli.CrisisCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class DetectionQualityCommandTest {
    private static final Path MINI = Path.of("src/test/resources/nab-mini");

    @TempDir
    Path out;

    private static List<String> rowTimestamps(Path series) throws IOException {
        return Files.readAllLines(series, StandardCharsets.UTF_8).stream().skip(1).map(line -> line.split(",")[0]).toList();
    }

    @Test
    void every_series_gets_a_detection_file_of_its_own_row_timestamps_and_a_score() throws IOException {
        CrisisCliTest.Run run = run("detection-quality", MINI.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        NabCorpus corpus = NabCorpus.open(MINI);
        for (String key : corpus.series(List.of())) {
            Path detections = out.resolve(key);
            assertThat(detections).exists();
            assertThat(Files.readAllLines(detections)).as(key).isSubsetOf(rowTimestamps(corpus.file(key)));
        }
        assertThat(run.out()).contains("mini/burst_counts.csv", "TOTAL", "standard", "reward_low_FP_rate");
        assertThat(run.out().lines().filter(line -> line.startsWith("mini/shift_measurement.csv")))
                .singleElement().asString().contains(" meas ");
        assertThat(run.out().lines().filter(line -> line.startsWith("mini/burst_counts.csv")))
                .singleElement().asString().contains(" count ");
    }

    @Test
    void the_printed_total_is_the_score_of_the_written_detection_files() throws IOException {
        CrisisCliTest.Run run = run("detection-quality", MINI.toString(), "--out", out.toString(), "--profile", "standard");

        assertThat(run.exitCode()).as(run.err()).isZero();
        NabCorpus corpus = NabCorpus.open(MINI);
        NabScorer.FileScore total = NabScorer.FileScore.ZERO;
        for (String key : corpus.series(List.of())) {
            List<LocalDateTime> times = rowTimestamps(corpus.file(key)).stream().map(NabCorpus::time).toList();
            Set<LocalDateTime> hits = Files.readAllLines(out.resolve(key)).stream().map(NabCorpus::time)
                    .collect(Collectors.toSet());
            boolean[] flags = new boolean[times.size()];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = hits.contains(times.get(i));
            }
            total = total.plus(NabScorer.score(times, flags, corpus.windows(key), corpus.profile("standard")));
        }
        Matcher line = Pattern.compile("TOTAL\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(-?[0-9.]+)").matcher(run.out());
        assertThat(line.find()).as(run.out()).isTrue();
        assertThat(Integer.parseInt(line.group(2))).isEqualTo(total.windowsHit());
        assertThat(Integer.parseInt(line.group(3))).isEqualTo(total.falsePositives());
        assertThat(line.group(4)).isEqualTo(String.format("%.1f", total.normalised(corpus.profile("standard"))));
    }

    @Test
    void a_directory_without_the_nab_layout_or_an_unknown_profile_is_one_error_line() {
        CrisisCliTest.Run notNab = run("detection-quality", out.toString());
        CrisisCliTest.Run unknown = run("detection-quality", MINI.toString(), "--out", out.toString(), "--profile", "lenient");

        assertThat(notNab.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(notNab.err().strip()).startsWith("error: DATADIR must hold data/SUBSET/*.csv").doesNotContain("Exception");
        assertThat(unknown.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(unknown.err()).contains("--profile must be one of", "lenient");
    }
}
