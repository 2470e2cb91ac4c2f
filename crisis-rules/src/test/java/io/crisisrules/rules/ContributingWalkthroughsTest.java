package io.crisisrules.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The worked examples of {@code CONTRIBUTING.md} ({@code docs/contributing/NAME.patch}, the hand
 * edits, and {@code NAME.generated.patch}, what regenerating writes) still apply to the tree, keep
 * to the number of files the guide promises, and are the files the guide names.
 * {@code docs/contributing/try-walkthrough.sh} replays them end to end, with the tests.
 */
class ContributingWalkthroughsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path EXAMPLES = ROOT.resolve("docs/contributing");
    private static final Pattern TARGET = Pattern.compile("(?m)^diff --git a/\\S+ b/(\\S+)$");
    /** The copies a generator writes (README, "Generated files"); a hand patch never edits them. */
    private static final Set<String> GENERATED = Set.of(
            "crisis-rules/src/main/resources/io/crisisrules/rules/rules.index",
            "crisis-json/src/main/resources/io/crisisrules/json/crisis-rules.schema.json",
            "crisis-rules/src/test/resources/policy-ids.txt",
            "README.md");
    private static final int MOST_FILES = 6;

    @Test
    void each_walkthrough_touches_at_most_six_files_by_hand_and_regenerates_only_generated_copies() throws IOException {
        List<String> names = walkthroughs();
        assertThat(names).contains("add-a-warning-signal", "add-a-moderation-action");
        String guide = Files.readString(ROOT.resolve("CONTRIBUTING.md"), StandardCharsets.UTF_8);
        for (String name : names) {
            List<String> hand = targets(EXAMPLES.resolve(name + ".patch"));
            List<String> generated = targets(EXAMPLES.resolve(name + ".generated.patch"));
            assertThat(hand).as("files %s.patch edits by hand", name).isNotEmpty().hasSizeLessThanOrEqualTo(MOST_FILES)
                    .doesNotContainAnyElementsOf(GENERATED);
            assertThat(generated).as("files %s.generated.patch writes", name).isNotEmpty().isSubsetOf(GENERATED);
            for (String file : hand) {
                assertThat(guide).as("CONTRIBUTING.md names %s of %s", file, name)
                        .contains(Path.of(file).getFileName().toString());
            }
            assertThat(guide).as("CONTRIBUTING.md counts the files of %s", name)
                    .contains("It touches **" + hand.size() + " files**");
            assertThat(Files.readString(EXAMPLES.resolve(name + ".policy"))).as("%s.policy", name)
                    .containsPattern("(?m)^\\| [A-Z]+-\\d{2} \\|").containsPattern("(?m)^# tests: \\S+");
        }
    }

    @Test
    void each_walkthrough_still_applies_to_the_tree() throws Exception {
        assumeTrue(Files.isDirectory(ROOT.resolve(".git")) || Files.isRegularFile(ROOT.resolve(".git")),
                "not a git checkout: nothing to apply the patches to");
        for (String name : walkthroughs()) {
            for (String patch : List.of(name + ".patch", name + ".generated.patch")) {
                Process git = new ProcessBuilder("git", "apply", "--check", EXAMPLES.resolve(patch).toString())
                        .directory(ROOT.toFile()).redirectErrorStream(true).start();
                String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(git.exitValue()).as("git apply --check docs/contributing/%s: %s (the code changed under the"
                        + " worked example: redo it on the current tree)", patch, output).isZero();
            }
        }
    }

    private static List<String> walkthroughs() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(path -> path.getFileName().toString()).filter(file -> file.endsWith(".policy"))
                    .map(file -> file.substring(0, file.length() - ".policy".length())).sorted().toList();
        }
    }

    private static List<String> targets(Path patch) throws IOException {
        Matcher matcher = TARGET.matcher(Files.readString(patch, StandardCharsets.UTF_8));
        List<String> files = new ArrayList<>();
        while (matcher.find()) {
            files.add(matcher.group(1));
        }
        return files;
    }
}
