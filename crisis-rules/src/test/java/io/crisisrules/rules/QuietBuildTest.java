package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host's logs hear nothing from the default rules at start-up: Drools warns at build time about
 * constraints it cannot make property-reactive, and the default rules give it no reason to.
 */
class QuietBuildTest {

    @Test
    void building_an_engine_on_the_default_rules_logs_no_warning() {
        // slf4j-simple, the tests' binding, writes WARN lines to whatever System.err is at the time.
        PrintStream hostErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            LoggerFactory.getLogger(QuietBuildTest.class).info("capture is on");
            CrisisEngine.builder().build();
        } finally {
            System.setErr(hostErr);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the build's log").contains("capture is on").doesNotContain("WARN").doesNotContain("ERROR");
    }
}
