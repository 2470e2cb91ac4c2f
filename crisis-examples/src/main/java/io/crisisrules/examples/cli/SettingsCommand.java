package io.crisisrules.examples.cli;

import io.crisisrules.settings.PolicySettings;
import io.crisisrules.settings.SettingInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code crisis settings}: every policy setting, its range, default and current value; house settings with {@code --rules}. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = "Lists every policy setting with its policy IDs, default, allowed range and value, and the house settings of the --rules folders.")
final class SettingsCommand implements Callable<Integer> {

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Show the values a settings file gives (house keys too, when --rules declares them).")
    Path settingsFile;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rules folder whose house-settings.properties declares house settings: they are listed beside ours. Repeatable.")
    List<Path> ruleDirectories = new ArrayList<>();

    @Option(names = "--markdown", description = "Print the documented defaults as the README's Markdown table.")
    boolean markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PolicySettings settings = EngineOptions.settings(ruleDirectories, settingsFile, Map.of());
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(markdownTable(settings));
            return 0;
        }
        for (SettingInfo info : settings.describe()) {
            print(out, info, settings.house().declares(info.key()));
        }
        return 0;
    }

    /**
     * Prints one setting as {@code crisis settings} lists it (also {@code check-rules}, for the house
     * settings of its folder): key, value, type, default, range and policy IDs, then its description.
     *
     * @param house whether the setting is declared by house rules rather than ours
     */
    static void print(PrintWriter out, SettingInfo info, boolean house) {
        String range = info.min().isEmpty() && info.max().isEmpty() ? ""
                : " [" + info.min() + " .. " + info.max() + "]";
        String policy = info.policyIds().isEmpty()
                ? (house ? "house, no policy" : "engine, no policy")
                : String.join(", ", info.policyIds());
        out.printf("%s = %s   (%s%s, default %s%s; %s)%n    %s%n", info.key(), info.value(),
                house ? "house " : "", info.type(), info.defaultValue(), range, policy, info.description());
    }

    /** @return the settings as the Markdown table the README embeds */
    static String markdownTable(PolicySettings settings) {
        StringBuilder table = new StringBuilder("| Key | Default | Range | Policy | Meaning |\n|---|---|---|---|---|\n");
        for (SettingInfo info : settings.describe()) {
            String range = info.min().isEmpty() && info.max().isEmpty() ? ""
                    : (info.min().isEmpty() ? "" : info.min()) + " … " + (info.max().isEmpty() ? "" : info.max());
            table.append("| `").append(info.key()).append("` | ").append(info.defaultValue()).append(" | ")
                    .append(range).append(" | ").append((info.policyIds().isEmpty() ? "—" : String.join(", ", info.policyIds()))).append(" | ")
                    .append(info.description().replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }
}
