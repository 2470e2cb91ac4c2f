package io.crisisrules.examples.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crisisrules.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A directory in the layout of the Numenta Anomaly Benchmark: {@code data/SUBSET/NAME.csv}
 * ({@code timestamp,value}), {@code labels/combined_windows.json} (the labelled windows of each
 * {@code SUBSET/NAME.csv}) and {@code config/profiles.json} (the cost profiles). A host can lay out
 * its own labelled history the same way and measure the detector on it.
 */
public final class NabCorpus {
    private static final DateTimeFormatter NAB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path root;
    private final Map<String, List<NabScorer.Window>> windows;
    private final Map<String, NabScorer.Profile> profiles;

    private NabCorpus(Path root, Map<String, List<NabScorer.Window>> windows, Map<String, NabScorer.Profile> profiles) {
        this.root = root;
        this.windows = windows;
        this.profiles = profiles;
    }

    /**
     * @param root the directory
     * @return its labels and profiles
     * @throws InvalidInputException when the layout is not there or a file cannot be read
     */
    public static NabCorpus open(Path root) {
        Path labels = root.resolve("labels/combined_windows.json");
        Path profiles = root.resolve("config/profiles.json");
        for (Path required : List.of(root.resolve("data"), labels, profiles)) {
            if (!Files.exists(required)) {
                throw new InvalidInputException("DATADIR", root.toString(),
                        "hold data/SUBSET/*.csv, labels/combined_windows.json and config/profiles.json (no " + root.relativize(required) + ")");
            }
        }
        ObjectMapper json = new ObjectMapper();
        try {
            Map<String, List<NabScorer.Window>> windows = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = json.readTree(labels.toFile()).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                List<NabScorer.Window> list = new ArrayList<>();
                for (JsonNode pair : entry.getValue()) {
                    list.add(new NabScorer.Window(time(pair.get(0).asText()), time(pair.get(1).asText())));
                }
                windows.put(entry.getKey(), List.copyOf(list));
            }
            Map<String, NabScorer.Profile> byName = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = json.readTree(profiles.toFile()).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode cost = entry.getValue().get("CostMatrix");
                byName.put(entry.getKey(), new NabScorer.Profile(entry.getKey(), cost.get("tpWeight").asDouble(),
                        cost.get("fnWeight").asDouble(), cost.get("fpWeight").asDouble()));
            }
            return new NabCorpus(root, windows, byName);
        } catch (IOException e) {
            throw new InvalidInputException("DATADIR", root.toString(), "hold readable label and profile JSON (" + e.getMessage() + ")");
        }
    }

    /**
     * A timestamp as NAB writes it ({@code 2014-04-10 07:15:00}, a fraction of a second ignored),
     * the way the scorer compares rows, windows and detections.
     *
     * @param text the timestamp
     * @return it as a local date-time
     */
    public static LocalDateTime time(String text) {
        String trimmed = text.strip();
        int dot = trimmed.indexOf('.');
        try {
            return LocalDateTime.parse(dot < 0 ? trimmed : trimmed.substring(0, dot), NAB_TIME);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("timestamp", trimmed, "be written YYYY-MM-DD HH:MM:SS");
        }
    }

    /** @return the directory */
    public Path root() {
        return root;
    }

    /**
     * @param subsets subsets to keep; empty for every subset under {@code data/}
     * @return the labelled series of those subsets, as {@code SUBSET/NAME.csv}, sorted
     */
    public List<String> series(List<String> subsets) {
        List<String> keep = subsets.isEmpty() ? subsets() : subsets;
        return windows.keySet().stream().filter(key -> keep.contains(subsetOf(key))).toList();
    }

    /** @return the subsets under {@code data/}, sorted */
    public List<String> subsets() {
        try (Stream<Path> dirs = Files.list(root.resolve("data"))) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the subset of a series key */
    public static String subsetOf(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    /** @return the data file of a series key */
    public Path file(String key) {
        return root.resolve("data").resolve(key);
    }

    /** @return the labelled windows of a series key */
    public List<NabScorer.Window> windows(String key) {
        return windows.getOrDefault(key, List.of());
    }

    /**
     * @param name a profile name
     * @return the profile
     * @throws InvalidInputException when {@code config/profiles.json} does not define it
     */
    public NabScorer.Profile profile(String name) {
        NabScorer.Profile profile = profiles.get(name);
        if (profile == null) {
            throw new InvalidInputException("--profile", name, "be one of " + profiles.keySet());
        }
        return profile;
    }
}
