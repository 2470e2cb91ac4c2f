package io.crisisrules.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Every number of the crisis policy as a typed setting with its documented default (see
 * {@code ../shared/POLICY.md} and the README's settings table). Rules read these values from
 * working memory; no threshold is written as a literal in DRL.
 *
 * <p>Start from {@link #defaults()} and override what differs, in code with {@link #with(String,
 * String)} or from a {@code .properties} file with {@link #load(Path)}:
 * <pre>{@code
 * PolicySettings settings = PolicySettings.defaults()
 *         .with("detection.roiDrop", "0.25")
 *         .with("response.firstResponseWithin", "2h");
 * }</pre>
 * Keys are {@code <group>.<name>}; an unknown key, an unreadable value or a value outside the
 * allowed range throws an {@link InvalidSettingException} naming the key and the value. Instances
 * are immutable and thread-safe.
 *
 * @param detection  detection thresholds (DET)
 * @param alerting   alert semantics of the streaming monitor (DET-18…DET-21)
 * @param severity   severity thresholds (TYP)
 * @param response   response deadlines (RSP, PLAN, POST)
 * @param moderation moderation thresholds (MOD)
 * @param execution  the budget of one call into the rules (rule firings, wall time); the engine's,
 *                   not the policy's: the rules do not read it
 * @param house      the house rules' own settings ({@link HouseSettings}), declared beside them;
 *                   {@link HouseSettings#none()} for the default rules
 */
public record PolicySettings(DetectionSettings detection, AlertingSettings alerting, SeveritySettings severity,
                             ResponseSettings response, ModerationSettings moderation, ExecutionSettings execution,
                             HouseSettings house) {

    private static final PolicySettings DEFAULTS = SettingsCatalog.defaults();

    /**
     * Creates one from its components.
     *
     * @param detection detection thresholds (DET)
     * @param alerting alert semantics of the streaming monitor (DET-18…DET-21)
     * @param severity severity thresholds (TYP)
     * @param response response deadlines (RSP, PLAN, POST)
     * @param moderation moderation thresholds (MOD)
     * @param execution the budget of one call into the rules
     * @param house the house rules' own settings
     */
    public PolicySettings {
        SettingsCatalog.validate(detection, alerting, severity, response, moderation, execution);
        if (house == null) {
            throw new InvalidSettingException("house", "house must be present (HouseSettings.none() for none)");
        }
        if (moderation.reviewThreshold() > moderation.actionThreshold()) {
            throw new InvalidSettingException("moderation.reviewThreshold",
                    "moderation.reviewThreshold must be <= moderation.actionThreshold ("
                            + moderation.actionThreshold() + "), but was " + moderation.reviewThreshold());
        }
        if (alerting.spikeResolveThreshold() >= detection.spikeThreshold()) {
            throw new InvalidSettingException("alerting.spikeResolveThreshold",
                    "alerting.spikeResolveThreshold must be < detection.spikeThreshold (" + detection.spikeThreshold()
                            + ") so that a spike resolves below where it fires, but was "
                            + alerting.spikeResolveThreshold());
        }
        if (alerting.moderateSpikeRatio() > alerting.majorSpikeRatio()) {
            throw new InvalidSettingException("alerting.moderateSpikeRatio",
                    "alerting.moderateSpikeRatio must be <= alerting.majorSpikeRatio (" + alerting.majorSpikeRatio()
                            + "), but was " + alerting.moderateSpikeRatio());
        }
    }

    /**
     * Creates one from its groups, without house settings (as before there were any).
     *
     * @param detection detection thresholds (DET)
     * @param alerting alert semantics of the streaming monitor (DET-18…DET-21)
     * @param severity severity thresholds (TYP)
     * @param response response deadlines (RSP, PLAN, POST)
     * @param moderation moderation thresholds (MOD)
     * @param execution the budget of one call into the rules
     */
    public PolicySettings(DetectionSettings detection, AlertingSettings alerting, SeveritySettings severity,
                          ResponseSettings response, ModerationSettings moderation, ExecutionSettings execution) {
        this(detection, alerting, severity, response, moderation, execution, HouseSettings.none());
    }

    /**
     * Creates one from the policy's groups, with the default {@link ExecutionSettings} (as before
     * there were any).
     *
     * @param detection detection thresholds (DET)
     * @param alerting alert semantics of the streaming monitor (DET-18…DET-21)
     * @param severity severity thresholds (TYP)
     * @param response response deadlines (RSP, PLAN, POST)
     * @param moderation moderation thresholds (MOD)
     */
    public PolicySettings(DetectionSettings detection, AlertingSettings alerting, SeveritySettings severity,
                          ResponseSettings response, ModerationSettings moderation) {
        this(detection, alerting, severity, response, moderation, DEFAULTS.execution());
    }

    /** @return the documented defaults of every setting */
    public static PolicySettings defaults() {
        return DEFAULTS;
    }

    /**
     * @param key   a setting key, e.g. {@code "detection.roiDrop"}, or a key of {@link #house()}
     * @param value its new value, as written in a settings file, e.g. {@code "0.25"} or {@code "4h"}
     * @return a copy with that setting changed
     * @throws InvalidSettingException if the key is unknown or the value unreadable or out of range
     */
    public PolicySettings with(String key, String value) {
        return with(Map.of(key, value));
    }

    /**
     * @param overrides setting keys and values, as written in a settings file
     * @return a copy with those settings changed
     * @throws InvalidSettingException listing every unknown key, unreadable or out-of-range value
     *                                 ({@link InvalidSettingException#problems()})
     */
    public PolicySettings with(Map<String, String> overrides) {
        Map<String, String> ours = new LinkedHashMap<>();
        Map<String, String> houses = new LinkedHashMap<>();
        overrides.forEach((key, value) -> (house.declares(key) ? houses : ours).put(key, value));
        List<InvalidSettingException> problems = new ArrayList<>();
        PolicySettings changed = this;
        HouseSettings changedHouse = house;
        try {
            changed = SettingsCatalog.override(this, ours);
        } catch (InvalidSettingException e) {
            problems.add(e); // every problem at once: ours and the house's
        }
        try {
            changedHouse = house.with(houses);
        } catch (InvalidSettingException e) {
            problems.add(e);
        }
        if (!problems.isEmpty()) {
            throw InvalidSettingException.of(problems);
        }
        return changed.withHouseValues(changedHouse);
    }

    /**
     * Declares house settings, as the house rules' folders do in {@value HouseSettings#FILE}, so that
     * their keys may then be overridden like ours:
     * <pre>{@code
     * PolicySettings settings = PolicySettings.defaults()
     *         .withHouse(HouseSettings.load(Path.of("my-rules")))
     *         .withFile(Path.of("crisis.properties"));   // may set acme.* keys now
     * }</pre>
     * An engine built on those folders does this itself with the settings it is given.
     *
     * @param declared house settings declared elsewhere
     * @return a copy whose {@link #house()} also declares them, at their values there; a key already
     *         declared the same way keeps its value here
     * @throws InvalidSettingException if a key is declared differently here and there
     */
    public PolicySettings withHouse(HouseSettings declared) {
        return withHouseValues(house.merge(java.util.Objects.requireNonNull(declared, "declared")));
    }

    private PolicySettings withHouseValues(HouseSettings changed) {
        return changed == house ? this
                : new PolicySettings(detection, alerting, severity, response, moderation, execution, changed);
    }

    /**
     * @param properties settings as key=value pairs
     * @return the defaults with these settings changed
     * @throws InvalidSettingException at the first unknown key, unreadable or out-of-range value
     */
    public static PolicySettings fromProperties(Properties properties) {
        return DEFAULTS.with(properties);
    }

    /**
     * @param properties settings as key=value pairs
     * @return a copy with these settings changed
     * @throws InvalidSettingException at the first unknown key, unreadable or out-of-range value
     */
    public PolicySettings with(Properties properties) {
        Map<String, String> overrides = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted()
                .forEach(key -> overrides.put(key, properties.getProperty(key).trim()));
        return with(overrides);
    }

    /**
     * Reads a {@code .properties} file (UTF-8) of overrides on top of the defaults.
     *
     * @param file the settings file
     * @return the defaults with the file's settings changed
     * @throws InvalidSettingException if the file cannot be read or holds a bad setting; the message
     *                                 names the file
     */
    public static PolicySettings load(Path file) {
        return DEFAULTS.withFile(file);
    }

    /**
     * Reads a {@code .properties} file (UTF-8) of overrides on top of these settings.
     *
     * @param file the settings file
     * @return a copy with the file's settings changed
     * @throws InvalidSettingException if the file cannot be read or holds bad settings, every one at
     *                                 once, each as {@code file:line: message} (the line of a key
     *                                 set twice is the second; {@code file: message} for a key whose
     *                                 line is not {@code key = value})
     */
    public PolicySettings withFile(Path file) {
        Properties properties = SettingsFile.read(file);
        try {
            return with(properties);
        } catch (InvalidSettingException e) {
            throw SettingsFile.located(file, e);
        }
    }

    /**
     * @param key a setting key
     * @return its current value, as written in a settings file
     * @throws InvalidSettingException if the key is unknown
     */
    public String get(String key) {
        return house.declares(key) ? house.get(key) : SettingsCatalog.get(this, key);
    }

    /** @return every setting, ours then the house's, with its documentation and current value, ordered by key */
    public List<SettingInfo> describe() {
        List<SettingInfo> all = new ArrayList<>(SettingsCatalog.describe(this));
        all.addAll(house.describe());
        return List.copyOf(all);
    }

    /** @return the settings groups the policy's rules read */
    public List<Record> groups() {
        return List.of(detection, alerting, severity, response, moderation);
    }

    /** @return what is inserted into the rules' working memory: the {@link #groups()}, then {@link #house()} */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>(groups());
        facts.add(house);
        return List.copyOf(facts);
    }
}
