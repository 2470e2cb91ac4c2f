package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host's logs hear nothing from the default rules at start-up: Drools warns at build time about
 * constraints it cannot make property-reactive, and the default rules give it no reason to. An
 * overlay's build warns of nothing else either; what it still logs is one Drools line per KIE base
 * of the precompiled module, {@code No files found for KieBase io.crisisrules.rules.<package>.package}
 * (and {@code io.crisisrules.rules.moderation}): {@code KieBuilder.buildAll} verifies every KIE base
 * of the build's dependencies, and the precompiled module has classes, no DRL, for it to find
 * ({@code AbstractKieProject.buildKnowledgePackages} in drools-compiler 10.2 warns when a base has no
 * file and the build is not incremental; no public KIE setting skips it, and SLF4J has no way for a
 * library to lower a logger's level). This test keeps those lines from hiding any other warning.
 */
class QuietBuildTest {
    private static final Pattern EMPTY_PRECOMPILED_BASE = Pattern.compile(
            "WARN org\\.drools\\.compiler\\.kie\\.builder\\.impl\\.KieProject - No files found for KieBase "
                    + "io\\.crisisrules\\.rules\\.(\\w+\\.package|moderation)$");

    @TempDir
    Path house;

    @Test
    void building_an_engine_on_the_default_rules_logs_no_warning() {
        String log = logOf(() -> CrisisEngine.builder().build());
        assertThat(log).as("the build's log").contains("capture is on").doesNotContain("WARN").doesNotContain("ERROR");
    }

    @Test
    void building_an_engine_with_a_house_overlay_logs_no_warning_but_drools_empty_precompiled_bases() throws IOException {
        Path file = Files.createDirectories(house.resolve("acme")).resolve("audit.drl");
        Files.writeString(file, PrecompiledOverlayTest.INERT); // its own package: every default one is included

        String log = logOf(() -> CrisisEngine.builder().rulesDirectory(house).build());

        List<String> others = log.lines().filter(line -> line.contains("WARN") || line.contains("ERROR"))
                .filter(line -> !EMPTY_PRECOMPILED_BASE.matcher(line).find()).toList();
        assertThat(log).as("the build's log").contains("capture is on");
        assertThat(others).as("warnings other than Drools' empty precompiled KIE bases").isEmpty();
    }

    private static String logOf(Runnable build) {
        // slf4j-simple, the tests' binding, writes WARN lines to whatever System.err is at the time.
        PrintStream hostErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            LoggerFactory.getLogger(QuietBuildTest.class).info("capture is on");
            build.run();
        } finally {
            System.setErr(hostErr);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
