package io.crisisrules.json;

import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import io.crisisrules.checks.Durations;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema's {@code $defs/duration} accepts exactly the texts {@link Durations#parse} reads, the
 * reader of settings files and of the JSON documents' durations: a scenario that passes the schema
 * binds, and a duration the reader would take is not refused by the schema first ({@code 1h30m} was).
 */
class DurationSchemaTest {
    private static final JsonSchema DURATION = StrictReader.shared().definition("duration");

    // what Durations.parse reads: short forms, compound from the largest unit down, ISO-8601, any case
    private static final List<String> GOOD = List.of("4h", "30d", "2w", "90m", "45s", "1500ms", "0s", "1h30m",
            "2d12h", "1m30s500ms", "1w2d3h4m5s6ms", "1h 30m", "1 h", "1H30M", "1Ms", " 4h ", "4h\n", "\t1h30m\u0001",
            "PT4H", "pt4h", "P30D", "P2DT3H", "PT1.5S", "PT1,5S", "PT1.S", "-PT4H", "+PT4H", "PT-4H", "P-1DT+2H",
            "PT4H30M", "PT0S", "P0D");
    // what it refuses
    private static final List<String> BAD = List.of("", " ", "soon", "4", "h", "4x", "4 hours", "30m1h", "1h1h",
            "1ms1s", "1m s", "4h-", "-4h", "4.5h", "1h,30m", "1h\u000130m", "4h\u2028", "\u00a04h", "P", "PT", "P1DT",
            "P1H", "PT1D", "P3X", "PT1.5H", "PT1.0123456789S", "PTH", "P1W", "PT4H ms", "4h PT1H", "P4H30M",
            "PT1ſ", "PT٤H", "٤h");

    private static boolean parses(String text) {
        try {
            Durations.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean schemaAccepts(String text) {
        return DURATION.validate(TextNode.valueOf(text)).isEmpty();
    }

    @Test
    void the_examples_are_what_durations_parse_reads_and_refuses() {
        assertThat(GOOD).allSatisfy(text -> assertThat(parses(text)).as("Durations.parse(\"%s\")", text).isTrue());
        assertThat(BAD).allSatisfy(text -> assertThat(parses(text)).as("Durations.parse(\"%s\")", text).isFalse());
    }

    @Test
    void the_schema_accepts_exactly_what_durations_parse_reads() {
        List<String> disagreements = new ArrayList<>();
        for (List<String> examples : List.of(GOOD, BAD)) {
            for (String text : examples) {
                if (schemaAccepts(text) != parses(text)) {
                    disagreements.add("\"" + text + "\": schema " + (schemaAccepts(text) ? "accepts" : "refuses")
                            + ", Durations.parse " + (parses(text) ? "reads it" : "refuses it"));
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void only_a_value_out_of_range_passes_the_schema_and_fails_when_read() {
        String huge = "99999999999999999999h";
        assertThat(schemaAccepts(huge)).isTrue();
        assertThat(parses(huge)).isFalse();
    }

    @Test
    void a_scenario_with_a_compound_duration_is_read() {
        Scenario scenario = new ScenarioFormat().read("""
                {"now": "2026-03-10T09:00:00Z", "brand": {"brandId": "acme", "sector": "RETAIL"},
                 "customers": [{"customerId": "k1", "usualInterval": "1h30m", "lastActivity": "2026-01-01T00:00:00Z"}]}
                """);

        assertThat(scenario.snapshot().customers().get(0).usualInterval()).isEqualTo(Duration.ofMinutes(90));
    }
}
