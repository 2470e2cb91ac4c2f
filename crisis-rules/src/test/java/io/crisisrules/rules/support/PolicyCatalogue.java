package io.crisisrules.rules.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy IDs of the specification, {@code ../shared/POLICY.md} beside the project (or the file
 * named by {@code -Dcrisis.policy=...}).
 */
public final class PolicyCatalogue {
    private static final Pattern ID_ROW = Pattern.compile("(?m)^\\| ([A-Z]+-\\d{2}) ");

    private PolicyCatalogue() {
    }

    /** @return the path of POLICY.md */
    public static Path location() {
        String configured = System.getProperty("crisis.policy");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path module = Path.of("").toAbsolutePath();
        return module.getParent().resolveSibling("shared").resolve("POLICY.md");
    }

    /** @return every policy ID the specification defines */
    public static Set<String> ids() {
        Path file = location();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the policy catalogue " + file + " is missing: clone the project with"
                    + " ../shared beside it, or pass -Dcrisis.policy=/path/to/POLICY.md");
        }
        try {
            Matcher matcher = ID_ROW.matcher(Files.readString(file));
            Set<String> ids = new TreeSet<>();
            while (matcher.find()) {
                ids.add(matcher.group(1));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
