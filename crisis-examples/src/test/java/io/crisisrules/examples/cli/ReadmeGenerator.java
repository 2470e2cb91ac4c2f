package io.crisisrules.examples.cli;

import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.SignalKind;
import io.crisisrules.settings.PolicySettings;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes the README's generated sections, each between {@code <!-- NAME:start -->} and
 * {@code <!-- NAME:end -->}: the settings table (from the {@code @Setting} annotations, as
 * {@code crisis settings --markdown} prints it), the warning signals (from {@link SignalKind}'s
 * attributes) and the moderation actions (from {@link ModerationAction}'s). The prose around them is
 * written by hand. {@link GeneratedArtifactsAreCurrentTest} checks the checked-in copy.
 */
final class ReadmeGenerator {

    /** Each generated section, by marker name. */
    static final Map<String, Supplier<String>> SECTIONS = sections();

    private ReadmeGenerator() {
    }

    private static Map<String, Supplier<String>> sections() {
        Map<String, Supplier<String>> sections = new LinkedHashMap<>();
        sections.put("settings-table", () -> SettingsCommand.markdownTable(PolicySettings.defaults()));
        sections.put("signal-kinds", ReadmeGenerator::signalKinds);
        sections.put("moderation-actions", ReadmeGenerator::moderationActions);
        return sections;
    }

    /**
     * @param readme the README's text
     * @return the same text with every generated section written from the code
     * @throws IllegalStateException naming a section whose markers are missing or out of order
     */
    static String generate(String readme) {
        String out = readme;
        for (Map.Entry<String, Supplier<String>> section : SECTIONS.entrySet()) {
            String start = "<!-- " + section.getKey() + ":start -->\n";
            String end = "<!-- " + section.getKey() + ":end -->";
            int from = out.indexOf(start);
            int to = out.indexOf(end);
            if (from < 0 || to < from || out.indexOf(start, from + 1) >= 0) {
                throw new IllegalStateException("README.md needs exactly one " + start.strip() + " followed by " + end
                        + " for the generated section " + section.getKey());
            }
            out = out.substring(0, from + start.length()) + section.getValue().get() + out.substring(to);
        }
        return out;
    }

    static String signalKinds() {
        StringBuilder table = new StringBuilder("| Signal | Policy | Family | Opens an incident on its own (DET-17) |\n"
                + "|---|---|---|---|\n");
        for (SignalKind kind : SignalKind.values()) {
            table.append("| `").append(kind).append("` | ").append(kind.policyId()).append(" | ")
                    .append(words(kind.family())).append(" | ").append(kind.opensIncident() ? "yes" : "no, joins one")
                    .append(" |\n");
        }
        return table.toString();
    }

    static String moderationActions() {
        StringBuilder table = new StringBuilder("| Action, strictest first (MOD-06) | Strictness | The comment | "
                + "The brand replies | An offence (MOD-04) |\n|---|---|---|---|---|\n");
        for (ModerationAction action : ModerationAction.byPrecedence()) {
            table.append("| `").append(action).append("` | ").append(action.strictness()).append(" | ")
                    .append(words(action.visibility())).append(" | ").append(action.isReply() ? "yes" : "no")
                    .append(" | ").append(action.isOffence() ? "yes" : "no").append(" |\n");
        }
        return table.toString();
    }

    private static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
