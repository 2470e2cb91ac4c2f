package io.crisisrules.settings;

import io.crisisrules.RuleCompilationException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The house's own settings: thresholds its rules read instead of literals, declared beside the
 * house rules in {@value #FILE} ({@link HouseSetting}: key, type, default, range, description,
 * policy) and overridden like ours, through {@link PolicySettings#with(String, String)} or a
 * settings file. The engine inserts them into working memory beside {@code DetectionSettings} and
 * the other groups, so a house rule reads one as
 * <pre>{@code
 * $house : HouseSettings()
 * Comment(mentionsAny(text, $house.list("acme.legalKeywords")))
 * }</pre>
 * Immutable and thread-safe; {@link #none()} when the rules declare none.
 */
public final class HouseSettings {
    /** The declaration file's name, at the root of a rules folder. */
    public static final String FILE = "house-settings.properties";
    private static final HouseSettings NONE = new HouseSettings(Map.of(), Map.of());

    private final Map<String, HouseSetting> declarations;
    private final Map<String, Object> values;

    private HouseSettings(Map<String, HouseSetting> declarations, Map<String, Object> values) {
        this.declarations = java.util.Collections.unmodifiableMap(new TreeMap<>(declarations));
        this.values = Map.copyOf(values);
    }

    /** @return no house setting: what the default rules declare */
    public static HouseSettings none() {
        return NONE;
    }

    /**
     * @param declarations house settings declared in code, each at its default
     * @return them
     * @throws InvalidSettingException if a key is declared twice
     */
    public static HouseSettings of(Collection<HouseSetting> declarations) {
        Map<String, HouseSetting> byKey = new TreeMap<>();
        Map<String, Object> values = new TreeMap<>();
        for (HouseSetting declaration : declarations) {
            Objects.requireNonNull(declaration, "declaration");
            if (byKey.putIfAbsent(declaration.key(), declaration) != null) {
                throw new InvalidSettingException(declaration.key(), "house setting \"" + declaration.key()
                        + "\" is declared twice");
            }
            values.put(declaration.key(), HouseSetting.parse(declaration.key(), declaration.type(),
                    declaration.defaultValue()));
        }
        return byKey.isEmpty() ? NONE : new HouseSettings(byKey, values);
    }

    /**
     * Reads the {@value #FILE} of rules folders: one {@code <key>.<field> = value} line per field
     * ({@code type}, {@code default}, {@code description}; optional {@code min}, {@code max},
     * {@code policy}).
     *
     * @param directories the rules folders; a folder without the file declares nothing
     * @return what they declare, each at its default
     * @throws RuleCompilationException listing every problem of the files at once, each at its file and line
     */
    public static HouseSettings load(List<Path> directories) {
        return HouseSettingsFile.read(directories);
    }

    /**
     * @param directories the rules folders; a folder without {@value #FILE} declares nothing
     * @return what they declare, each at its default
     * @throws RuleCompilationException listing every problem of the files at once, each at its file and line
     */
    public static HouseSettings load(Path... directories) {
        return load(List.of(directories));
    }

    /**
     * @param key a house setting of type {@code integer}
     * @return its value
     * @throws InvalidSettingException if no such setting is declared, or it is of another type
     */
    public long integer(String key) {
        return (Long) value(key, HouseSetting.Type.INTEGER);
    }

    /**
     * @param key a house setting of type {@code decimal}
     * @return its value
     * @throws InvalidSettingException if no such setting is declared, or it is of another type
     */
    public double decimal(String key) {
        return (Double) value(key, HouseSetting.Type.DECIMAL);
    }

    /**
     * @param key a house setting of type {@code duration}
     * @return its value
     * @throws InvalidSettingException if no such setting is declared, or it is of another type
     */
    public Duration duration(String key) {
        return (Duration) value(key, HouseSetting.Type.DURATION);
    }

    /**
     * @param key a house setting of type {@code boolean}
     * @return its value
     * @throws InvalidSettingException if no such setting is declared, or it is of another type
     */
    public boolean bool(String key) {
        return (Boolean) value(key, HouseSetting.Type.BOOLEAN);
    }

    /**
     * @param key a house setting of type {@code list}
     * @return its words, in order, without blanks
     * @throws InvalidSettingException if no such setting is declared, or it is of another type
     */
    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        return (List<String>) value(key, HouseSetting.Type.LIST);
    }

    private Object value(String key, HouseSetting.Type wanted) {
        HouseSetting declaration = require(key);
        if (declaration.type() != wanted) {
            throw new InvalidSettingException(key, "house setting \"" + key + "\" is " + article(declaration.type())
                    + " setting: read it with " + declaration.type().accessor() + "(\"" + key + "\"), not "
                    + wanted.accessor() + "(…)");
        }
        return values.get(key);
    }

    private static String article(HouseSetting.Type type) {
        return (type == HouseSetting.Type.INTEGER ? "an " : "a ") + type.word();
    }

    private HouseSetting require(String key) {
        HouseSetting declaration = key == null ? null : declarations.get(key);
        if (declaration == null) {
            throw new InvalidSettingException(String.valueOf(key), "unknown house setting \"" + key + "\" ("
                    + (declarations.isEmpty() ? "no house setting is declared" : "declared: "
                    + String.join(", ", declarations.keySet())) + "); house settings are declared in " + FILE
                    + " beside the house rules");
        }
        return declaration;
    }

    /**
     * @param key a house setting's key, such as {@code acme.legalKeywords}
     * @return whether a house setting has this key
     */
    public boolean declares(String key) {
        return declarations.containsKey(key);
    }

    /** @return whether no house setting is declared */
    public boolean isEmpty() {
        return declarations.isEmpty();
    }

    /** @return every declaration, ordered by key */
    public List<HouseSetting> declarations() {
        return List.copyOf(declarations.values());
    }

    /**
     * @param key a house setting's key
     * @return its current value, as written in a settings file
     * @throws InvalidSettingException if no such setting is declared
     */
    public String get(String key) {
        require(key);
        return HouseSetting.format(values.get(key));
    }

    /**
     * @param overrides house setting keys and values, as written in a settings file
     * @return a copy with those settings changed
     * @throws InvalidSettingException listing every undeclared key and every unreadable or out-of-range value
     */
    public HouseSettings with(Map<String, String> overrides) {
        Map<String, Object> changed = new TreeMap<>(values);
        List<InvalidSettingException> problems = new ArrayList<>();
        overrides.forEach((key, text) -> {
            try {
                HouseSetting declaration = require(key);
                if (text == null) {
                    throw new InvalidSettingException(key, key + " must have a value, but was null");
                }
                Object value = HouseSetting.parse(key, declaration.type(), text.strip());
                String range = HouseSetting.outOfRange(value, declaration.low(), declaration.high());
                if (range != null) {
                    throw new InvalidSettingException(key, key + " must be " + range + ", but was " + text.strip());
                }
                changed.put(key, value);
            } catch (InvalidSettingException e) {
                problems.add(e);
            }
        });
        if (!problems.isEmpty()) {
            throw InvalidSettingException.of(problems);
        }
        return overrides.isEmpty() ? this : new HouseSettings(declarations, changed);
    }

    /**
     * @param other house settings declared elsewhere (the rules folders an engine is built on)
     * @return these with the other's declarations added, at their values there; a key both declare
     *         the same way keeps its value here
     * @throws InvalidSettingException if a key is declared differently in each
     */
    public HouseSettings merge(HouseSettings other) {
        if (other.isEmpty() || other.equals(this)) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Map<String, HouseSetting> merged = new TreeMap<>(declarations);
        Map<String, Object> mergedValues = new TreeMap<>(values);
        List<InvalidSettingException> problems = new ArrayList<>();
        other.declarations.forEach((key, declaration) -> {
            HouseSetting mine = merged.putIfAbsent(key, declaration);
            if (mine == null) {
                mergedValues.put(key, other.values.get(key));
            } else if (!mine.equals(declaration)) {
                problems.add(new InvalidSettingException(key, "house setting \"" + key + "\" is declared twice,"
                        + " differently: " + mine + " and " + declaration));
            }
        });
        if (!problems.isEmpty()) {
            throw InvalidSettingException.of(problems);
        }
        return new HouseSettings(merged, mergedValues);
    }

    /** @return every house setting with its declaration and current value, ordered by key */
    public List<SettingInfo> describe() {
        return declarations.values().stream().map(declaration -> new SettingInfo(declaration.key(),
                declaration.type().word(), declaration.defaultValue(), declaration.min(), declaration.max(),
                declaration.policy().isEmpty() ? List.of() : List.of(declaration.policy()), declaration.description(),
                get(declaration.key()))).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HouseSettings house && house.declarations.equals(declarations)
                && house.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(declarations, values);
    }

    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        values.forEach((key, value) -> shown.put(key, HouseSetting.format(value)));
        return "HouseSettings" + shown;
    }
}
