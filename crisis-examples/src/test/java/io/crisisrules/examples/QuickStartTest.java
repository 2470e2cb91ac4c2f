package io.crisisrules.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first example is {@link QuickStart} ({@code DocumentedExamplesTest} checks the text), and it prints
 * what the README says.
 */
class QuickStartTest {

    @Test
    void the_quick_start_prints_the_incident_the_plan_and_the_decision_the_readme_shows() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(console);
        }
        String output = printed.toString(StandardCharsets.UTF_8);

        assertThat(output.lines().findFirst()).hasValue("MODERATE PRODUCT_SERVICE_CRITICISM");
        assertThat(output).contains("FIRST_RESPONSE due ").contains("c1: DELETE_AND_REPORT [MOD-01]");
    }
}
