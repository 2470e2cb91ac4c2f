package io.crisisrules.rules.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy IDs of the specification, {@code ../shared/POLICY.md} beside the project (or the file
 * named by {@code -Dcrisis.policy=...}), and the copy of them in {@code policy-ids.txt} that the
 * tests use where the specification is absent (a clone of this repository alone).
 */
public final class PolicyCatalogue {
    private static final Pattern ID_ROW = Pattern.compile("(?m)^\\| ([A-Z]+-\\d{2}) ");

    private PolicyCatalogue() {
    }

    /** @return the path of POLICY.md, which may not exist */
    public static Path location() {
        String configured = System.getProperty("crisis.policy");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path module = Path.of("").toAbsolutePath();
        return module.getParent().resolveSibling("shared").resolve("POLICY.md");
    }

    /** @return every policy ID: the specification's when it is there, else the recorded copy */
    public static Set<String> ids() {
        return specified().orElseGet(PolicyCatalogue::recorded);
    }

    /** @return the IDs POLICY.md defines, if the file is there */
    public static Optional<Set<String>> specified() {
        Path file = location();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Matcher matcher = ID_ROW.matcher(Files.readString(file));
            Set<String> ids = new TreeSet<>();
            while (matcher.find()) {
                ids.add(matcher.group(1));
            }
            return Optional.of(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the IDs recorded in {@code policy-ids.txt} */
    public static Set<String> recorded() {
        try (InputStream in = PolicyCatalogue.class.getResourceAsStream("/policy-ids.txt")) {
            if (in == null) {
                throw new IllegalStateException("policy-ids.txt is missing from the test resources");
            }
            Set<String> ids = new TreeSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(ids::add);
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
