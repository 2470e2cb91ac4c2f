package io.crisisrules.json;

import io.crisisrules.InvalidInputException;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadLimitsTest {
    private static final ScenarioFormat FORMAT = new ScenarioFormat();

    private static final String SCENARIO = """
            {"now": "2026-03-10T09:00:00Z", "brand": {"brandId": "acme", "sector": "RETAIL"}, "comments": [%s]}
            """;

    private static String comment(String id, String text) {
        return "{\"id\": \"" + id + "\", \"authorId\": \"u1\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\","
                + " \"text\": \"" + text + "\"}";
    }

    @Test
    void a_comment_text_above_the_limit_is_refused_naming_its_path_its_length_and_the_limit() {
        String text = "x".repeat(ReadLimits.DEFAULT_MAX_TEXT_LENGTH + 1);

        assertThatThrownBy(() -> FORMAT.read(SCENARIO.formatted(comment("c1", "short") + ", " + comment("c2", text))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("comments[1].text is 100,001 characters long, above the limit of 100,000 (json.maxTextLength)")
                .extracting(error -> ((InvalidInputException) error).field()).isEqualTo("comments[1].text");
        assertThatThrownBy(() -> FORMAT.readCommentLine(comment("c2", text), 7))
                .hasMessage("text is 100,001 characters long, above the limit of 100,000 (json.maxTextLength)");
    }

    @Test
    void a_text_at_the_limit_reads_and_a_host_can_raise_the_limit() {
        String atLimit = "x".repeat(ReadLimits.DEFAULT_MAX_TEXT_LENGTH);
        String twoMillion = "y".repeat(2_000_001);
        ScenarioFormat raised = new ScenarioFormat(ReadLimits.defaults().with(ReadLimits.MAX_TEXT_LENGTH, 3_000_000));

        assertThat(FORMAT.readCommentLine(comment("c1", atLimit), 1).text()).hasSize(100_000);
        assertThat(raised.readCommentLine(comment("c1", twoMillion), 1).text()).hasSize(2_000_001);
        assertThatThrownBy(() -> FORMAT.readCommentLine(comment("c1", twoMillion), 1))
                .hasMessage("text is 2,000,001 characters long, above the limit of 100,000 (json.maxTextLength)");
    }

    @Test
    void a_list_of_more_items_than_the_limit_is_refused_naming_the_list_and_its_size() {
        ScenarioFormat five = new ScenarioFormat(ReadLimits.defaults().withMaxItems(5));
        String six = String.join(", ", comment("c1", "a"), comment("c2", "b"), comment("c3", "c"), comment("c4", "d"),
                comment("c5", "e"), comment("c6", "f"));
        String sixMembers = comment("c1", "a").replace("}", ", \"replyCount\": 3}");

        assertThatThrownBy(() -> five.read(SCENARIO.formatted(six)))
                .hasMessage("comments has 6 items, above the limit of 5 (json.maxItems)");
        assertThat(five.read(SCENARIO.formatted(six.substring(0, six.lastIndexOf(", {")))).snapshot().comments())
                .hasSize(5);
        assertThatThrownBy(() -> five.readCommentLine(sixMembers, 1))
                .hasMessage("comment has 6 members, above the limit of 5 (json.maxItems)");
    }

    @Test
    void a_document_nested_deeper_than_the_limit_is_refused_where_it_goes_too_deep() {
        String deep = "[".repeat(ReadLimits.DEFAULT_MAX_DEPTH + 1) + "]".repeat(ReadLimits.DEFAULT_MAX_DEPTH + 1);

        assertThatThrownBy(() -> FORMAT.read(deep))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("document is nested 65 levels deep at line 1, column 66, above the limit of 64 (json.maxDepth)");
        assertThatThrownBy(() -> FORMAT.readCommentLine("{\"id\": " + deep + "}", 3))
                .hasMessageStartingWith("comment is nested 65 levels deep at line 3, column ");
    }

    @Test
    void the_deepest_document_the_limits_allow_fails_cleanly_in_every_reader() {
        ReadLimits deepest = ReadLimits.defaults().withMaxDepth(ReadLimits.MAX_DEPTH_CEILING);
        int levels = ReadLimits.MAX_DEPTH_CEILING - 2;
        String nested = "{\"a\": ".repeat(levels) + "1" + "}".repeat(levels);
        String scenario = "{\"now\": \"2026-03-10T09:00:00Z\", \"brand\": {\"brandId\": \"acme\", \"sector\": \"RETAIL\"},"
                + " \"settings\": {\"x\": " + nested + "}}";

        assertThatThrownBy(() -> new ScenarioFormat(deepest).read(scenario)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CrisisJson.create(deepest).read(scenario, Snapshot.class))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ScenarioFormat(deepest).readComment(nested)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxDepth(ReadLimits.MAX_DEPTH_CEILING + 1))
                .hasMessage("json.maxDepth must be <= " + ReadLimits.MAX_DEPTH_CEILING + " (the checks after parsing walk "
                        + "the document recursively), but was " + (ReadLimits.MAX_DEPTH_CEILING + 1));
    }

    @Test
    void a_number_of_more_characters_than_the_limit_is_refused_naming_its_field() {
        String digits = "9".repeat(ReadLimits.DEFAULT_MAX_NUMBER_LENGTH + 1);

        assertThatThrownBy(() -> FORMAT.readComment("{\"id\": \"c1\", \"scores\": {\"HATEFUL\": 0." + digits + "}}"))
                .hasMessage("scores.HATEFUL is a number of at least 101 characters, above the limit of 100 (json.maxNumberLength)");
    }

    @Test
    void a_document_longer_than_the_limit_is_refused_before_it_is_parsed() {
        ScenarioFormat small = new ScenarioFormat(ReadLimits.defaults().withMaxDocumentLength(100));
        String line = comment("c1", "x".repeat(200));

        assertThatThrownBy(() -> small.readCommentLine(line, 1))
                .hasMessage("comment is " + ReadLimits.count(line.length())
                        + " characters long, above the limit of 100 (json.maxDocumentLength)");
        assertThatThrownBy(() -> CrisisJson.create(ReadLimits.defaults().withMaxDocumentLength(100)).read(line, Comment.class))
                .hasMessageEndingWith("above the limit of 100 (json.maxDocumentLength)");
    }

    @Test
    void a_file_too_large_to_hold_the_limit_is_refused_without_being_read(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("big.json");
        Files.writeString(file, SCENARIO.formatted(comment("c1", "x".repeat(1_000))));
        ReadLimits limits = ReadLimits.defaults().withMaxDocumentLength(300);

        assertThatThrownBy(() -> new ScenarioFormat(limits).read(file))
                .hasMessage("file " + file + " is " + ReadLimits.count(Files.size(file)) + " bytes long, more than that "
                        + "many characters, above the limit of 300 (json.maxDocumentLength)");
        assertThatThrownBy(() -> CrisisJson.create(limits).read(file, Snapshot.class))
                .hasMessageEndingWith("above the limit of 300 (json.maxDocumentLength)");
        assertThat(new ScenarioFormat(ReadLimits.defaults().withMaxDocumentLength(Files.size(file))).read(file)
                .snapshot().comments()).hasSize(1);
    }

    @Test
    void a_field_name_longer_than_the_text_limit_is_refused() {
        ScenarioFormat short10 = new ScenarioFormat(ReadLimits.defaults().withMaxTextLength(10));

        assertThatThrownBy(() -> short10.readComment("{\"id\": \"c1\", \"scores\": {\"" + "K".repeat(11) + "\": 0.5}}"))
                .hasMessage("a field name in scores is at least 11 characters long, above the limit of 10 (json.maxTextLength)");
    }

    @Test
    void limits_are_named_by_their_keys_and_must_be_positive() {
        assertThat(ReadLimits.keys()).containsExactly("json.maxDocumentLength", "json.maxDepth", "json.maxTextLength",
                "json.maxItems", "json.maxNumberLength");
        assertThat(ReadLimits.defaults().with("json.maxItems", 7).maxItems()).isEqualTo(7);
        assertThat(CrisisJson.create(ReadLimits.defaults().withMaxItems(7)).limits().maxItems()).isEqualTo(7);
        assertThatThrownBy(() -> ReadLimits.defaults().with("json.maxComments", 7))
                .hasMessageStartingWith("limit must be one of [json.maxDocumentLength, json.maxDepth, ");
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxTextLength(0))
                .hasMessage("json.maxTextLength must be >= 1, but was 0");
        assertThatThrownBy(() -> ReadLimits.defaults().with("json.maxItems", 3_000_000_000L))
                .hasMessage("json.maxItems must be <= 2147483647, but was 3000000000");
        assertThatThrownBy(() -> CrisisJson.create(null)).isInstanceOf(InvalidInputException.class);
    }
}
