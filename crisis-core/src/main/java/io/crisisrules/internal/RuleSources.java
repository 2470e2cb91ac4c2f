package io.crisisrules.internal;

import io.crisisrules.CrisisRulesException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds DRL files: the default rules on the class path (listed in an index, so they are found in
 * any packaging, fat jars included) and a rule author's directory, whose files add to or replace
 * the defaults by relative path.
 */
public final class RuleSources {

    /** Class-path folder of the default rules; the crisis-rules jar fills it. */
    public static final String DEFAULT_ROOT = "io/crisisrules/rules/";
    /** The list of default rule files, one path relative to {@link #DEFAULT_ROOT} per line. */
    public static final String INDEX = DEFAULT_ROOT + "rules.index";
    /** How the origin of a default rule file starts, so that problems in them can be told apart. */
    public static final String CLASSPATH_PREFIX = "classpath:";

    private RuleSources() {
    }

    /**
     * @param loader where to look
     * @return the default rules listed in the index, in index order
     * @throws CrisisRulesException if the index is missing (the crisis-rules jar is not on the class
     *                              path) or lists a file that is not there
     */
    public static List<RuleSource> defaults(ClassLoader loader) {
        List<RuleSource> sources = new ArrayList<>();
        for (String path : readIndex(loader)) {
            String resource = DEFAULT_ROOT + path;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new CrisisRulesException(INDEX + " lists " + path + ", but " + resource
                            + " is not on the class path");
                }
                sources.add(new RuleSource(path, CLASSPATH_PREFIX + resource,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return sources;
    }

    /**
     * @param loader where to look
     * @return the paths listed in the default rules' index
     */
    public static List<String> readIndex(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new CrisisRulesException("the default rules are not on the class path (" + INDEX
                        + " not found): add the io.crisisrules:crisis-rules dependency, or build the engine"
                        + " withoutDefaultRules() and a rules directory");
            }
            List<String> paths = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String path = line.strip();
                    if (!path.isEmpty() && !path.startsWith("#")) {
                        paths.add(path);
                    }
                }
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    /**
     * @param directory a rule author's folder; every {@code .drl} file below it is read
     * @return its DRL files, sorted by relative path
     * @throws CrisisRulesException if the folder does not exist or cannot be read
     */
    public static List<RuleSource> directory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new CrisisRulesException("rules directory " + directory + " does not exist or is not a directory");
        }
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> drl = files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".drl"))
                    .sorted()
                    .toList();
            List<RuleSource> sources = new ArrayList<>();
            for (Path file : drl) {
                String relative = directory.relativize(file).toString().replace('\\', '/');
                sources.add(new RuleSource(relative, file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return sources;
        } catch (IOException e) {
            throw new CrisisRulesException("cannot read rules directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param base    the files to start from
     * @param overlay files that replace those with the same path, or are added
     * @return the merged list: base order first, then the overlay's new files
     */
    public static List<RuleSource> overlay(List<RuleSource> base, List<RuleSource> overlay) {
        Map<String, RuleSource> merged = new LinkedHashMap<>();
        base.forEach(source -> merged.put(source.path(), source));
        overlay.forEach(source -> merged.put(source.path(), source));
        return List.copyOf(merged.values());
    }
}
