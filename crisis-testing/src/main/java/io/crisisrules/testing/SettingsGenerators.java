package io.crisisrules.testing;

import io.crisisrules.settings.InvalidSettingException;
import io.crisisrules.settings.PolicySettings;
import io.crisisrules.settings.SettingInfo;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generators of {@link PolicySettings} whose every value lies within the range that
 * {@link PolicySettings#describe()} documents for it. Each setting is drawn on its own (its minimum,
 * its maximum, its default, or anywhere between), so a failure shrinks towards the defaults of the
 * settings that do not matter. Values that the settings check against each other
 * ({@code moderation.reviewThreshold <= actionThreshold}, {@code alerting.spikeResolveThreshold <
 * detection.spikeThreshold}, {@code alerting.moderateSpikeRatio <= majorSpikeRatio}) are put in order,
 * and a setting a future cross-check rejects falls back to its value in the base settings.
 */
public final class SettingsGenerators {
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d|w)");

    private SettingsGenerators() {
    }

    /** @return settings drawn over the whole of every documented range */
    public static Gen<PolicySettings> settings() {
        return settings(PolicySettings.defaults(), key -> true);
    }

    /**
     * @param base the settings to start from (a host's own), whose values are kept for keys not drawn
     * @param keys which keys to draw, e.g. {@code k -> k.startsWith("moderation.")}
     * @return settings with the chosen keys drawn within their ranges
     */
    public static Gen<PolicySettings> settings(PolicySettings base, Predicate<String> keys) {
        return overrides(base, keys).map(overrides -> apply(base, overrides));
    }

    /**
     * @param base the settings whose {@link PolicySettings#describe() description} gives the ranges
     * @param keys which keys to draw
     * @return the drawn values as a settings file would write them, key by key (sorted)
     */
    public static Gen<Map<String, String>> overrides(PolicySettings base, Predicate<String> keys) {
        Gen<Map<String, String>> all = Generate.constant(Map.of());
        for (SettingInfo info : base.describe()) {
            if (!keys.test(info.key()) || info.policyIds().isEmpty()) {
                continue; // no policy ID: the engine's budget (execution.*), which a policy test keeps at its default
            }
            Gen<String> value = value(info);
            if (value == null) {
                continue;
            }
            all = all.zip(value, (map, v) -> {
                Map<String, String> copy = new TreeMap<>(map);
                copy.put(info.key(), v);
                return copy;
            });
        }
        return all;
    }

    /**
     * @param info one setting's description
     * @return values within its range, written as in a settings file; {@code null} for a type this
     *         generator does not know (the setting then keeps its base value)
     */
    public static Gen<String> value(SettingInfo info) {
        switch (info.type()) {
            case "decimal": {
                double min = info.min().isEmpty() ? 0.0 : Double.parseDouble(info.min());
                double def = Double.parseDouble(info.defaultValue());
                double max = info.max().isEmpty() ? Math.max(min + 1, def * 10) : Double.parseDouble(info.max());
                Gen<Double> uniform = Generate.range(0, 10_000).map(i -> min + (max - min) * i / 10_000.0);
                return Generate.frequency(
                        Pair.of(1, Generate.pick(List.of(def, min, max))),
                        Pair.of(4, uniform)).map(d -> decimal(Math.max(min, Math.min(max, d))));
            }
            case "integer": {
                long min = info.min().isEmpty() ? 0 : Long.parseLong(info.min());
                long def = Long.parseLong(info.defaultValue());
                long max = info.max().isEmpty() ? Math.max(min + 1, def * 10) : Long.parseLong(info.max());
                return Generate.frequency(
                        Pair.of(1, Generate.pick(List.of(def, min, max))),
                        Pair.of(4, Generate.longRange(min, max, Math.max(min, Math.min(max, def)))))
                        .map((Long l) -> String.valueOf(l));
            }
            case "duration": {
                long min = duration(info.min().isEmpty() ? "0s" : info.min()).toSeconds();
                long def = duration(info.defaultValue()).toSeconds();
                long max = info.max().isEmpty() ? Math.max(min + 1, def * 10) : duration(info.max()).toSeconds();
                return Generate.frequency(
                        Pair.of(1, Generate.pick(List.of(def, min, max))),
                        Pair.of(4, Generate.longRange(min, max, Math.max(min, Math.min(max, def)))))
                        .map(seconds -> Duration.ofSeconds(seconds).toString());
            }
            case "true/false":
                return Generate.booleans().map((Boolean b) -> String.valueOf(b));
            default:
                return null;
        }
    }

    /**
     * Applies drawn values, putting the values checked against each other in order and dropping a
     * value a cross-check still rejects.
     *
     * @param base      the settings to start from
     * @param overrides values drawn by {@link #overrides}
     * @return valid settings
     */
    public static PolicySettings apply(PolicySettings base, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(overrides);
        order(values, base, "moderation.reviewThreshold", "moderation.actionThreshold");
        order(values, base, "alerting.moderateSpikeRatio", "alerting.majorSpikeRatio");
        if (values.containsKey("alerting.spikeResolveThreshold") || values.containsKey("detection.spikeThreshold")) {
            double resolve = Double.parseDouble(get(values, base, "alerting.spikeResolveThreshold"));
            double spike = Double.parseDouble(get(values, base, "detection.spikeThreshold"));
            if (resolve >= spike) {
                values.put("alerting.spikeResolveThreshold", decimal(Math.floor(spike * 50) / 100.0));
            }
        }
        for (int attempt = 0; attempt <= overrides.size(); attempt++) {
            try {
                return base.with(values);
            } catch (InvalidSettingException e) {
                if (values.remove(e.key()) == null) {
                    break;
                }
            }
        }
        return base;
    }

    private static void order(Map<String, String> values, PolicySettings base, String lowKey, String highKey) {
        if (!values.containsKey(lowKey) && !values.containsKey(highKey)) {
            return;
        }
        String low = get(values, base, lowKey);
        String high = get(values, base, highKey);
        if (Double.parseDouble(low) > Double.parseDouble(high)) {
            values.put(lowKey, high);
            values.put(highKey, low);
        }
    }

    private static String get(Map<String, String> values, PolicySettings base, String key) {
        return values.getOrDefault(key, base.get(key));
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static Duration duration(String text) {
        Matcher matcher = SHORT_DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofDays(7 * amount);
        };
    }
}
