package io.crisisrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class CrisisCliTest {
    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CrisisCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void evaluate_prints_the_plan_in_french_on_request() {
        Run run = run("evaluate", "scenarios/delivery-failure-closed.json", "--locale", "fr");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Faire le bilan de la crise", "Reconstruire la confiance",
                "Personne n'occupe ces rôles de la cellule de crise: LAWYER", "POST-04");
    }

    @Test
    void evaluate_prints_a_readable_assessment_of_an_example() {
        Run run = run("evaluate", "scenarios/delivery-failure-bad-buzz.json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Delivery failure turning into a bad buzz", "SENTIMENT_SHIFT",
                "severity MAJOR", "PRODUCT_SERVICE_CRITICISM", "FIRST_RESPONSE", "DELETE_AND_REPORT", "[MOD-01]");
        assertThat(run.out().lines().filter(line -> line.contains("fb-310")))
                .singleElement().asString().contains("NO_ACTION", "(no rule had a concern)");
    }

    @Test
    void evaluate_prints_json_that_holds_every_part_of_the_assessment() throws IOException {
        Run run = run("evaluate", "scenarios/cosmetics-animal-testing-claim.json", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("brandId").asText()).isEqualTo("lumiere-cosmetics");
        assertThat(json.get("incidents").get(0).get("verification").asText()).isEqualTo("UNVERIFIED");
        assertThat(json.get("moderation")).hasSize(6);
        assertThat(json.get("signals").findValues("policyIds"))
                .extracting(ids -> ids.get(0).asText())
                .contains("DET-15", "DET-03");
    }

    @Test
    void settings_from_a_file_change_the_result() throws IOException {
        Path settings = temp.resolve("strict.properties");
        Files.writeString(settings, "response.firstResponseWithin=1h\n");

        Run run = run("evaluate", "scenarios/campaign-kpi-slide.json", "--settings", settings.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("by 2026-04-14T08:00:00Z");
    }

    @Test
    void bad_input_exits_with_one_line_naming_the_field_and_value_and_no_stack_trace() throws IOException {
        Path scenario = temp.resolve("bad.json");
        Files.writeString(scenario, Files.readString(Path.of("scenarios/campaign-kpi-slide.json"))
                .replace("\"value\": 0.009", "\"value\": -0.009"));

        Run run = run("evaluate", scenario.toString());

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ")
                .contains("metrics[2].value must be >= 0, but was -0.009");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_missing_scenario_file_or_bad_setting_is_one_line_too() {
        Run missing = run("evaluate", temp.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(missing.err()).contains("nope.json").doesNotContain("\tat ");

        Path settings = temp.resolve("bad.properties");
        try {
            Files.writeString(settings, "detection.roiDrop=2\n");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Run badSetting = run("evaluate", "scenarios/campaign-kpi-slide.json", "--settings", settings.toString());
        assertThat(badSetting.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(badSetting.err()).contains("detection.roiDrop must be within [0.01, 1], but was 2");
    }

    @Test
    void check_rules_lists_every_rule_with_its_policy_ids() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules"));

        Run run = run("check-rules", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("DET-08", "detection", "MOD-01 Delete hateful, insulting or defamatory comments",
                "rules compiled");
    }

    @Test
    void check_rules_exits_non_zero_with_file_and_line_of_each_problem() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules/moderation"));
        Files.writeString(dir.resolve("abusive-content.drl"), """
                package io.crisisrules.rules.moderation;
                import io.crisisrules.model.*;
                ruleflow-group "moderation"

                rule "MOD-01 broken on purpose"
                    @policy("MOD-01")
                when
                    Comment(toxicity > 0.5)
                then
                end
                """);

        Run run = run("check-rules", temp.resolve("rules").toString());

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(run.err()).contains("abusive-content.drl:8:").contains("toxicity").doesNotContain("\tat ");
    }

    @Test
    void a_house_rule_that_throws_is_one_line_naming_the_rule_and_its_file() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("throwing/detection"));
        Files.writeString(dir.resolve("boom.drl"), """
                package io.crisisrules.rules.detection;
                import io.crisisrules.model.*;
                ruleflow-group "detection"

                rule "DET-01 A house rule with a bug"
                    @policy("DET-01")
                    @description("throws on any mention statistics")
                when
                    MentionStatistics()
                then
                    throw new IllegalStateException("house bug");
                end
                """);

        Run run = run("evaluate", "scenarios/delivery-failure-bad-buzz.json", "--rules", temp.resolve("throwing").toString());

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("\tat ")
                .isEqualTo("error: rule \"DET-01 A house rule with a bug\" (" + dir.resolve("boom.drl")
                        + ") failed: IllegalStateException: house bug");
    }

    @Test
    void settings_on_the_command_line_win_over_the_scenario_s_own() throws IOException {
        Path scenario = temp.resolve("with-settings.json");
        Files.writeString(scenario, Files.readString(Path.of("scenarios/campaign-kpi-slide.json"))
                .replaceFirst("\\{", "{\"settings\": {\"response.firstResponseWithin\": \"2h\"},"));
        Path settings = temp.resolve("strict.properties");
        Files.writeString(settings, "response.firstResponseWithin=1h\n");

        assertThat(run("evaluate", scenario.toString()).out()).contains("by 2026-04-14T09:00:00Z  FIRST_RESPONSE");
        assertThat(run("evaluate", scenario.toString(), "--settings", settings.toString()).out())
                .contains("by 2026-04-14T08:00:00Z  FIRST_RESPONSE");
    }

    @Test
    void a_rules_directory_replaces_the_default_file_of_the_same_path() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules/moderation"));
        Files.writeString(dir.resolve("abusive-content.drl"), """
                package io.crisisrules.rules.moderation;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.ModerationFinding;
                ruleflow-group "moderation"

                rule "MOD-01 Only hateful comments are deleted here"
                    @policy("MOD-01")
                    @description("a stricter house rule")
                when
                    Comment($id : id, hasLabel(CommentLabel.HATEFUL))
                then
                    insert(ModerationFinding.of($id, ModerationAction.DELETE_AND_REPORT));
                end
                """);

        Run run = run("evaluate", "scenarios/delivery-failure-bad-buzz.json", "--rules", temp.resolve("rules").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("DELETE_AND_REPORT").doesNotContain("Delete hateful, insulting or defamatory");
        assertThat(run("check-rules", temp.resolve("rules").toString()).out())
                .contains("MOD-01 Only hateful comments are deleted here")
                .doesNotContain("MOD-01 Delete hateful, insulting or defamatory comments");
    }

    @Test
    void moderate_prints_one_line_per_non_blank_line_with_rejections_in_place_and_exits_with_bad_input()
            throws IOException {
        Path comments = temp.resolve("comments.jsonl");
        Files.write(comments, List.of(
                "{\"id\": \"c1\", \"authorId\": \"u1\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\", \"labels\": [\"HATEFUL\"]}",
                "{\"id\": \"c2\", \"authorId\": \"u2\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\", \"scores\": {\"HATEFUL\": 1.3}}",
                "",
                "{\"id\": \"c3\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\"}",
                "not json at all",
                "{\"id\": \"c1\", \"authorId\": \"u9\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\"}",
                "{\"id\": \"c4\", \"authorId\": \"u4\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\", \"labels\": [\"WEIRD\"]}",
                "{\"id\": \"c5\", \"authorId\": \"u5\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\"}"));

        Run run = run("moderate", comments.toString(), "--now", "2026-03-10T09:00:00Z", "--chunk", "3");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CrisisCli.EXIT_INVALID);
        List<JsonNode> lines = run.out().lines().map(CrisisCliTest::json).toList();
        assertThat(lines).extracting(line -> line.get("line").asInt()).containsExactly(1, 2, 4, 5, 6, 7, 8);
        assertThat(lines.get(0).get("action").asText()).isEqualTo("DELETE_AND_REPORT");
        assertThat(lines.get(0).get("policyIds").get(0).asText()).isEqualTo("MOD-01");
        assertThat(lines.get(0).get("authorId").asText()).isEqualTo("u1");
        assertThat(lines.get(0).get("provisional").asBoolean()).isFalse();
        assertThat(lines.get(0).get("reasons").get(0).get("rule").asText())
                .isEqualTo("MOD-01 Delete hateful, insulting or defamatory comments");
        assertThat(lines.get(0).get("reasons").get(0).get("policyIds").get(0).asText()).isEqualTo("MOD-01");
        assertThat(lines.get(1).get("rejected").asText()).contains("scores.HATEFUL").contains("1.3");
        assertThat(lines.get(1).get("commentId").asText()).isEqualTo("c2");
        assertThat(lines.get(2).get("rejected").asText()).contains("authorId");
        assertThat(lines.get(3).get("rejected").asText()).isEqualTo("line 5, column 1: not well-formed JSON "
                + "(unrecognized token 'not': was expecting a JSON value), near \"not json at all\"");
        assertThat(lines.get(4).get("rejected").asText()).contains("unique").contains("c1");
        assertThat(lines.get(5).get("rejected").asText()).contains("labels[0]").contains("WEIRD");
        assertThat(lines.get(6).get("action").asText()).isEqualTo("NO_ACTION");
        assertThat(run.err().strip())
                .isEqualTo("error: 8 line(s): 2 decided, 5 rejected (first at line 2), 1 blank skipped");
    }

    @Test
    void moderate_exits_zero_when_every_line_is_decided_and_counts_blank_lines_in_its_summary() throws IOException {
        Path comments = temp.resolve("clean.jsonl");
        Files.write(comments, List.of(
                "{\"id\": \"c1\", \"authorId\": \"u1\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\"}",
                "",
                "   ",
                "{\"id\": \"c2\", \"authorId\": \"u2\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\", \"labels\": [\"SPAM\"]}"));

        Run run = run("moderate", comments.toString(), "--now", "2026-03-10T09:00:00Z");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().map(CrisisCliTest::json))
                .extracting(line -> line.get("line").asInt() + " " + line.get("commentId").asText())
                .containsExactly("1 c1", "4 c2");
        assertThat(run.err().strip()).isEqualTo("4 line(s): 2 decided, 0 rejected, 2 blank skipped");
    }

    @Test
    void moderate_with_house_rules_writes_the_house_labels_on_the_comments_line() throws IOException {
        Path rules = temp.resolve("house");
        Files.createDirectories(rules.resolve("moderation"));
        Files.writeString(rules.resolve("house-actions.properties"), """
                acme.legal-queue.use = label
                acme.legal-queue.owner = Legal team
                acme.legal-queue.channel = zendesk:legal
                acme.legal-queue.text = The legal team reviews it before anyone replies.
                acme.legal-queue.policy = ACME-101
                """);
        Files.writeString(rules.resolve("moderation/legal-queue.drl"), """
                package acme.moderation;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.HouseLabelFinding;
                ruleflow-group "moderation"

                rule "ACME-101 Route defamation claims to the legal queue"
                    @policy("ACME-101")
                    @description("House rule: defamation goes to the legal queue.")
                when
                    Comment($id : id, hasLabel(CommentLabel.DEFAMATORY))
                then
                    insert(new HouseLabelFinding($id, "acme.legal-queue"));
                end
                """);
        Path comments = temp.resolve("house.jsonl");
        Files.write(comments, List.of(
                "{\"id\": \"c1\", \"authorId\": \"u1\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\", \"labels\": [\"DEFAMATORY\"]}",
                "{\"id\": \"c2\", \"authorId\": \"u2\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\"}"));

        Run run = run("moderate", comments.toString(), "--rules", rules.toString(), "--now", "2026-03-10T09:00:00Z");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> lines = run.out().lines().map(CrisisCliTest::json).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("action").asText()).isEqualTo("DELETE_AND_REPORT");
        assertThat(lines.get(0).get("labels")).hasSize(1);
        JsonNode label = lines.get(0).get("labels").get(0);
        assertThat(label.get("key").asText()).isEqualTo("acme.legal-queue");
        assertThat(label.get("channel").asText()).isEqualTo("zendesk:legal");
        assertThat(label.get("policyId").asText()).isEqualTo("ACME-101");
        assertThat(lines.get(0).get("policyIds").toString()).contains("ACME-101", "MOD-01");
        assertThat(lines.get(1).has("labels")).as("no labels field without a label").isFalse();
    }

    @Test
    void evaluate_with_a_house_plan_action_shows_its_own_text_and_writes_it_as_house_in_json() throws IOException {
        Path rules = temp.resolve("house-plan");
        Files.createDirectories(rules.resolve("response"));
        Files.writeString(rules.resolve("house-actions.properties"), """
                acme.crisis-desk.use = plan
                acme.crisis-desk.role = MANAGEMENT
                acme.crisis-desk.within = 1h30m
                acme.crisis-desk.owner = Crisis desk
                acme.crisis-desk.channel = slack:#crisis-desk
                acme.crisis-desk.text = Open the crisis desk's log for this incident.
                acme.crisis-desk.policy = ACME-102
                """);
        Files.writeString(rules.resolve("response/crisis-desk.drl"), """
                package acme.response;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.HousePlanFinding;
                ruleflow-group "decision"

                rule "ACME-102 Every open incident gets the crisis desk's log"
                    @policy("ACME-102")
                    @description("House rule: the crisis desk logs every open incident.")
                when
                    $incident : Incident(isOpen())
                then
                    insert(new HousePlanFinding($incident.id(), "acme.crisis-desk"));
                end
                """);

        Run text = run("evaluate", "scenarios/delivery-failure-bad-buzz.json", "--rules", rules.toString());
        Run json = run("evaluate", "scenarios/delivery-failure-bad-buzz.json", "--rules", rules.toString(),
                "--format", "json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("HOUSE_ACTION", "Open the crisis desk's log for this incident.",
                "about: acme.crisis-desk", "house: Crisis desk on slack:#crisis-desk", "ACME-102");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode action = null;
        for (JsonNode candidate : json(json.out()).get("actions")) {
            if (candidate.get("kind").asText().equals("HOUSE_ACTION")) {
                action = candidate;
            }
        }
        assertThat(action).as(json.out()).isNotNull();
        assertThat(action.get("owner").asText()).isEqualTo("MANAGEMENT");
        assertThat(action.get("channel").asText()).isEqualTo("INTERNAL");
        assertThat(action.get("house").get("key").asText()).isEqualTo("acme.crisis-desk");
        assertThat(action.get("house").get("policyId").asText()).isEqualTo("ACME-102");
    }

    @Test
    void moderate_rejects_each_kind_of_bad_line_in_one_clean_line_and_still_decides_the_good_ones() throws IOException {
        String good = "{\"id\": \"%s\", \"authorId\": \"u1\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\"%s}";
        Path comments = temp.resolve("mixed.jsonl");
        Files.write(comments, List.of(
                good.formatted("g1", ", \"labels\": [\"HATEFUL\"]"),
                good.formatted("n1", ", \"scores\": {\"HATEFUL\": NaN}"),
                good.formatted("e1", ", \"labels\": [\"INSULTING\", \"INSULTING\"]"),
                good.formatted("s1", ", \"scores\": {\"PROVOCATION\": -0.2}"),
                good.formatted("g1", ""),
                "{\"id\": \"u1\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\", \"labels\": [\"SPAM\"",
                good.formatted("g2", ", \"labels\": [\"CONSTRUCTIVE_CRITICISM\"]")));

        Run run = run("moderate", comments.toString(), "--now", "2026-03-10T09:00:00Z");

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        List<JsonNode> lines = run.out().lines().map(CrisisCliTest::json).toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0).get("action").asText()).isEqualTo("DELETE_AND_REPORT");
        assertThat(lines.get(6).get("action").asText()).isEqualTo("REPLY");
        assertThat(lines.subList(1, 6)).extracting(line -> line.get("rejected").asText()).containsExactly(
                "scores.HATEFUL must be a finite number, but was NaN",
                "labels must not list \"INSULTING\" twice, but was [\"INSULTING\",\"INSULTING\"]",
                "scores.PROVOCATION must be >= 0, but was -0.2",
                "id must be unique, but \"g1\" appears more than once",
                "line 6, column 83: not well-formed JSON (the line ends before the JSON value does; each line must "
                        + "hold one whole comment object), near \"…T08:00:00Z\", \"labels\": [\"SPAM\"\"");
        assertThat(lines.get(1).get("commentId").asText()).isEqualTo("n1");
        assertThat(run.err().strip())
                .isEqualTo("error: 7 line(s): 2 decided, 5 rejected (first at line 2), 0 blank skipped");
    }

    @Test
    void moderate_given_a_scenario_file_by_mistake_rejects_every_line_and_says_why() throws IOException {
        Path scenario = Path.of("scenarios/campaign-kpi-slide.json");
        long nonBlankLines = Files.readAllLines(scenario).stream().filter(line -> !line.isBlank()).count();

        Run run = run("moderate", scenario.toString(), "--now", "2026-03-10T09:00:00Z");

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        List<JsonNode> lines = run.out().lines().map(CrisisCliTest::json).toList();
        assertThat(lines).hasSize((int) nonBlankLines).allSatisfy(line -> assertThat(line.has("rejected")).isTrue());
        assertThat(lines.get(0).get("rejected").asText())
                .startsWith("line 1, column 2: not well-formed JSON (the line ends before the JSON value does; "
                        + "each line must hold one whole comment object)");
        assertThat(run.err()).startsWith("error: ").contains(": 0 decided, " + nonBlankLines + " rejected");
    }

    @Test
    void moderate_rejects_a_line_that_is_not_utf8_and_goes_on_and_ignores_a_byte_order_mark() throws IOException {
        Path comments = temp.resolve("latin1.jsonl");
        byte[] latin1 = "{\"id\": \"c1\", \"authorId\": \"u1\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\", \"text\": \"café\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] utf8 = "{\"id\": \"c2\", \"authorId\": \"u1\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\", \"text\": \"café\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] byteOrderMark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(comments, concat(concat(byteOrderMark, utf8), latin1));

        Run run = run("moderate", comments.toString(), "--now", "2026-03-10T09:00:00Z");

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
        List<JsonNode> lines = run.out().lines().map(CrisisCliTest::json).toList();
        assertThat(lines.get(0).get("action").asText()).isEqualTo("NO_ACTION");
        assertThat(lines.get(1).get("rejected").asText())
                .isEqualTo("line 2: not UTF-8 text (byte 0xE9 at byte 96); save the file as UTF-8");
    }

    @Test
    void moderate_given_a_folder_or_a_missing_file_says_so_in_one_line() {
        Run folder = run("moderate", temp.toString());
        Run missing = run("moderate", temp.resolve("nope.jsonl").toString());

        assertThat(folder.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(folder.err().strip()).startsWith("error: COMMENTS.jsonl must be a readable file (")
                .doesNotContain("\n", "\tat ");
        assertThat(missing.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(missing.err().strip()).startsWith("error: COMMENTS.jsonl must exist, but was ").endsWith("nope.jsonl\"");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void moderate_blocks_a_repeat_offender_across_chunks_and_sends_borderline_comments_to_review_in_a_major_crisis()
            throws IOException {
        Path comments = temp.resolve("offender.jsonl");
        Files.write(comments, List.of(
                "{\"id\": \"h1\", \"authorId\": \"troll\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T06:00:00Z\", \"labels\": [\"INSULTING\"]}",
                "{\"id\": \"h2\", \"authorId\": \"troll\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T07:00:00Z\", \"labels\": [\"INSULTING\"]}",
                "{\"id\": \"h3\", \"authorId\": \"troll\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\", \"labels\": [\"INSULTING\"]}",
                "{\"id\": \"b1\", \"authorId\": \"u1\", \"channel\": \"X\", \"postedAt\": \"2026-03-10T08:00:00Z\", \"scores\": {\"PROVOCATION\": 0.6}}"));

        Run run = run("moderate", comments.toString(), "--now", "2026-03-10T09:00:00Z", "--chunk", "1",
                "--crisis", "MAJOR");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> lines = run.out().lines().map(CrisisCliTest::json).toList();
        assertThat(lines).extracting(line -> line.get("action").asText())
                .containsExactly("DELETE_AND_REPORT", "DELETE_AND_REPORT", "BLOCK_AUTHOR", "HIDE_PENDING_REVIEW");
        assertThat(lines.get(2).get("policyIds").toString()).contains("MOD-04");
        assertThat(lines.get(3).get("provisional").asBoolean()).isTrue();
        assertThat(lines.get(3).get("policyIds").get(0).asText()).isEqualTo("MOD-08");
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }

    @Test
    void every_command_is_found_by_its_name_and_aliases_alone_and_listed_by_the_help() {
        Map<String, Class<?>> declared = new TreeMap<>();
        for (Class<?> command : CrisisCli.COMMANDS.values()) {
            picocli.CommandLine.Command annotation = command.getAnnotation(picocli.CommandLine.Command.class);
            List<String> names = new ArrayList<>(List.of(annotation.aliases()));
            names.add(annotation.name());
            names.forEach(name -> declared.put(name, command));
        }
        Run help = run("--help");

        // the map the command line is built from names each command as its own annotation does
        assertThat(new TreeMap<>(CrisisCli.COMMANDS)).isEqualTo(declared);
        assertThat(help.exitCode()).isZero();
        for (String name : CrisisCli.COMMANDS.keySet()) {
            assertThat(help.out()).contains(name);
            assertThat(run(name, "--help").out()).as(name).startsWith("Usage: crisis " + name.replace("report", "evaluate"));
        }
        assertThat(run("no-such-command").err()).contains("no-such-command");
    }
}
