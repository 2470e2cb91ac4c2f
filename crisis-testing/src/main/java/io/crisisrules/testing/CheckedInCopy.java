package io.crisisrules.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file checked into the repository that a generator derives from the code: it must be exactly
 * what the generator writes. With {@code -Dcrisis.regenerate=true} (or {@code CRISIS_REGENERATE=true})
 * the check rewrites the copy instead of failing. The project's own currency tests use it (the rule
 * index, the schema's enums, the README's generated tables); a host that derives files from its own
 * code (an index of its house rules, a table of its house settings) can check them the same way.
 */
public final class CheckedInCopy {

    private CheckedInCopy() {
    }

    /** @return whether the copies are to be rewritten rather than checked */
    public static boolean regenerating() {
        return Boolean.getBoolean("crisis.regenerate") || "true".equals(System.getenv("CRISIS_REGENERATE"));
    }

    /**
     * @param file      the checked-in copy
     * @param generated what the generator writes
     * @param rewrite   whether to rewrite a stale copy instead of reporting it
     * @return {@code null} when the copy is current (or was rewritten), else what differs: the first
     *         line that does, with its number, and how to regenerate
     * @throws IOException if the copy cannot be read or written
     */
    public static String problem(Path file, String generated, boolean rewrite) throws IOException {
        String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (current.equals(generated)) {
            return null;
        }
        if (rewrite) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            return null;
        }
        String[] have = current.split("\n", -1);
        String[] want = generated.split("\n", -1);
        int line = 0;
        while (line < have.length && line < want.length && have[line].equals(want[line])) {
            line++;
        }
        return file + " is stale (generated from the code; do not edit it by hand): line " + (line + 1)
                + " is\n  " + (line < have.length ? have[line] : "(end of file)") + "\nbut the generator writes\n  "
                + (line < want.length ? want[line] : "(end of file)")
                + "\nRegenerate with -Dcrisis.regenerate=true (see GeneratedArtifactsAreCurrentTest).";
    }
}
