package io.crisisrules.rules;

import io.crisisrules.internal.Phase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes {@code rules.index}, the list of the default rule files, from the rules folder: every
 * {@code .drl} file, folder by folder in the order of their phase (a folder's phase is the earliest
 * {@code ruleflow-group} of its files; a folder of declarations only, such as {@code facts/}, comes
 * first), then by name. {@link GeneratedArtifactsAreCurrentTest} checks the checked-in copy.
 */
final class RulesIndexGenerator {
    private static final Pattern GROUP = Pattern.compile("(?m)^\\s*ruleflow-group\\s+\"([^\"]+)\"");
    static final String HEADER = """
            # The default rule files, relative to this folder, in the order of their phase. Generated from the
            # folder by crisis-rules' GeneratedArtifactsAreCurrentTest, which fails when this copy is stale:
            # do not edit, regenerate with
            # mvn -o test -pl crisis-rules -am -Dtest=GeneratedArtifactsAreCurrentTest -Dsurefire.failIfNoSpecifiedTests=false -Dcrisis.regenerate=true
            """;

    private RulesIndexGenerator() {
    }

    /**
     * @param root the rules folder
     * @return the index's content
     */
    static String generate(Path root) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(file -> file.toString().endsWith(".drl")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> folderRank = new HashMap<>();
        for (Path file : files) {
            String folder = folder(root, file);
            int rank = phaseRank(file);
            folderRank.merge(folder, rank, (a, b) -> a < 0 ? b : b < 0 ? a : Math.min(a, b));
        }
        return files.stream().map(file -> root.relativize(file).toString().replace('\\', '/'))
                .sorted(Comparator.<String>comparingInt(path -> folderRank.get(folderOf(path)))
                        .thenComparing(RulesIndexGenerator::folderOf).thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("\n", HEADER, "\n"));
    }

    private static String folder(Path root, Path file) {
        return folderOf(root.relativize(file).toString().replace('\\', '/'));
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** @return the phase's place in the run order of the file's rule-flow group, or -1 when it has none */
    private static int phaseRank(Path file) {
        try {
            Matcher group = GROUP.matcher(Files.readString(file, StandardCharsets.UTF_8));
            if (!group.find()) {
                return -1;
            }
            int rank = Phase.groups().indexOf(group.group(1));
            if (rank < 0) {
                throw new IllegalStateException(file + ": ruleflow-group \"" + group.group(1) + "\" is no phase ("
                        + String.join(", ", Phase.groups()) + ")");
            }
            return rank;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
