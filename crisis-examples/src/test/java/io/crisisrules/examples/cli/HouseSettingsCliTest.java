package io.crisisrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.crisisrules.examples.cli.CrisisCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * House settings through the CLI, on the worked example {@code house-rules/acme} (README "House
 * settings"): listed by {@code settings --rules}, set by {@code --settings}, read by the house rules,
 * and every mistake of a house folder reported at once by {@code check-rules}.
 */
class HouseSettingsCliTest {
    private static final String ACME = "house-rules/acme";
    private static final String STRICT = "house-rules/acme-strict.properties";
    private static final String COMMENTS = "house-rules/acme-comments.jsonl";

    @TempDir
    Path temp;

    @Test
    void the_readme_shows_the_example_as_it_is_and_what_settings_prints_for_it() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("### House settings"),
                readme.indexOf("### What a change does to a corpus"));
        String declarations = Files.readAllLines(Path.of(ACME, "house-settings.properties")).stream()
                .filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n")).strip();
        String drl = Files.readString(Path.of(ACME, "moderation/legal-threats.drl"));
        String rule = drl.substring(drl.indexOf("rule \"ACME-202"), drl.indexOf("end", drl.indexOf("rule \"ACME-202")) + 3);
        String printed = run("settings", "--rules", ACME).out();
        String listed = printed.substring(printed.indexOf("acme.defamationReview = "));

        assertThat(section).contains(declarations, rule, "./crisis settings --rules crisis-examples/" + ACME,
                "./crisis check-rules crisis-examples/" + ACME, "--settings crisis-examples/" + STRICT,
                listed.lines().limit(2).collect(Collectors.joining("\n")));
    }

    @Test
    void settings_lists_the_house_settings_of_the_rules_folder_beside_ours() {
        CrisisCliTest.Run run = run("settings", "--rules", ACME);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("detection.roiDrop = 0.2",
                "acme.defamationReview = 0.4   (house decimal, default 0.4 [0.1 .. 1]; ACME-202)",
                "Defamation confidence from which a comment is hidden until the legal team decides.",
                "acme.legalKeywords = lawyer,lawsuit,sue,court   (house list, default lawyer, lawsuit, sue, court; ACME-201)");
        assertThat(run("settings").out()).doesNotContain("acme.");
    }

    @Test
    void a_settings_file_may_set_house_keys_only_when_rules_declares_them() {
        CrisisCliTest.Run without = run("settings", "--settings", STRICT);
        CrisisCliTest.Run with = run("settings", "--rules", ACME, "--settings", STRICT);

        assertThat(without.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(without.err()).contains("unknown setting \"acme.defamationReview\"",
                "unknown setting \"acme.legalKeywords\"", "declared in house-settings.properties");
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(with.out()).contains("acme.defamationReview = 0.25", "moderation.actionThreshold = 0.9",
                "acme.legalKeywords = lawyer,lawsuit,sue,court,attorney");
    }

    @Test
    void the_example_house_rules_pass_check_rules() {
        CrisisCliTest.Run run = run("check-rules", ACME);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ACME-201 Hold comments threatening legal action",
                "ACME-202 Hide possibly defamatory comments", "policy IDs added: ACME-201, ACME-202");
    }

    @Test
    void check_rules_lists_the_house_settings_its_folder_declares_as_settings_does() throws IOException {
        CrisisCliTest.Run check = run("check-rules", ACME);
        String settings = run("settings", "--rules", ACME).out();
        // ours first, then the house's: from the first house key on, settings lists only house settings
        String houseListing = settings.substring(settings.indexOf("acme.defamationReview = "));
        Files.writeString(Files.createDirectories(temp.resolve("plain/acme")).resolve("legal.drl"), CheckRulesWatchTest.RULE);
        CrisisCliTest.Run plain = run("check-rules", temp.resolve("plain").toString());

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("house settings (house-settings.properties): 2\n" + houseListing,
                "acme.defamationReview = 0.4   (house decimal, default 0.4 [0.1 .. 1]; ACME-202)\n"
                        + "    Defamation confidence from which a comment is hidden until the legal team decides.");
        assertThat(houseListing).contains("acme.legalKeywords = ").doesNotContain("detection.");
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("house settings (house-settings.properties): none").doesNotContain("acme.");
    }

    @Test
    void the_house_rules_read_their_thresholds_from_the_settings() {
        Map<String, String> defaults = actions(run("moderate", COMMENTS, "--rules", ACME, "--now", "2026-03-10T09:00:00Z"));
        Map<String, String> strict = actions(run("moderate", COMMENTS, "--rules", ACME, "--settings", STRICT,
                "--now", "2026-03-10T09:00:00Z"));

        assertThat(defaults).containsEntry("k1", "HIDE_PENDING_REVIEW [\"ACME-201\"]") // "lawyer", a default keyword
                .containsEntry("k3", "NO_ACTION []");
        assertThat(defaults.get("k2")).as("defamation 0.3 is below the default 0.4").doesNotContain("ACME-202");
        assertThat(strict).containsEntry("k2", "HIDE_PENDING_REVIEW [\"ACME-202\"]"); // 0.3 >= 0.25
    }

    private static Map<String, String> actions(CrisisCliTest.Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().lines().map(HouseSettingsCliTest::json)
                .collect(Collectors.toMap(line -> line.get("commentId").asText(),
                        line -> line.get("action").asText() + " " + line.get("policyIds")));
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void check_rules_reports_every_mistake_of_a_house_folder_at_once_at_its_file_and_line() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules/moderation"));
        Path declarations = Files.writeString(temp.resolve("rules/house-settings.properties"), """
                acme.limit.type = integer
                acme.limit.default = 30
                acme.limit.max = 10
                acme.limit.description = Out of range.
                acme.ratio.type = decimal
                acme.ratio.default = high
                acme.ratio.description = Not a number.
                """);
        Path drl = Files.writeString(rules.resolve("house.drl"), """
                package acme.moderation;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.ModerationFinding;
                import io.crisisrules.settings.HouseSettings;
                ruleflow-group "moderation"

                rule "ACME-301 A literal threshold"
                    @policy("ACME-301")
                when
                    Comment($id : id, abuseConfidence() > 0.65)
                then
                    insert(ModerationFinding.of($id, ModerationAction.HIDE_PENDING_REVIEW));
                end

                rule "No policy ID"
                when
                    $house : HouseSettings()
                    Comment($id : id, text.length() > $house.integer("acme.missing"))
                then
                    insert(ModerationFinding.of($id, ModerationAction.IGNORE));
                end
                """);

        CrisisCliTest.Run run = run("check-rules", temp.resolve("rules").toString());

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(run.err()).contains(
                declarations + ":2: acme.limit.default must be <= 10, but was 30",
                declarations + ":6: acme.ratio.default must be a decimal number, but was \"high\"",
                drl + ":10: rule \"ACME-301 A literal threshold\" compares with the literal 0.65 in its condition",
                drl + ":15: rule \"No policy ID\" names no policy");
    }

    @Test
    void an_undeclared_house_key_a_rule_reads_is_a_problem_at_its_line() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules/moderation"));
        Files.writeString(temp.resolve("rules/house-settings.properties"), """
                acme.words.type = list
                acme.words.default = refund
                acme.words.description = Words.
                """);
        Path drl = Files.writeString(rules.resolve("house.drl"), """
                package acme.moderation;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.ModerationFinding;
                import io.crisisrules.settings.HouseSettings;
                ruleflow-group "moderation"

                rule "ACME-302 Reads settings wrongly"
                    @policy("ACME-302")
                when
                    $house : HouseSettings(bool("acme.strict"))
                    Comment($id : id, abuseConfidence() > $house.decimal("acme.words"))
                then
                    insert(ModerationFinding.of($id, ModerationAction.IGNORE));
                end
                """);

        CrisisCliTest.Run run = run("check-rules", temp.resolve("rules").toString());

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(run.err().lines().filter(line -> line.startsWith(drl.toString())).toList()).containsExactly(
                drl + ":10: house setting \"acme.strict\" is not declared in house-settings.properties (declared: acme.words)",
                drl + ":11: house setting \"acme.words\" is declared with type = list in house-settings.properties:"
                        + " read it with list(\"acme.words\"), not decimal");
    }

    @Test
    void bad_house_values_in_a_settings_file_are_all_reported_in_one_run() throws IOException {
        Path file = Files.writeString(temp.resolve("bad.properties"), """
                acme.defamationReview = 2
                acme.legalKeywords = lawyer
                acme.unknownKey = 1
                detection.roiDrop = 7
                """);

        CrisisCliTest.Run run = run("settings", "--rules", ACME, "--settings", file.toString());

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        List<String> errors = run.err().lines().filter(line -> line.startsWith("error: ")).toList();
        assertThat(errors).hasSize(3).anySatisfy(line -> assertThat(line).contains(
                "acme.defamationReview must be within [0.1, 1], but was 2"))
                .anySatisfy(line -> assertThat(line).contains("unknown setting \"acme.unknownKey\""))
                .anySatisfy(line -> assertThat(line).contains("detection.roiDrop must be within [0.01, 1], but was 7"));
    }
}
