package io.crisisrules.settings;

import io.crisisrules.checks.DeclarationLines;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A settings file ({@link PolicySettings#withFile}) as {@link Properties} (UTF-8), and its problems
 * at their lines, {@code file:line: message}, as those of {@value HouseSettings#FILE} are. The line of
 * a key is found by the reading the house declaration files share ({@link DeclarationLines}): a
 * {@code key = value} line, the key being what comes before the {@code =}. A key set on a line of
 * another shape ({@code key: value}, a continued line) is named with the file alone.
 */
final class SettingsFile {
    private SettingsFile() {
    }

    /**
     * @return the file's settings
     * @throws InvalidSettingException if it cannot be read, or sets a key twice (at the second line)
     */
    static Properties read(Path file) {
        Properties properties = new UniqueKeyProperties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidSettingException("", "cannot read settings file " + file + ": " + e.getMessage());
        } catch (InvalidSettingException e) {
            List<Integer> lines = linesOfKeys(file).getOrDefault(e.key(), List.of());
            throw new InvalidSettingException(e.key(),
                    located(file, lines.isEmpty() ? 0 : lines.get(lines.size() - 1), e.getMessage()));
        }
        return properties;
    }

    /**
     * @param problems what is wrong with the file's settings, each naming its key
     * @return the same problems, each at the file and line that sets its key
     */
    static InvalidSettingException located(Path file, InvalidSettingException problems) {
        Map<String, List<Integer>> lines = linesOfKeys(file);
        return InvalidSettingException.of(problems.problems().stream()
                .map(problem -> new InvalidSettingException(problem.key(), located(file,
                        lines.getOrDefault(problem.key(), List.of(0)).get(0), problem.getMessage())))
                .toList());
    }

    /** @return the lines on which the file sets each key; empty when it cannot be read again */
    private static Map<String, List<Integer>> linesOfKeys(Path file) {
        Map<String, List<Integer>> lines = new HashMap<>();
        try {
            for (DeclarationLines.Line line : DeclarationLines.read(file)) {
                if (line.wellFormed()) {
                    lines.computeIfAbsent(line.key() + "." + line.field(), key -> new ArrayList<>()).add(line.number());
                }
            }
        } catch (IOException e) {
            return Map.of(); // it was read a moment ago: the messages then name the file alone
        }
        return lines;
    }

    private static String located(Path file, int line, String message) {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }

    /**
     * A settings file that sets a key twice is a mistake (a copied line, a merge): the first value
     * would be lost without a word, so it is rejected.
     */
    private static final class UniqueKeyProperties extends Properties {
        private static final long serialVersionUID = 1L;

        @Override
        public synchronized Object put(Object key, Object value) {
            Object previous = super.put(key, value);
            if (previous != null) {
                throw new InvalidSettingException(String.valueOf(key), key + " is set twice, to " + previous
                        + " and then to " + value + "; keep one");
            }
            return null;
        }
    }
}
