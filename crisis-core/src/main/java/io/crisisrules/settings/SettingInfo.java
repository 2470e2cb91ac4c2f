package io.crisisrules.settings;

import java.util.List;

/**
 * One setting as documented and as currently set, for listing settings (the CLI, the README).
 *
 * @param key          e.g. {@code "detection.roiDrop"}
 * @param type         {@code "ratio"}-style description of the value type, e.g. {@code "decimal"}
 * @param defaultValue the documented default, as written in a settings file
 * @param min          smallest allowed value, empty when unbounded
 * @param max          largest allowed value, empty when unbounded
 * @param policyIds    the policy IDs it parametrises
 * @param description  what it means
 * @param value        the current value, as written in a settings file
 */
public record SettingInfo(String key, String type, String defaultValue, String min, String max,
                          List<String> policyIds, String description, String value) {
}
