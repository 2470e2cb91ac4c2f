package io.crisisrules.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.crisisrules.examples.cli.CrisisCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code check-rules} on an overlay: policy IDs it drops, with and without {@code --allow-removed}, house IDs whole. */
class CheckRulesOverlayTest {
    @TempDir
    Path temp;

    private Path emptyAbusiveContent() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules/moderation"));
        Files.writeString(dir.resolve("abusive-content.drl"), "package io.crisisrules.rules.moderation;\n");
        return temp.resolve("rules");
    }

    @Test
    void an_overlay_that_drops_a_default_policy_fails_naming_the_file_and_the_id() throws IOException {
        CrisisCliTest.Run run = run("check-rules", emptyAbusiveContent().toString());

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(run.err()).contains("moderation/abusive-content.drl:1: replaces the default")
                .contains("MOD-01").contains("--allow-removed MOD-01").doesNotContain("\tat ");
    }

    @Test
    void a_policy_dropped_on_purpose_is_listed_as_removed() throws IOException {
        CrisisCliTest.Run run = run("check-rules", emptyAbusiveContent().toString(), "--allow-removed", "MOD-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("replaced: moderation/abusive-content.drl", "added: none",
                "policy IDs removed (allowed): MOD-01", "policy IDs added: none")
                .doesNotContain("MOD-01 Delete hateful");
    }

    @Test
    void evaluate_refuses_the_same_overlay_unless_allowed() throws IOException {
        Path rules = emptyAbusiveContent();

        CrisisCliTest.Run refused = run("evaluate", "scenarios/delivery-failure-bad-buzz.json", "--rules", rules.toString());
        CrisisCliTest.Run allowed = run("evaluate", "scenarios/delivery-failure-bad-buzz.json", "--rules", rules.toString(),
                "--allow-removed", "MOD-01");

        assertThat(refused.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(refused.err()).contains("MOD-01");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.out()).doesNotContain("[MOD-01]");
    }

    @Test
    void house_policy_ids_are_listed_whole() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules/acme"));
        Files.writeString(dir.resolve("legal.drl"), """
                package acme;
                import io.crisisrules.model.*;
                import io.crisisrules.facts.ModerationFinding;
                ruleflow-group "moderation"

                rule "ACME-101 Legal threats wait for the legal team"
                    @policy("ACME-101")
                when
                    Comment($id : id, hasLabel(CommentLabel.DEFAMATORY))
                then
                    insert(ModerationFinding.of($id, ModerationAction.HIDE_PENDING_REVIEW));
                end
                """);

        CrisisCliTest.Run run = run("check-rules", temp.resolve("rules").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ACME-101           ACME-101 Legal threats", "added: acme/legal.drl",
                "policy IDs added: ACME-101");
    }
}
