package io.crisisrules.json;

import io.crisisrules.InvalidInputException;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioFormatTest {
    private static final ScenarioFormat FORMAT = new ScenarioFormat();

    private static final String MINIMAL = """
            {"now": "2026-03-10T09:00:00Z", "brand": {"brandId": "acme", "sector": "RETAIL"}%s}
            """;

    private static String with(String extra) {
        return MINIMAL.formatted(extra.isEmpty() ? "" : ", " + extra);
    }

    private static void assertRejected(String json, String expectedMessage) {
        assertThatThrownBy(() -> FORMAT.read(json))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(error -> assertThat(error.getMessage()).doesNotContain("\n"))
                .hasMessageContaining(expectedMessage);
    }

    @Test
    void every_example_scenario_reads_without_error() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "crisis-examples", "scenarios"))) {
            assertThat(files.filter(file -> file.toString().endsWith(".json")))
                    .hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(file -> assertThat(FORMAT.read(file).snapshot().brand().brandId()).isNotBlank());
        }
    }

    @Test
    void a_file_starting_with_a_byte_order_mark_reads_like_one_without(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("bom.json");
        Files.writeString(file, "\uFEFF" + with(""), StandardCharsets.UTF_8);

        assertThat(FORMAT.read(file).snapshot().brand().brandId()).isEqualTo("acme");
    }

    @Test
    void the_host_incident_and_its_progress_bind_to_the_previous_incident_of_the_snapshot() {
        Scenario scenario = FORMAT.read(with("""
                "incident": {"id": "acme-1", "detectedAt": "2026-03-10T05:00:00Z", "status": "ACKNOWLEDGED",
                             "crisisType": "BAD_BUZZ", "severity": "MODERATE"},
                "progress": [{"actionKey": "FIRST_RESPONSE", "state": "PUBLISHED", "at": "2026-03-10T08:00:00Z"}]
                """));

        assertThat(scenario.snapshot().previousIncident().status()).isEqualTo(io.crisisrules.model.IncidentStatus.ACKNOWLEDGED);
        assertThat(scenario.snapshot().previousIncident().statusSince()).isEqualTo(Instant.parse("2026-03-10T05:00:00Z"));
        assertThat(scenario.snapshot().progress()).singleElement().satisfies(p -> {
            assertThat(p.incidentId()).isEqualTo("acme-1");
            assertThat(p.isDone()).isTrue();
        });
    }

    @Test
    void a_progress_key_that_names_no_action_is_rejected_naming_the_record() {
        assertRejected(with("""
                "incident": {"id": "acme-1", "detectedAt": "2026-03-10T05:00:00Z", "status": "ACKNOWLEDGED",
                             "crisisType": "BAD_BUZZ", "severity": "MODERATE"},
                "progress": [{"actionKey": "first_response", "state": "PUBLISHED", "at": "2026-03-10T08:00:00Z"}]
                """), "progress[0].actionKey must start with the kind of an action of the plan, written as"
                + " ResponseAction.key() writes it (FIRST_RESPONSE, not first_response), but was \"first_response\"");
    }

    @Test
    void progress_without_its_incident_is_rejected() {
        assertRejected(with("""
                "progress": [{"actionKey": "FIRST_RESPONSE", "state": "PUBLISHED", "at": "2026-03-10T08:00:00Z"}]
                """), "progress must come with the incident they belong to (field incident), but was \"1 record(s)\"");
    }

    @Test
    void a_minimal_scenario_has_empty_lists_and_the_given_instant() {
        Scenario scenario = FORMAT.read(with(""));

        assertThat(scenario.now()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
        assertThat(scenario.snapshot().comments()).isEmpty();
        assertThat(scenario.settings()).isEmpty();
    }

    @Test
    void values_bind_to_the_model_including_maps_durations_and_settings() {
        Scenario scenario = FORMAT.read(with("""
                "settings": {"detection.roiDrop": 0.25, "response.firstResponseWithin": "2h"},
                "metrics": [{"metric": "ROI", "period": {"start": "2026-03-01T00:00:00Z", "end": "2026-03-08T00:00:00Z"},
                             "value": -0.1, "baseline": 0.3}],
                "comments": [{"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-03-10T08:00:00Z",
                              "scores": {"HATEFUL": 0.4}}],
                "customers": [{"customerId": "k1", "usualInterval": "30d", "lastActivity": "2026-01-01T00:00:00Z"}]
                """));

        assertThat(scenario.settings()).containsEntry("detection.roiDrop", "0.25")
                .containsEntry("response.firstResponseWithin", "2h");
        assertThat(scenario.snapshot().metrics().get(0).metric()).isEqualTo(Metric.ROI);
        assertThat(scenario.snapshot().metrics().get(0).scope()).isEqualTo("brand");
        assertThat(scenario.snapshot().comments().get(0).scores()).containsEntry(CommentLabel.HATEFUL, 0.4);
        assertThat(scenario.snapshot().customers().get(0).usualInterval()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void malformed_json_is_rejected_with_its_line_column_and_the_text_there() {
        assertRejected("{\"now\": ", "line 1, column 9: not well-formed JSON (unexpected end-of-input");
        assertRejected("{\"now\": \"2026-03-10T09:00:00Z\",,}", "line 1, column 32: not well-formed JSON "
                + "(unexpected character (','): was expecting double-quote to start field name), "
                + "near \"…\"now\": \"2026-03-10T09:00:00Z\",,}\"");
        assertRejected("""
                {"now": "2026-03-10T09:00:00Z",
                 "brand": {"brandId": "acme", "sector": RETAIL}}
                """, "line 2, column 41: not well-formed JSON (unrecognized token 'RETAIL': was expecting a JSON value)");
    }

    @Test
    void malformed_json_messages_carry_none_of_the_parsers_internals() {
        for (String malformed : new String[] {"{\"now\": \"2026-03-10T09:00:00Z\"", "{\"now\": \"x\"} 42",
                "{\"now\": \"x\", \"now\": \"y\"}", "{\"now\": \"a\tb\"}", "\uFEFF{}"}) {
            assertThatThrownBy(() -> FORMAT.read(malformed))
                    .isInstanceOf(InvalidInputException.class)
                    .message()
                    .startsWith("line 1, column ")
                    .contains("not well-formed JSON")
                    .doesNotContain("Source", "REDACTED", "Feature", "(code ", "CTRL-CHAR", "`", "\n");
        }
    }

    @Test
    void a_comment_line_is_located_in_its_file_and_one_cut_short_is_recognised() {
        assertThatThrownBy(() -> FORMAT.readCommentLine("not json at all", 42))
                .hasMessage("line 42, column 1: not well-formed JSON (unrecognized token 'not': was expecting a JSON value), "
                        + "near \"not json at all\"");
        assertThatThrownBy(() -> FORMAT.readCommentLine("{", 7))
                .hasMessage("line 7, column 2: not well-formed JSON (the line ends before the JSON value does; "
                        + "each line must hold one whole comment object), near \"{\"");
    }

    @Test
    void a_value_the_model_types_cannot_hold_is_named_in_words_not_in_java_types() {
        assertRejected(with("""
                "comments": [{"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-02-30T08:00:00Z"}]
                """), "comments[0].postedAt must be a valid instant, but was \"2026-02-30T08:00:00Z\"");
        assertRejected(with("""
                "mentions": [{"window": {"start": "2026-03-10T08:00:00Z", "end": "2026-03-10T09:00:00Z"},
                              "mentions": 10, "negativeMentions": 2, "reach": 10000000000000000000000, "negativeReach": 0}]
                """), "mentions[0].reach must be a whole number from -9223372036854775808 to 9223372036854775807, "
                + "but was 10000000000000000000000");
        assertRejected(with("""
                "customers": [{"customerId": "k1", "usualInterval": "PT99999999999999999999H", "lastActivity": "2026-01-01T00:00:00Z"}]
                """), "customers[0].usualInterval must be a valid duration, but was \"PT99999999999999999999H\"");
    }

    @Test
    void a_missing_field_is_named() {
        assertRejected("""
                {"now": "2026-03-10T09:00:00Z", "brand": {"sector": "RETAIL"}}
                """, "brand.brandId is required, but was missing");
        assertRejected(with("""
                "metrics": [{"metric": "ROI", "period": {"start": "2026-03-01T00:00:00Z", "end": "2026-03-08T00:00:00Z"}}]
                """), "metrics[0].value is required, but was missing");
    }

    @Test
    void a_flag_the_model_needs_is_required_by_the_schema_instead_of_failing_in_the_parser() {
        assertRejected(with("""
                "relays": [{"handle": "@clara", "kind": "INFLUENCER", "audience": 1000}]
                """), "relays[0].critical is required, but was missing");
        assertRejected(with("""
                "claims": [{"id": "k1", "statement": "tests on animals", "source": "@clara", "status": "UNVERIFIED"}]
                """), "claims[0].allegation must be present (or accusesBrand, its earlier form), but was null");
        assertRejected(MINIMAL.formatted("").replace("\"sector\": \"RETAIL\"",
                "\"sector\": \"RETAIL\", \"readiness\": {\"internalProtocol\": true}"),
                "brand.readiness.editorialCharter is required, but was missing");
    }

    @Test
    void a_negative_count_is_named_with_its_value() {
        assertRejected(with("""
                "mentions": [{"window": {"start": "2026-03-10T08:00:00Z", "end": "2026-03-10T09:00:00Z"},
                              "mentions": 10, "negativeMentions": 2, "reach": -3, "negativeReach": 0}]
                """), "mentions[0].reach must be >= 0, but was -3");
    }

    @Test
    void a_negative_rate_is_named_with_its_value() {
        assertRejected(with("""
                "metrics": [{"metric": "CONVERSION_RATE", "period": {"start": "2026-03-01T00:00:00Z", "end": "2026-03-08T00:00:00Z"},
                             "value": -0.02}]
                """), "metrics[0].value must be >= 0, but was -0.02");
    }

    @Test
    void nan_and_infinity_are_read_but_rejected_naming_the_field_and_the_value() {
        assertRejected(with("""
                "metrics": [{"metric": "ROI", "period": {"start": "2026-03-01T00:00:00Z", "end": "2026-03-08T00:00:00Z"},
                             "value": NaN}]
                """), "metrics[0].value must be a finite number, but was NaN");
        assertRejected(with("""
                "mentions": [{"window": {"start": "2026-03-10T08:00:00Z", "end": "2026-03-10T09:00:00Z"},
                              "mentions": 10, "negativeMentions": 2, "reach": NaN, "negativeReach": 0}]
                """), "mentions[0].reach must be a finite number, but was NaN");
        assertRejected(with("""
                "settings": {"detection.roiDrop": -Infinity}
                """), "settings['detection.roiDrop'] must be a finite number, but was -Infinity");
        assertThatThrownBy(() -> FORMAT.readComment("""
                {"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-03-10T08:00:00Z", "scores": {"HATEFUL": Infinity}}
                """))
                .hasMessage("scores.HATEFUL must be a finite number, but was Infinity");
    }

    @Test
    void a_number_too_large_for_a_double_is_infinite_and_rejected_the_same_way() {
        assertRejected(with("""
                "metrics": [{"metric": "ROI", "period": {"start": "2026-03-01T00:00:00Z", "end": "2026-03-08T00:00:00Z"},
                             "value": 1e999}]
                """), "metrics[0].value must be a finite number, but was Infinity");
    }

    @Test
    void an_unknown_enum_value_is_named_with_its_value() {
        assertRejected(with("""
                "comments": [{"id": "c1", "authorId": "u1", "channel": "MYSPACE", "postedAt": "2026-03-10T08:00:00Z"}]
                """), "comments[0].channel must be one of FACEBOOK, INSTAGRAM, X, TIKTOK, LINKEDIN, YOUTUBE, FORUM, "
                + "REVIEW_SITE, BLOG, WEBSITE, FAQ, EMAIL, PRESS, HELPDESK, INTERNAL, but was \"MYSPACE\"");
        assertRejected(with("""
                "comments": [{"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-03-10T08:00:00Z"}]
                """).replace("RETAIL", "SPACE_TRAVEL"), "brand.sector must be one of COSMETICS, FOOD, RETAIL, ");
        assertRejected(with("").replace("RETAIL", "SPACE_TRAVEL"), ", but was \"SPACE_TRAVEL\"");
    }

    @Test
    void an_unknown_field_is_named_so_nothing_is_silently_dropped() {
        assertRejected(with("""
                "comments": [{"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-03-10T08:00:00Z", "likes": 3}]
                """), "comments[0].likes is not a known field (known: id, authorId, channel, text, postedAt, labels, scores, subject), but was 3");
    }

    @Test
    void a_repeated_list_item_is_named_with_the_list() {
        assertRejected(with("""
                "comments": [{"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-03-10T08:00:00Z",
                              "labels": ["INSULTING", "INSULTING"]}]
                """), "comments[0].labels must not list \"INSULTING\" twice, but was [\"INSULTING\",\"INSULTING\"]");
    }

    @Test
    void a_value_of_the_wrong_type_is_named_with_the_expected_type() {
        assertRejected(with("""
                "comments": [{"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-03-10T08:00:00Z",
                              "labels": "HATEFUL"}]
                """), "comments[0].labels must be an array, but was \"HATEFUL\"");
        assertRejected(with("""
                "mentions": [{"window": {"start": "2026-03-10T08:00:00Z", "end": "2026-03-10T09:00:00Z"},
                              "mentions": 10.5, "negativeMentions": 2, "reach": 3, "negativeReach": 0}]
                """), "mentions[0].mentions must be a whole number, but was 10.5");
    }

    @Test
    void a_pattern_is_explained_by_its_schema_description_not_shown_as_a_regular_expression() {
        String wrongInstant = with("""
                "comments": [{"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "yesterday"}]
                """);
        assertRejected(wrongInstant, "comments[0].postedAt must be an ISO-8601 instant with its offset, such as "
                + "2026-03-10T09:00:00Z or 2026-03-10T10:00:00+01:00, but was \"yesterday\"");
        assertThatThrownBy(() -> FORMAT.read(wrongInstant)).message().doesNotContain("\\d", "pattern");
        assertRejected(with("""
                "comments": [{"id": "c1", "authorId": "  ", "channel": "X", "postedAt": "2026-03-10T08:00:00Z"}]
                """), "comments[0].authorId must be a text that is not blank, but was \"  \"");
        assertRejected(with("""
                "customers": [{"customerId": "k1", "usualInterval": "soon", "lastActivity": "2026-01-01T00:00:00Z"}]
                """), "customers[0].usualInterval must be a duration in ISO-8601 (PT4H, P30D) or short form "
                + "(90m, 4h, 30d, 2w, 1h30m), but was \"soon\"");
    }

    @Test
    void an_unknown_key_of_a_map_is_named_with_the_keys_allowed() {
        assertRejected(with("""
                "comments": [{"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-03-10T08:00:00Z",
                              "scores": {"TOXIC": 0.5}}]
                """), "comments[0].scores keys must be one of HATEFUL, INSULTING, DEFAMATORY, PROVOCATION, "
                + "CONSTRUCTIVE_CRITICISM, CUSTOMER_COMPLAINT, QUESTION, SPAM, NEGATIVE, but one was \"TOXIC\"");
    }

    @Test
    void a_long_value_is_echoed_cut_short_so_the_message_stays_one_readable_line() {
        String longText = "x".repeat(500);
        assertThatThrownBy(() -> FORMAT.read(with("""
                "comments": [{"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-03-10T08:00:00Z",
                              "mood": "%s"}]
                """.formatted(longText))))
                .hasMessageStartingWith("comments[0].mood is not a known field")
                .hasMessageEndingWith(", but was \"" + "x".repeat(Echo.MAX_LENGTH - 2) + "…\"");
    }

    @Test
    void the_first_problem_is_described_and_the_other_fields_in_trouble_are_named() {
        assertRejected("""
                {"now": "2026-03-10T09:00:00Z", "brand": {"sector": "RETAIL"}, "trigger": "ALIENS",
                 "mentions": [{"window": {"start": "2026-03-10T08:00:00Z", "end": "2026-03-10T09:00:00Z"},
                               "mentions": -1, "negativeMentions": 0, "reach": 0, "negativeReach": 0}]}
                """, "brand.brandId is required, but was missing (and 2 more problem(s): mentions[0].mentions, trigger)");
    }

    @Test
    void a_duplicate_comment_id_is_named_with_the_id() {
        assertRejected(with("""
                "comments": [{"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-03-10T08:00:00Z"},
                             {"id": "c1", "authorId": "u2", "channel": "X", "postedAt": "2026-03-10T08:01:00Z"}]
                """), "comments[1] must have a unique id, but \"c1\" appears more than once");
    }

    @Test
    void a_score_outside_the_unit_interval_is_named_with_its_value() {
        assertRejected(with("""
                "comments": [{"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-03-10T08:00:00Z",
                              "scores": {"HATEFUL": 1.3}}]
                """), "comments[0].scores.HATEFUL must be <= 1, but was 1.3");
    }

    @Test
    void a_cross_field_rule_of_the_model_is_reported_with_the_json_path() {
        assertRejected(with("""
                "mentions": [{"window": {"start": "2026-03-10T08:00:00Z", "end": "2026-03-10T09:00:00Z"},
                              "mentions": 10, "negativeMentions": 20, "reach": 5, "negativeReach": 0}]
                """), "mentions[0].negativeMentions must be <= mentions (10), but was 20");
    }

    @Test
    void one_comment_line_reads_on_its_own() {
        assertThat(FORMAT.readComment("""
                {"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-03-10T08:00:00Z", "labels": ["SPAM"]}
                """).labels()).containsExactly(CommentLabel.SPAM);
        assertThatThrownBy(() -> FORMAT.readComment("{\"id\": \"c1\"}"))
                .hasMessage("authorId is required, but was missing (and 2 more problem(s): channel, postedAt)");
    }

    @Test
    void a_document_of_blanks_only_is_refused_in_one_line_without_echoing_them() {
        assertThatThrownBy(() -> FORMAT.read("\n\n  \r\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("document must hold a JSON object, but is empty");
        assertThatThrownBy(() -> FORMAT.readCommentLine("   ", 3)).hasMessage("comment must hold a JSON object, but is empty");
    }

    @Test
    void a_key_holding_a_line_break_or_a_long_key_is_shown_escaped_and_cut_short_on_one_line() {
        assertThatThrownBy(() -> FORMAT.readComment("""
                {"id": "c1", "authorId": "u1", "channel": "X", "postedAt": "2026-03-10T08:00:00Z", "scores": {"a\\nb": 1}}
                """)).message().doesNotContain("\n").endsWith("but one was \"a\\nb\"");
        String longKey = "k".repeat(5_000);
        assertThatThrownBy(() -> FORMAT.read(with("\"settings\": {\"" + longKey + "\": NaN}")))
                .message().startsWith("settings['" + "k".repeat(60) + "…']").hasSizeLessThan(200);
    }
}
