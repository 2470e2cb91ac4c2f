package io.crisisrules.rules.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** House rules folders written by tests: DRL files, house-actions and house-settings declarations. */
public final class RuleFolders {

    private RuleFolders() {
    }

    /** Writes {@code text} to {@code relativePath} under {@code folder}, creating its directories. */
    public static void write(Path folder, String relativePath, String text) throws IOException {
        Path file = folder.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
