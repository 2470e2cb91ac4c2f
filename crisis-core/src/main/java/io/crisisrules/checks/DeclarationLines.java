package io.crisisrules.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a house declaration file ({@code house-actions.properties}, {@code house-settings.properties}):
 * one {@code <key>.<field> = value} per line, the key ending at the last dot before {@code =}, blank
 * lines and {@code #} or {@code !} comments skipped. Both files share this one reading, so that they
 * cannot come to disagree on what a line is; what a key or a field may be is each file's own business.
 * A settings file ({@code PolicySettings.withFile}) is read by {@link java.util.Properties}; this
 * reading finds the line of each of its keys ({@code key + "." + field}) for its messages.
 */
public final class DeclarationLines {
    private DeclarationLines() {
    }

    /**
     * One line of a declaration file.
     *
     * @param number its line number, from 1
     * @param key    what is declared, e.g. {@code acme.legal-queue}; {@code null} when the line is no
     *               {@code key.field = value}
     * @param field  which of its fields the line gives, e.g. {@code owner}
     * @param value  the value, stripped (possibly empty)
     * @param text   the line as written, stripped
     */
    public record Line(int number, String key, String field, String value, String text) {
        /** @return whether the line is a {@code key.field = value} at all */
        public boolean wellFormed() {
            return key != null;
        }
    }

    /**
     * @param file a declaration file
     * @return its lines that are neither blank nor comments, in order, malformed ones included
     * @throws IOException when it cannot be read
     */
    public static List<Line> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Line> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int equals = line.indexOf('=');
            int dot = equals < 0 ? -1 : line.lastIndexOf('.', equals);
            if (equals < 0 || dot < 0) {
                read.add(new Line(i + 1, null, null, null, line));
            } else {
                read.add(new Line(i + 1, line.substring(0, dot).strip(), line.substring(dot + 1, equals).strip(),
                        line.substring(equals + 1).strip(), line));
            }
        }
        return read;
    }
}
