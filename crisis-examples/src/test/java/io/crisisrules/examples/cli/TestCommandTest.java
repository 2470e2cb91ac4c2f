package io.crisisrules.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.crisisrules.examples.cli.CrisisCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code crisis test}: expectations checked per file, with a readable diff and the agreement. */
class TestCommandTest {
    @TempDir
    Path temp;

    private static final String CASE = """
            {"name": "%s", "now": "2026-03-10T09:00:00Z",
             "brand": {"brandId": "acme", "sector": "TELECOM"},
             "trigger": "TECHNICAL_FAILURE",
             "claims": [{"id": "k1", "statement": "the network is down", "topic": "WEBSITE_OUTAGE", "source": "@users",
                         "status": "CONFIRMED", "allegation": "FAILURE"}],
             "mentions": [{"window": {"start": "2026-03-10T08:00:00Z", "end": "2026-03-10T09:00:00Z"}, "channel": "X",
                           "mentions": 400, "negativeMentions": 300, "reach": 400000, "negativeReach": 300000}],
             "expect": %s}
            """;

    private Path write(String name, String expect) throws IOException {
        Path file = temp.resolve(name + ".json");
        Files.writeString(file, CASE.formatted(name, expect));
        return file;
    }

    @Test
    void a_file_whose_expectations_hold_passes_and_the_command_exits_zero() throws IOException {
        Path file = write("outage", """
                {"crisisType": "PRODUCT_SERVICE_CRITICISM", "cluster": "ACCIDENTAL", "severity": "MODERATE",
                 "actions": {"include": ["EXPLAIN_CIRCUMSTANCES"], "exclude": ["DENY_RUMOUR"]}}""");

        CrisisCliTest.Run run = run("test", file.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("PASS  " + file, "1 scenario(s): 1 passed, 0 failed; 4 of 4 expectations met",
                "agreement: crisisType 1/1 (100 %), cluster 1/1 (100 %), severity 1/1 (100 %), actions 1/1 (100 %)");
    }

    @Test
    void a_failed_expectation_says_what_was_expected_what_came_out_and_which_rules_decided() throws IOException {
        Path file = write("outage", """
                {"crisisType": "INTERNAL_ERROR", "severity": "MAJOR", "actions": {"include": ["DENY_RUMOUR"], "exclude": ["EXPLAIN_CIRCUMSTANCES"]}}""");

        CrisisCliTest.Run run = run("test", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  " + file,
                "crisisType: expected INTERNAL_ERROR, got PRODUCT_SERVICE_CRITICISM (",
                "RSP-16 A confirmed failure with no human cause known is a technical-error accident",
                "severity: expected MAJOR, got MODERATE (TYP-04",
                "actions: expected with [DENY_RUMOUR], without [EXPLAIN_CIRCUMSTANCES], got missing [DENY_RUMOUR], unwanted [EXPLAIN_CIRCUMSTANCES]",
                "0 of 3 expectations met");
    }

    @Test
    void a_folder_is_searched_and_min_agreement_decides_the_exit_code() throws IOException {
        write("a-right", """
                {"crisisType": "PRODUCT_SERVICE_CRITICISM"}""");
        write("b-wrong", """
                {"crisisType": "BAD_BUZZ"}""");
        Files.writeString(temp.resolve("c-no-expectations.json"), """
                {"now": "2026-03-10T09:00:00Z", "brand": {"brandId": "acme", "sector": "TELECOM"}}""");

        CrisisCliTest.Run strict = run("test", temp.toString(), "--quiet");
        CrisisCliTest.Run half = run("test", temp.toString(), "--min-agreement", "0.5");
        CrisisCliTest.Run most = run("test", temp.toString(), "--min-agreement", "0.9");

        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).contains("FAIL", "b-wrong").doesNotContain("PASS")
                .contains("2 scenario(s): 1 passed, 1 failed", "crisisType 1/2 (50 %)");
        assertThat(half.exitCode()).isZero();
        assertThat(most.exitCode()).isEqualTo(1);
    }

    @Test
    void a_named_file_without_expectations_or_a_bad_fraction_is_an_error() throws IOException {
        Path plain = temp.resolve("plain.json");
        Files.writeString(plain, """
                {"now": "2026-03-10T09:00:00Z", "brand": {"brandId": "acme", "sector": "TELECOM"}}""");

        CrisisCliTest.Run noExpect = run("test", plain.toString());
        CrisisCliTest.Run badFraction = run("test", plain.toString(), "--min-agreement", "1.5");

        assertThat(noExpect.exitCode()).isEqualTo(1);
        assertThat(noExpect.err()).contains("error: file must have an expect section, but was \"" + plain + "\"");
        assertThat(badFraction.err()).contains("--min-agreement must be within [0, 1], but was 1.5");
    }

    @Test
    void min_agreement_takes_a_floor_per_dimension_and_refuses_a_dimension_the_files_do_not_expect() throws IOException {
        write("a-right", """
                {"crisisType": "PRODUCT_SERVICE_CRITICISM", "severity": "MAJOR"}""");
        write("b-wrong", """
                {"crisisType": "BAD_BUZZ", "severity": ["MINOR", "MODERATE"]}""");

        CrisisCliTest.Run typeOnly = run("test", temp.toString(), "--quiet", "--min-agreement", "crisisType=0.5,severity=0.5");
        CrisisCliTest.Run strictSeverity = run("test", temp.toString(), "--quiet", "--min-agreement", "crisisType=0.5,severity=1");
        CrisisCliTest.Run typo = run("test", temp.toString(), "--min-agreement", "severty=0.5");

        assertThat(typeOnly.exitCode()).as(typeOnly.out()).isZero();
        assertThat(typeOnly.out()).contains("severity: expected MAJOR, got MODERATE", "severity 1/2 (50 %)");
        assertThat(strictSeverity.exitCode()).isEqualTo(1);
        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.err()).contains("--min-agreement must name a dimension the files expect", "severty");
    }
}
