package io.crisisrules.settings;

import io.crisisrules.RuleCompilationException;
import io.crisisrules.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class HouseSettingsTest {

    private static final String DECLARATIONS = """
            # house settings of the test house "acme"
            acme.legalKeywords.type = list
            acme.legalKeywords.default = lawyer, lawsuit, sue
            acme.legalKeywords.description = Words that make a comment a legal matter.
            acme.legalKeywords.policy = ACME-101

            acme.refundLimit.type = integer
            acme.refundLimit.default = 3
            acme.refundLimit.min = 1
            acme.refundLimit.max = 10
            acme.refundLimit.description = Refund requests of an author before the case goes to a supervisor.

            acme.toxicity.type = decimal
            acme.toxicity.default = 0.7
            acme.toxicity.min = 0
            acme.toxicity.max = 1
            acme.toxicity.description = Toxicity from which a house rule hides a comment.

            acme.answerWithin.type = duration
            acme.answerWithin.default = 1h30m
            acme.answerWithin.max = 2d
            acme.answerWithin.description = How soon the house answers a legal threat.

            acme.strict.type = boolean
            acme.strict.default = false
            acme.strict.description = Whether the house is in its strict mode.
            """;

    @TempDir
    Path folder;

    private HouseSettings declared() throws IOException {
        Files.writeString(folder.resolve(HouseSettings.FILE), DECLARATIONS);
        return HouseSettings.load(folder);
    }

    @Test
    void declared_settings_are_read_at_their_defaults_with_typed_accessors() throws IOException {
        HouseSettings house = declared();

        assertThat(house.list("acme.legalKeywords")).containsExactly("lawyer", "lawsuit", "sue");
        assertThat(house.integer("acme.refundLimit")).isEqualTo(3L);
        assertThat(house.decimal("acme.toxicity")).isEqualTo(0.7);
        assertThat(house.duration("acme.answerWithin")).isEqualTo(Duration.ofMinutes(90));
        assertThat(house.bool("acme.strict")).isFalse();
        assertThat(house.describe()).extracting(SettingInfo::key, SettingInfo::type, SettingInfo::defaultValue,
                SettingInfo::min, SettingInfo::max, SettingInfo::policyIds).contains(
                tuple("acme.refundLimit", "integer", "3", "1", "10", List.of()),
                tuple("acme.legalKeywords", "list", "lawyer, lawsuit, sue", "", "", List.of("ACME-101")));
    }

    @Test
    void an_unknown_key_and_a_wrong_type_are_clear_errors_of_the_accessors() throws IOException {
        HouseSettings house = declared();

        assertThatThrownBy(() -> house.decimal("acme.toxicty"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("unknown house setting \"acme.toxicty\" (declared: acme.answerWithin,");
        assertThatThrownBy(() -> house.decimal("acme.legalKeywords"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("house setting \"acme.legalKeywords\" is a list setting: read it with"
                        + " list(\"acme.legalKeywords\"), not decimal(…)");
        assertThatThrownBy(() -> HouseSettings.none().integer("acme.refundLimit"))
                .hasMessageContaining("no house setting is declared");
    }

    @Test
    void house_keys_are_overridden_like_ours_and_every_problem_is_reported_at_once() throws IOException {
        PolicySettings settings = PolicySettings.defaults().withHouse(declared());

        PolicySettings changed = settings.with(Map.of("acme.refundLimit", "5", "detection.roiDrop", "0.3"));
        assertThat(changed.house().integer("acme.refundLimit")).isEqualTo(5L);
        assertThat(changed.get("acme.refundLimit")).isEqualTo("5");
        assertThat(changed.detection().roiDrop()).isEqualTo(0.3);
        assertThat(settings.house().integer("acme.refundLimit")).as("unchanged").isEqualTo(3L);

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("acme.refundLimit", "11");          // out of range
        bad.put("acme.toxicity", "high");           // wrong type
        bad.put("acme.unknown", "1");               // not declared
        bad.put("detection.roiDrop", "1.5");        // ours, out of range
        InvalidSettingException e = catchThrowableOfType(() -> settings.with(bad), InvalidSettingException.class);
        assertThat(e.problems()).extracting(InvalidSettingException::getMessage).containsExactlyInAnyOrder(
                "acme.refundLimit must be within [1, 10], but was 11",
                "acme.toxicity must be a decimal number, but was \"high\"",
                "unknown setting \"acme.unknown\"; a house setting is declared in house-settings.properties beside the"
                        + " house rules (crisis: --rules DIR; in code: PolicySettings.withHouse(HouseSettings.load(dir)))",
                "detection.roiDrop must be within [0.01, 1], but was 1.5");
    }

    @Test
    void a_settings_file_may_set_house_keys_once_they_are_declared() throws IOException {
        Path file = folder.resolve("crisis.properties");
        Files.writeString(file, "acme.toxicity = 0.9\nacme.answerWithin = 45m\n");

        assertThatThrownBy(() -> PolicySettings.load(file)).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("unknown setting \"acme.answerWithin\"");
        PolicySettings settings = PolicySettings.defaults().withHouse(declared()).withFile(file);
        assertThat(settings.house().decimal("acme.toxicity")).isEqualTo(0.9);
        assertThat(settings.house().duration("acme.answerWithin")).isEqualTo(Duration.ofMinutes(45));
        assertThat(settings.withHouse(declared())).as("declaring again keeps the values").isEqualTo(settings);
        assertThat(settings.facts()).endsWith(settings.house());
    }

    @Test
    void every_problem_of_the_declaration_file_is_reported_at_once_at_its_line() throws IOException {
        Files.writeString(folder.resolve(HouseSettings.FILE), """
                acme.refundLimit.type = integer
                acme.refundLimit.default = 30
                acme.refundLimit.min = 1
                acme.refundLimit.max = 10
                acme.refundLimit.description = Refund requests before a supervisor.
                moderation.extraThreshold.type = decimal
                moderation.extraThreshold.default = 0.5
                moderation.extraThreshold.description = Collides with ours.
                acme.flag.type = boolean
                acme.flag.default = maybe
                acme.flag.min = 1
                acme.flag.description = A flag.
                acme.flag.policy = acme-1
                acme.size.type = float
                acme.size.default = 2
                acme.size.description = A size.
                acme.nothing.type = integer
                acme.colour.tint = red
                not a declaration
                """);

        RuleCompilationException e = catchThrowableOfType(() -> HouseSettings.load(folder), RuleCompilationException.class);

        String file = folder.resolve(HouseSettings.FILE).toString();
        assertThat(e.problems()).extracting(RuleProblem::file).containsOnly(file);
        assertThat(e.problems()).extracting(RuleProblem::line, RuleProblem::message).containsExactlyInAnyOrder(
                tuple(2, "acme.refundLimit.default must be within [1, 10], but was 30"),
                tuple(6, "house setting key \"moderation.extraThreshold\" is in the namespace of the library's"
                        + " moderation.* settings: prefix it with the house's name, like acme.extraThreshold"),
                tuple(10, "acme.flag.default must be true or false, but was \"maybe\""),
                tuple(11, "acme.flag.min is for integer, decimal and duration settings only, not boolean"),
                tuple(13, "acme.flag.policy must be a policy ID like ACME-101, but was \"acme-1\""),
                tuple(14, "acme.size.type must be one of integer, decimal, duration, boolean, list, but was \"float\""),
                tuple(17, "house setting \"acme.nothing\" lacks default, description"),
                tuple(18, "unknown field \"tint\" of house setting \"acme.colour\": expected type, default, description,"
                        + " and optionally min, max, policy"),
                tuple(19, "expected key.field = value (e.g. acme.maxRefunds.type = integer), but was \"not a declaration\""));
    }

    @Test
    void a_folder_without_declarations_declares_nothing() {
        assertThat(HouseSettings.load(folder)).isSameAs(HouseSettings.none());
        assertThat(PolicySettings.defaults().withHouse(HouseSettings.none())).isSameAs(PolicySettings.defaults());
    }
}
