package io.crisisrules.examples.cli;

import io.crisisrules.CrisisEngine;
import io.crisisrules.settings.HouseSettings;
import io.crisisrules.settings.PolicySettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Options shared by the commands that build an engine. */
final class EngineOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of .drl files that replace default files with the same relative path, or add to them. Repeatable.")
    List<Path> ruleDirectories = new ArrayList<>();

    @Option(names = "--without-default-rules", description = "Use only the rules of the --rules folders.")
    boolean withoutDefaults;

    @Option(names = "--allow-removed", paramLabel = "ID", split = ",",
            description = "A default policy ID the --rules folders may drop on purpose (e.g. MOD-05). Repeatable, or comma-separated.")
    List<String> allowRemoved = new ArrayList<>();

    @Option(names = "--allow-rule-api", paramLabel = "API", split = ",",
            description = "A Java API the --rules folders' DRL may use although the rule check rejects it (e.g. java.nio.file, java.lang.System, loops). Repeatable, or comma-separated. This trusts the rule authors with it.")
    List<String> allowRuleApis = new ArrayList<>();

    @Option(names = "--settings", paramLabel = "FILE",
            description = "A .properties file of policy setting overrides (see `crisis settings`), house settings of the --rules folders included.")
    Path settingsFile;

    /**
     * @return defaults with the house settings the --rules folders declare, then the scenario's
     *         overrides, then the settings file's (which may set those house keys)
     */
    PolicySettings settings(Map<String, String> scenarioOverrides) {
        return settings(ruleDirectories, settingsFile, scenarioOverrides);
    }

    /**
     * @param ruleDirectories rules folders whose house-settings.properties declare house settings
     * @param settingsFile    a settings file, or {@code null}
     * @param overrides       overrides applied before the file's
     * @return the settings an engine on those folders reads
     */
    static PolicySettings settings(List<Path> ruleDirectories, Path settingsFile, Map<String, String> overrides) {
        PolicySettings settings = PolicySettings.defaults().withHouse(HouseSettings.load(ruleDirectories)).with(overrides);
        return settingsFile == null ? settings : settings.withFile(settingsFile);
    }

    CrisisEngine engine(PolicySettings settings, Clock clock) {
        CrisisEngine.Builder builder = CrisisEngine.builder().settings(settings).clock(clock);
        if (withoutDefaults) {
            builder.withoutDefaultRules();
        }
        ruleDirectories.forEach(builder::rulesDirectory);
        builder.allowRemovedPolicies(allowRemoved.toArray(String[]::new));
        builder.allowRuleApis(allowRuleApis.toArray(String[]::new));
        return builder.build();
    }
}
