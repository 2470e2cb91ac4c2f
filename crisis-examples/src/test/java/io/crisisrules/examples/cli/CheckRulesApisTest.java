package io.crisisrules.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.crisisrules.examples.cli.CrisisCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code check-rules} and {@code --allow-rule-api}: house DRL calling System.exit is refused unless allowed (#19). */
class CheckRulesApisTest {
    @TempDir
    Path temp;

    private Path exitingRules() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules/acme"));
        Files.writeString(dir.resolve("exit.drl"), """
                package acme;
                import io.crisisrules.model.*;
                ruleflow-group "moderation"

                rule "stop the host" @policy("ACME-1")
                when
                    Comment()
                then
                    System.exit(42);
                end
                """);
        return temp.resolve("rules");
    }

    @Test
    void a_rule_calling_system_exit_fails_the_check_with_file_and_line() throws IOException {
        CrisisCliTest.Run run = run("check-rules", exitingRules().toString(), "--without-default-rules");

        assertThat(run.exitCode()).isEqualTo(CrisisCli.EXIT_INVALID);
        assertThat(run.err()).contains("acme/exit.drl:9: uses java.lang.System.exit")
                .contains("--allow-rule-api java.lang.System").doesNotContain("\tat ");
    }

    @Test
    void the_host_can_allow_it_explicitly() throws IOException {
        CrisisCliTest.Run run = run("check-rules", exitingRules().toString(), "--without-default-rules",
                "--allow-rule-api", "java.lang.System");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("stop the host");
    }
}
