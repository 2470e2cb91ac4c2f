package io.crisisrules.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check-rules --watch}: a save below DIR is checked again, with the new file's problems. */
class CheckRulesWatchTest {
    @TempDir
    Path temp;

    // a house rule with neither a problem nor a setting (HouseSettingsCliTest checks a folder with it alone)
    static final String RULE = """
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
            """;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void a_saved_file_is_checked_again_and_its_problem_reported() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("rules/acme"));
        Path file = dir.resolve("legal.drl");
        Files.writeString(file, RULE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> CrisisCli.execute(new String[] {
                "check-rules", temp.resolve("rules").toString(), "--watch", "--watch-runs", "1", "--quiet-period", "100"},
                outWriter, errWriter));

        awaitContains(out, "watching ");
        Files.writeString(file, RULE.replace("@policy(\"ACME-101\")", "@policy(\"ACME-101\")\n    @policy(oops"));

        int code = exit.get(4, TimeUnit.MINUTES);
        assertThat(out.toString()).contains("policy IDs added: ACME-101", "--- checking again after a change");
        assertThat(err.toString()).contains(file + ":").contains("problem(s) in the rules");
        assertThat(code).isEqualTo(CrisisCli.EXIT_INVALID);
    }

    private static void awaitContains(StringWriter out, String text) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!out.toString().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("no \"" + text + "\" in " + out);
            }
            Thread.sleep(50);
        }
    }
}
