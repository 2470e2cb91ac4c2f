package io.crisisrules.examples.cli;

import io.crisisrules.InvalidInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a page where --html says, or fails naming the option and the file. */
final class HtmlOutput {

    private HtmlOutput() {
    }

    static void write(Path file, String html) {
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("--html", file, "be a file that can be written (" + e + ")");
        }
    }
}
