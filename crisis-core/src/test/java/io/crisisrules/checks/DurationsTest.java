package io.crisisrules.checks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

class DurationsTest {

    private static final int TRIES = Integer.getInteger("crisis.tries", 100);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "1500ms, PT1.5S",
            "45s,    PT45S",
            "90m,    PT1H30M",
            "4h,     PT4H",
            "30d,    PT720H",
            "2w,     PT336H",
            "PT4H,   PT4H",
            "pt4h,   PT4H",
            "P1D,    PT24H",
            "4H,     PT4H",
            "' 4h ', PT4H",
            "4 h,    PT4H"})
    void parse_reads_short_and_iso_forms(String text, String iso) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "", "4", "h", "4y", "4.5h", "-4h", "4h30m"})
    void parse_rejects_text_that_is_neither_form(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
            "PT4H,     4h",
            "PT720H,   30d",
            "PT1H30M,  90m",
            "PT336H,   14d",
            "PT45S,    45s",
            "PT1.5S,   1500ms",
            "PT0S,     0s",
            "PT25H,    25h",
            "PT24H,    1d"})
    void format_writes_the_largest_exact_unit(String iso, String text) {
        assertThat(Durations.format(Duration.parse(iso))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4h", "30d", "90m", "45s", "1500ms", "0s", "365d", "3650d"})
    void formatted_text_parses_back_to_the_same_text(String text) {
        assertThat(Durations.format(Durations.parse(text))).isEqualTo(text);
    }

    @Test
    void any_whole_number_of_milliseconds_round_trips_through_format_and_parse() {
        qt().withExamples(TRIES)
                .forAll(longs().between(0, 3_650L * 86_400_000L))
                .checkAssert(millis -> {
                    Duration duration = Duration.ofMillis(millis);

                    assertThat(Durations.parse(Durations.format(duration))).isEqualTo(duration);
                });
    }

    @Test
    void any_whole_number_of_days_is_written_in_days() {
        qt().withExamples(TRIES)
                .forAll(longs().between(1, 100_000))
                .checkAssert(days -> assertThat(Durations.format(Duration.ofDays(days))).isEqualTo(days + "d"));
    }

    @Test
    void an_amount_too_large_for_a_duration_is_a_parse_error() {
        assertThatThrownBy(() -> Durations.parse("9223372036854775807d"))
                .isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void a_number_of_weeks_that_overflows_does_not_wrap_around() {
        assertThatThrownBy(() -> Durations.parse("2635249153387078803w"))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void format_is_exact_for_sub_millisecond_durations() {
        Duration duration = Duration.ofMinutes(1).plusNanos(100_000);

        assertThat(Durations.parse(Durations.format(duration))).isEqualTo(duration);
    }
}
