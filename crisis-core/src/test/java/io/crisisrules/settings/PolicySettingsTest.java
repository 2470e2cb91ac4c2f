package io.crisisrules.settings;

import io.crisisrules.checks.Durations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

class PolicySettingsTest {

    private static final int TRIES = Integer.getInteger("crisis.tries", 100);

    private final PolicySettings defaults = PolicySettings.defaults();

    // --- defaults -------------------------------------------------------------------------------

    @Test
    void every_default_equals_the_value_documented_in_its_setting_annotation() throws Exception {
        List<String> checked = new ArrayList<>();
        for (RecordComponent group : ourGroups()) {
            Object groupValue = group.getAccessor().invoke(defaults);
            for (RecordComponent component : group.getType().getRecordComponents()) {
                String key = group.getName() + "." + component.getName();
                Setting setting = component.getAnnotation(Setting.class);
                assertThat(setting).as("@Setting on %s", key).isNotNull();
                Object actual = component.getAccessor().invoke(groupValue);
                assertThat(actual).as(key).isEqualTo(parseDocumented(component, setting.defaultValue()));
                checked.add(key);
            }
        }
        assertThat(checked).hasSize(defaults.describe().size());
    }

    /** @return the components of our groups of settings; house settings are the house rules' own (HouseSettingsTest) */
    private static List<RecordComponent> ourGroups() {
        return java.util.Arrays.stream(PolicySettings.class.getRecordComponents())
                .filter(group -> group.getType().isRecord()).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parseDocumented(RecordComponent component, String text) {
        Class<?> type = component.getType();
        if (java.util.Set.class.isAssignableFrom(type)) {
            Class<Enum> element = (Class<Enum>) ((java.lang.reflect.ParameterizedType) component.getGenericType())
                    .getActualTypeArguments()[0];
            return java.util.Arrays.stream(text.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                    .map(name -> Enum.valueOf(element, name)).collect(java.util.stream.Collectors.toSet());
        }
        if (type == double.class) {
            return Double.parseDouble(text);
        }
        if (type == int.class) {
            return Integer.parseInt(text);
        }
        if (type == long.class) {
            return Long.parseLong(text);
        }
        if (type == Duration.class) {
            return Durations.parse(text);
        }
        if (type == boolean.class) {
            return Boolean.parseBoolean(text);
        }
        throw new AssertionError("no test parser for " + type);
    }

    @Test
    void defaults_match_the_policy() {
        assertThat(defaults.detection().roiDrop()).isEqualTo(0.2);
        assertThat(defaults.detection().engagementRateFloor()).isEqualTo(0.005);
        assertThat(defaults.severity().majorNegativeReachPerHour()).isEqualTo(4_000_000.0);
        assertThat(defaults.severity().majorTotalReach()).isEqualTo(100_000_000L);
        assertThat(defaults.severity().moderateSurge()).isEqualTo(2.0);
        assertThat(defaults.severity().recurrenceWindow()).isEqualTo(Duration.ofDays(365));
        assertThat(defaults.response().firstResponseWithin()).isEqualTo(Duration.ofHours(4));
        assertThat(defaults.moderation().replyWithin()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void defaults_are_one_shared_instance() {
        assertThat(PolicySettings.defaults()).isSameAs(PolicySettings.defaults());
    }

    @Test
    void groups_lists_the_five_settings_groups_in_order() {
        assertThat(defaults.groups()).containsExactly(
                defaults.detection(), defaults.alerting(), defaults.severity(), defaults.response(), defaults.moderation());
    }

    // --- overrides in code ----------------------------------------------------------------------

    @Test
    void with_changes_one_setting_and_leaves_the_original_unchanged() {
        PolicySettings changed = defaults.with("detection.roiDrop", "0.25");

        assertThat(changed.detection().roiDrop()).isEqualTo(0.25);
        assertThat(defaults.detection().roiDrop()).isEqualTo(0.2);
        assertThat(changed.detection().engagementShortfall()).isEqualTo(defaults.detection().engagementShortfall());
        assertThat(changed.severity()).isEqualTo(defaults.severity());
    }

    @Test
    void with_can_be_chained_across_groups() {
        PolicySettings changed = defaults
                .with("detection.roiDrop", "0.25")
                .with("response.firstResponseWithin", "2h")
                .with("severity.majorTotalReach", "50000");

        assertThat(changed.detection().roiDrop()).isEqualTo(0.25);
        assertThat(changed.response().firstResponseWithin()).isEqualTo(Duration.ofHours(2));
        assertThat(changed.severity().majorTotalReach()).isEqualTo(50_000L);
    }

    @Test
    void with_a_map_applies_every_override() {
        PolicySettings changed = defaults.with(Map.of(
                "detection.negativeMinimum", "10",
                "moderation.replyWithin", "90m"));

        assertThat(changed.detection().negativeMinimum()).isEqualTo(10);
        assertThat(changed.moderation().replyWithin()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void values_are_trimmed() {
        assertThat(defaults.with("detection.roiDrop", "  0.3 ").detection().roiDrop()).isEqualTo(0.3);
    }

    @Test
    void equal_overrides_give_equal_settings() {
        assertThat(defaults.with("detection.roiDrop", "0.2")).isEqualTo(defaults);
        assertThat(defaults.with("detection.roiDrop", "0.3")).isNotEqualTo(defaults);
    }

    @ParameterizedTest(name = "{0}={1} reads as {2} minutes")
    @CsvSource({
            "response.firstResponseWithin, 4h,    240",
            "response.firstResponseWithin, 90m,   90",
            "response.firstResponseWithin, PT4H,  240",
            "response.firstResponseWithin, pt30m, 30",
            "severity.recurrenceWindow,    30d,   43200",
            "severity.recurrenceWindow,    2w,    20160",
            "response.firstResponseWithin, 1h30m, 90",
            "severity.recurrenceWindow,    2d12h, 3600"})
    void durations_accept_short_and_iso_forms(String key, String text, long minutes) {
        PolicySettings changed = defaults.with(key, text);

        assertThat(changed.get(key)).isEqualTo(Durations.format(Duration.ofMinutes(minutes)));
        Duration actual = key.startsWith("response")
                ? changed.response().firstResponseWithin()
                : changed.severity().recurrenceWindow();
        assertThat(actual).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void a_duration_too_large_to_represent_is_rejected_naming_key_and_value() {
        assertThatThrownBy(() -> defaults.with("severity.recurrenceWindow", "9223372036854775807d"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("severity.recurrenceWindow")
                .hasMessageContaining("9223372036854775807d");
    }

    @Test
    void a_number_of_weeks_that_overflows_is_not_accepted_as_a_few_days() {
        assertThatThrownBy(() -> defaults.with("severity.recurrenceWindow", "2635249153387078803w"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("severity.recurrenceWindow");
    }

    // --- reading from properties and files ------------------------------------------------------

    @Test
    void from_properties_applies_overrides_to_the_defaults() {
        Properties properties = new Properties();
        properties.setProperty("detection.roiDrop", "0.3");
        properties.setProperty("response.firstResponseWithin", " 2h ");

        PolicySettings settings = PolicySettings.fromProperties(properties);

        assertThat(settings.detection().roiDrop()).isEqualTo(0.3);
        assertThat(settings.response().firstResponseWithin()).isEqualTo(Duration.ofHours(2));
        assertThat(settings.moderation()).isEqualTo(defaults.moderation());
    }

    @Test
    void from_empty_properties_is_the_defaults() {
        assertThat(PolicySettings.fromProperties(new Properties())).isEqualTo(defaults);
    }

    @Test
    void load_reads_a_properties_file_on_top_of_the_defaults(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("brand.properties"), """
                # a brand with a thinner skin
                detection.roiDrop = 0.1
                severity.majorTotalReach=20000
                moderation.replyWithin=2h
                """);

        PolicySettings settings = PolicySettings.load(file);

        assertThat(settings.detection().roiDrop()).isEqualTo(0.1);
        assertThat(settings.severity().majorTotalReach()).isEqualTo(20_000L);
        assertThat(settings.moderation().replyWithin()).isEqualTo(Duration.ofHours(2));
        assertThat(settings.detection().engagementRateFloor()).isEqualTo(0.005);
    }

    @Test
    void with_file_applies_the_file_on_top_of_these_settings(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("override.properties"), "detection.roiDrop=0.4\n");
        PolicySettings base = defaults.with("detection.negativeMinimum", "5");

        PolicySettings settings = base.withFile(file);

        assertThat(settings.detection().roiDrop()).isEqualTo(0.4);
        assertThat(settings.detection().negativeMinimum()).isEqualTo(5);
        assertThat(base.detection().roiDrop()).isEqualTo(0.2);
    }

    @Test
    void every_bad_setting_of_a_file_is_reported_at_once_each_naming_key_and_value(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("bad.properties"),
                "detection.roiDrop=1.5\nresponse.firstResponseWithin=soon\ndetection.roiDorp=0.2\nalerting.cooldown=2h\n");

        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class,
                () -> PolicySettings.load(file));

        assertThat(e.problems()).extracting(InvalidSettingException::key)
                .containsExactly("detection.roiDorp", "detection.roiDrop", "response.firstResponseWithin");
        assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.getMessage()).startsWith(file + ":"));
        assertThat(e.getMessage()).startsWith("3 problems in the settings: ")
                .contains("detection.roiDrop must be within [0.01, 1], but was 1.5")
                .contains("response.firstResponseWithin must be a duration such as 4h, 30d, 1h30m or PT4H, but was \"soon\"")
                .contains("unknown setting \"detection.roiDorp\"");
        assertThat(e.key()).isEqualTo("detection.roiDorp");
    }

    @Test
    void every_bad_setting_of_a_file_is_reported_at_its_file_and_line(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("bad.properties"), """
                # thresholds
                detection.roiDrop=1.5

                response.firstResponseWithin = soon
                ! a typo next
                detection.roiDorp : 0.2
                alerting.cooldown=1h30m
                  moderation.actionThreshold   =   2
                """);

        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class,
                () -> PolicySettings.load(file));

        assertThat(e.problems()).extracting(Throwable::getMessage).satisfiesExactly(
                // "key : value" is a properties line too, but not one whose key has a line here
                unknown -> assertThat(unknown).startsWith(file + ": unknown setting \"detection.roiDorp\""),
                roiDrop -> assertThat(roiDrop).isEqualTo(file + ":2: detection.roiDrop must be within [0.01, 1], but was 1.5"),
                threshold -> assertThat(threshold).startsWith(file + ":8: moderation.actionThreshold must be within "),
                within -> assertThat(within).isEqualTo(file + ":4: response.firstResponseWithin must be a duration such as "
                        + "4h, 30d, 1h30m or PT4H, but was \"soon\""));
    }

    @Test
    void a_bad_setting_in_a_file_is_reported_with_the_file_name(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("bad.properties"), "detection.roiDrop=1.5\n");

        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class,
                () -> PolicySettings.load(file));

        assertThat(e.getMessage())
                .contains(file.toString())
                .contains("detection.roiDrop must be within [0.01, 1], but was 1.5");
        assertThat(e.key()).isEqualTo("detection.roiDrop");
    }

    @Test
    void an_unknown_key_in_a_file_is_reported_with_the_file_name(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("typo.properties"), "detection.roiDrp=0.3\n");

        assertThatThrownBy(() -> PolicySettings.load(file))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("detection.roiDrp")
                .hasMessageContaining("did you mean detection.roiDrop?");
    }

