package io.crisisrules.examples.quality;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Java port of NAB's scoring: its arithmetic on hand-made cases, then the same numbers as
 * {@code ../shared/tools/nab-score} on several detection sets (when python3 and the script are there).
 */
class NabScorerTest {
    private static final Path MINI = Path.of("src/test/resources/nab-mini");
    private static final Path SCRIPT = Path.of("../../shared/tools/nab-score");
    private static final Path NAB_DEV = Path.of("../../shared/data/nab-dev");
    private static final NabScorer.Profile STANDARD = new NabScorer.Profile("standard", 1, 1, 0.11);
    private static final LocalDateTime T0 = LocalDateTime.of(2015, 3, 2, 0, 0);

    private static List<LocalDateTime> rows(int n) {
        List<LocalDateTime> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(T0.plusMinutes(5L * i));
        }
        return rows;
    }

    private static boolean[] flags(int n, int... at) {
        boolean[] flags = new boolean[n];
        for (int i : at) {
            flags[i] = true;
        }
        return flags;
    }

    /** 100 rows, one window over rows 40…59: the probationary period is rows 0…14. */
    private static NabScorer.FileScore score(int... detections) {
        List<LocalDateTime> rows = rows(100);
        return NabScorer.score(rows, flags(100, detections), List.of(new NabScorer.Window(rows.get(40), rows.get(59))),
                STANDARD);
    }

    @Test
    void a_window_detected_at_its_start_earns_one_and_a_missed_one_costs_one() {
        assertThat(score(40).raw()).isCloseTo(1.0, within(1e-12));
        assertThat(score(40).windowsHit()).isEqualTo(1);
        assertThat(score().raw()).isEqualTo(-1.0);
        assertThat(score().windowsHit()).isZero();
        assertThat(score(40, 45, 59).raw()).as("only the earliest detection counts").isCloseTo(1.0, within(1e-12));
        assertThat(score(50).raw()).as("later in the window earns less").isBetween(0.0, 0.99);
    }

    @Test
    void a_detection_far_from_a_window_costs_the_fp_weight_and_the_probationary_period_costs_nothing() {
        assertThat(score(40, 20).raw()).isCloseTo(1.0 - 0.11, within(1e-12));
        assertThat(score(40, 20).falsePositives()).isEqualTo(1);
        assertThat(score(40, 14).raw()).as("row 14 is probationary").isCloseTo(1.0, within(1e-12));
        assertThat(score(40, 60).raw()).as("right after the window, much less than the fp weight").isGreaterThan(1.0 - 0.02);
        assertThat(score(40, 99).raw()).isBetween(1.0 - 0.11, 1.0);
    }

    @Test
    void the_normalised_score_is_zero_for_no_detection_and_one_hundred_for_every_window_at_its_start() {
        assertThat(score().normalised(STANDARD)).isEqualTo(0.0);
        assertThat(score(40).normalised(STANDARD)).isCloseTo(100.0, within(1e-9));
        assertThat(score(40).plus(score()).normalised(STANDARD)).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void the_corpus_reads_windows_profiles_and_series_of_a_nab_layout() {
        NabCorpus corpus = NabCorpus.open(MINI);

        assertThat(corpus.subsets()).containsExactly("mini");
        assertThat(corpus.series(List.of())).containsExactly("mini/burst_counts.csv", "mini/quiet_counts.csv",
                "mini/shift_measurement.csv");
        assertThat(corpus.windows("mini/burst_counts.csv")).singleElement()
                .satisfies(window -> assertThat(window.start()).isEqualTo(NabCorpus.time("2015-03-08 21:30:00.000000")));
        assertThat(corpus.profile("reward_low_FP_rate").fpWeight()).isEqualTo(0.22);
    }

    /** Detection sets the port and the script must agree on: none, random, every 37th row, each window's middle. */
    private static List<BiPredicate<String, Integer>> detectionSets() {
        return List.of((key, row) -> false,
                (key, row) -> new Random(key.hashCode() * 31L + row).nextDouble() < 0.004,
                (key, row) -> row % 37 == 0,
                (key, row) -> new Random(row).nextInt(500) == 0 || row % 211 == 5);
    }

    @Test
    void the_port_gives_the_numbers_of_the_nab_score_script() throws Exception {
        assumeTrue(Files.isRegularFile(SCRIPT), "needs " + SCRIPT);
        assumeTrue(python3(), "needs python3");
        for (Path data : Files.isDirectory(NAB_DEV) ? List.of(MINI, NAB_DEV) : List.of(MINI)) {
            NabCorpus corpus = NabCorpus.open(data);
            int set = 0;
            for (BiPredicate<String, Integer> detects : detectionSets()) {
                Path detections = Files.createTempDirectory("nab-detections");
                NabScorer.FileScore total = NabScorer.FileScore.ZERO;
                NabScorer.FileScore lowFpTotal = NabScorer.FileScore.ZERO;
                for (String key : corpus.series(List.of())) {
                    List<String> lines = Files.readAllLines(corpus.file(key), StandardCharsets.UTF_8);
                    List<LocalDateTime> times = new ArrayList<>();
                    List<String> flagged = new ArrayList<>();
                    boolean[] flags = new boolean[lines.size() - 1];
                    for (int i = 1; i < lines.size(); i++) {
                        String stamp = lines.get(i).split(",")[0];
                        times.add(NabCorpus.time(stamp));
                        if (detects.test(key, i - 1)) {
                            flagged.add(stamp);
                        }
                    }
                    // as the script does: every row whose timestamp is listed is a detection
                    java.util.Set<LocalDateTime> hits = new java.util.HashSet<>();
                    flagged.forEach(stamp -> hits.add(NabCorpus.time(stamp)));
                    for (int i = 0; i < times.size(); i++) {
                        flags[i] = hits.contains(times.get(i));
                    }
                    Path out = detections.resolve(key);
                    Files.createDirectories(out.getParent());
                    Files.write(out, flagged, StandardCharsets.UTF_8);
                    total = total.plus(NabScorer.score(times, flags, corpus.windows(key), corpus.profile("standard")));
                    lowFpTotal = lowFpTotal.plus(NabScorer.score(times, flags, corpus.windows(key),
                            corpus.profile("reward_low_FP_rate")));
                }
                String what = data + " detection set " + set++;
                assertAgrees(script(data, detections, "standard"), total, corpus.profile("standard"), what);
                assertAgrees(script(data, detections, "reward_low_FP_rate"), lowFpTotal,
                        corpus.profile("reward_low_FP_rate"), what + " (low FP)");
                delete(detections);
            }
        }
    }

    private static void assertAgrees(String scriptOutput, NabScorer.FileScore port, NabScorer.Profile profile, String what) {
        Matcher total = Pattern.compile("TOTAL .* raw=(-?[0-9.]+) windows_hit=(\\d+)/(\\d+) false_positives=(\\d+) "
                + "normalised_\\w+_score=(-?[0-9.]+|nan)").matcher(scriptOutput);
        assertThat(total.find()).as(what + ": " + scriptOutput).isTrue();
        assertThat(String.format("%.3f", port.raw())).as(what).isEqualTo(total.group(1));
        assertThat(port.windowsHit()).as(what).isEqualTo(Integer.parseInt(total.group(2)));
        assertThat(port.windows()).as(what).isEqualTo(Integer.parseInt(total.group(3)));
        assertThat(port.falsePositives()).as(what).isEqualTo(Integer.parseInt(total.group(4)));
        assertThat(String.format("%.1f", port.normalised(profile))).as(what).isEqualTo(total.group(5));
    }

    private static boolean python3() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String script(Path data, Path detections, String profile) throws Exception {
        Process process = new ProcessBuilder("python3", SCRIPT.toString(), data.toString(), detections.toString(),
                "--profile", profile).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