    @Test
    void a_key_set_twice_in_a_file_is_reported_with_both_values(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("twice.properties"), "detection.roiDrop=0.1\n# later\ndetection.roiDrop = 0.3\n");

        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class, () -> PolicySettings.load(file));

        assertThat(e.key()).isEqualTo("detection.roiDrop");
        assertThat(e.getMessage()).isEqualTo(file + ":3: detection.roiDrop is set twice, to 0.1 and then to 0.3; keep one");
    }

    @Test
    void a_missing_file_is_reported_with_the_file_name(@TempDir Path dir) {
        Path missing = dir.resolve("missing.properties");

        assertThatThrownBy(() -> PolicySettings.load(missing))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("cannot read settings file")
                .hasMessageContaining(missing.toString());
    }

    private static Path write(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    // --- errors ---------------------------------------------------------------------------------

    @Test
    void an_unknown_key_is_rejected_with_a_suggestion_of_the_close_one() {
        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class,
                () -> defaults.with("detection.roiDrp", "0.3"));

        assertThat(e.key()).isEqualTo("detection.roiDrp");
        assertThat(e.getMessage()).isEqualTo("unknown setting \"detection.roiDrp\"; did you mean detection.roiDrop?");
    }

    @Test
    void a_key_in_the_wrong_case_is_unknown_but_the_suggestion_finds_it() {
        assertThatThrownBy(() -> defaults.with("Detection.RoiDrop", "0.3"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("did you mean detection.roiDrop?");
    }

    @Test
    void a_key_far_from_every_setting_gets_no_suggestion() {
        assertThatThrownBy(() -> defaults.with("nonsense", "1"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("unknown setting \"nonsense\"")
                .hasMessageNotContaining("did you mean");
    }

    @Test
    void get_rejects_an_unknown_key() {
        assertThatThrownBy(() -> defaults.get("response.firstResponseWithn"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("response.firstResponseWithn")
                .hasMessageContaining("did you mean response.firstResponseWithin?");
    }

    @Test
    void a_value_out_of_range_is_rejected_naming_key_and_value() {
        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class,
                () -> defaults.with("detection.roiDrop", "1.5"));

        assertThat(e.key()).isEqualTo("detection.roiDrop");
        assertThat(e.getMessage()).isEqualTo("detection.roiDrop must be within [0.01, 1], but was 1.5");
    }

    @Test
    void a_value_below_a_lower_bound_only_is_rejected() {
        assertThatThrownBy(() -> defaults.with("severity.majorTotalReach", "0"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("severity.majorTotalReach must be >= 1, but was 0");
    }

    @Test
    void a_duration_out_of_range_is_rejected_naming_key_and_value() {
        assertThatThrownBy(() -> defaults.with("response.firstResponseWithin", "4d"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("response.firstResponseWithin must be within [1m, 72h], but was 4d");
    }

    @Test
    void bounds_are_inclusive() {
        assertThat(defaults.with("detection.roiDrop", "0.01").detection().roiDrop()).isEqualTo(0.01);
        assertThat(defaults.with("detection.roiDrop", "1").detection().roiDrop()).isEqualTo(1.0);
        assertThat(defaults.with("response.firstResponseWithin", "72h").response().firstResponseWithin())
                .isEqualTo(Duration.ofHours(72));
    }

    @Test
    void an_unreadable_decimal_is_rejected_naming_key_and_value() {
        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class,
                () -> defaults.with("detection.roiDrop", "abc"));

        assertThat(e.key()).isEqualTo("detection.roiDrop");
        assertThat(e.getMessage()).isEqualTo("detection.roiDrop must be a decimal number, but was \"abc\"");
    }

    @Test
    void a_non_finite_decimal_is_rejected() {
        assertThatThrownBy(() -> defaults.with("detection.roiDrop", "NaN"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("detection.roiDrop")
                .hasMessageContaining("\"NaN\"");
    }

    @Test
    void a_fraction_for_a_whole_number_is_rejected() {
        assertThatThrownBy(() -> defaults.with("detection.negativeMinimum", "2.5"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("detection.negativeMinimum must be a whole number, but was \"2.5\"");
    }

    @Test
    void an_unreadable_duration_is_rejected_naming_key_and_value() {
        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class,
                () -> defaults.with("response.firstResponseWithin", "soon"));

        assertThat(e.key()).isEqualTo("response.firstResponseWithin");
        assertThat(e.getMessage())
                .startsWith("response.firstResponseWithin must be a duration")
                .endsWith("but was \"soon\"");
    }

    @Test
    void review_threshold_above_action_threshold_is_rejected() {
        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class,
                () -> defaults.with("moderation.reviewThreshold", "0.9"));

        assertThat(e.key()).isEqualTo("moderation.reviewThreshold");
        assertThat(e.getMessage()).contains("moderation.reviewThreshold", "moderation.actionThreshold", "0.9");
    }

    @Test
    void review_threshold_equal_to_action_threshold_is_accepted() {
        PolicySettings settings = defaults.with("moderation.reviewThreshold", "0.85");

        assertThat(settings.moderation().reviewThreshold()).isEqualTo(settings.moderation().actionThreshold());
    }

    @Test
    void thresholds_may_be_moved_together_in_one_map() {
        PolicySettings settings = defaults.with(Map.of(
                "moderation.actionThreshold", "0.95",
                "moderation.reviewThreshold", "0.9"));

        assertThat(settings.moderation().reviewThreshold()).isEqualTo(0.9);
        assertThat(settings.moderation().actionThreshold()).isEqualTo(0.95);
    }

    @Test
    void the_constructor_validates_ranges_too() {
        ModerationSettings moderation = new ModerationSettings(0.5, 0.85, 0.3, true, Duration.ofHours(100), 3,
                Duration.ofDays(30), 3);

        assertThatThrownBy(() -> new PolicySettings(defaults.detection(), defaults.alerting(), defaults.severity(),
                defaults.response(), moderation))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("moderation.replyWithin must be within [1m, 72h], but was 100h");
    }

    @Test
    void the_constructor_rejects_a_missing_group() {
        assertThatThrownBy(() -> new PolicySettings(defaults.detection(), defaults.alerting(), null,
                defaults.response(), defaults.moderation()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("severity must be present");
    }

    // --- describe and get -----------------------------------------------------------------------

    @Test
    void describe_lists_every_key_once_sorted_and_documented() {
        List<SettingInfo> infos = defaults.describe();
        List<String> keys = infos.stream().map(SettingInfo::key).toList();

        assertThat(keys).doesNotHaveDuplicates().isSorted()
                .contains("detection.roiDrop", "severity.recurrenceWindow",
                        "response.firstResponseWithin", "moderation.reviewThreshold");
        assertThat(infos).allSatisfy(info -> {
            assertThat(info.description()).as(info.key()).isNotBlank();
            // the engine's own budget (execution.*) parametrises no policy; every policy setting names one
            if (!info.key().startsWith("execution.")) {
                assertThat(info.policyIds()).as(info.key()).isNotEmpty();
            }
            assertThat(info.policyIds()).as(info.key()).allSatisfy(id -> assertThat(id).matches("[A-Z]+-\\d\\d"));
            assertThat(info.defaultValue()).as(info.key()).isNotBlank();
            assertThat(info.value()).as(info.key()).isEqualTo(defaults.get(info.key()));
        });
    }

    @Test
    void describe_has_one_entry_per_settings_component() {
        int components = 0;
        for (RecordComponent group : ourGroups()) {
            components += group.getType().getRecordComponents().length;
        }

        assertThat(defaults.describe()).hasSize(components);
    }

    @Test
    void describe_shows_the_current_value_next_to_the_default() {
        SettingInfo roiDrop = defaults.with("detection.roiDrop", "0.35").describe().stream()
                .filter(info -> info.key().equals("detection.roiDrop")).findFirst().orElseThrow();

        assertThat(roiDrop.value()).isEqualTo("0.35");
        assertThat(roiDrop.defaultValue()).isEqualTo("0.20");
        assertThat(roiDrop.type()).isEqualTo("decimal");
        assertThat(roiDrop.min()).isEqualTo("0.01");
        assertThat(roiDrop.max()).isEqualTo("1");
        assertThat(roiDrop.policyIds()).containsExactly("DET-01");
    }

    @Test
    void describe_names_every_policy_of_a_shared_setting() {
        SettingInfo actionThreshold = defaults.describe().stream()
                .filter(info -> info.key().equals("moderation.actionThreshold")).findFirst().orElseThrow();

        assertThat(actionThreshold.policyIds()).containsExactly("MOD-01", "MOD-08");
    }

    @Test
    void get_returns_the_value_as_written_in_a_settings_file() {
        assertThat(defaults.get("detection.roiDrop")).isEqualTo("0.2");
        assertThat(defaults.get("detection.engagementRateFloor")).isEqualTo("0.005");
        assertThat(defaults.get("detection.negativeMinimum")).isEqualTo("20");
        assertThat(defaults.get("severity.majorNegativeReachPerHour")).isEqualTo("4000000");
        assertThat(defaults.get("severity.majorTotalReach")).isEqualTo("100000000");
        assertThat(defaults.get("severity.spreadChannels")).isEqualTo("3");
        assertThat(defaults.get("severity.recurrenceWindow")).isEqualTo("365d");
        assertThat(defaults.get("response.firstResponseWithin")).isEqualTo("4h");
        assertThat(defaults.with("moderation.replyWithin", "PT90M").get("moderation.replyWithin")).isEqualTo("90m");
    }

    @Test
    void every_value_read_back_through_get_is_accepted_by_with() {
        for (SettingInfo info : defaults.describe()) {
            assertThat(defaults.with(info.key(), defaults.get(info.key()))).as(info.key()).isEqualTo(defaults);
        }
    }

    // --- properties -----------------------------------------------------------------------------

    @Test
    void any_in_range_ratio_is_accepted_and_read_back_unchanged() {
        qt().withExamples(TRIES)
                .forAll(doubles().between(0.01, 1))
                .checkAssert(ratio -> {
                    PolicySettings settings = defaults.with("detection.roiDrop", Double.toString(ratio));

                    assertThat(settings.detection().roiDrop()).isEqualTo(ratio);
                    assertThat(Double.parseDouble(settings.get("detection.roiDrop"))).isEqualTo(ratio);
                });
    }

    @Test
    void any_ratio_above_the_maximum_is_rejected() {
        qt().withExamples(TRIES)
                .forAll(doubles().between(Math.nextUp(1.0), 1e9))
                .checkAssert(ratio -> assertThatThrownBy(
                        () -> defaults.with("detection.roiDrop", Double.toString(ratio)))
                        .isInstanceOf(InvalidSettingException.class)
                        .hasMessageStartingWith("detection.roiDrop must be within [0.01, 1], but was "));
    }

    @Test
    void any_ratio_below_the_minimum_is_rejected() {
        qt().withExamples(TRIES)
                .forAll(doubles().between(-1e9, Math.nextDown(0.01)))
                .checkAssert(ratio -> assertThatThrownBy(
                        () -> defaults.with("detection.roiDrop", Double.toString(ratio)))
                        .isInstanceOf(InvalidSettingException.class)
                        .hasMessageStartingWith("detection.roiDrop must be within [0.01, 1], but was "));
    }

    @Test
    void any_tiny_rate_floor_is_read_back_unchanged_even_in_exponent_notation() {
        qt().withExamples(TRIES)
                .forAll(doubles().between(0, 0.001))
                .checkAssert(floor -> {
                    PolicySettings settings = defaults.with("detection.engagementRateFloor", Double.toString(floor));

                    assertThat(Double.parseDouble(settings.get("detection.engagementRateFloor"))).isEqualTo(floor);
                });
    }
}
