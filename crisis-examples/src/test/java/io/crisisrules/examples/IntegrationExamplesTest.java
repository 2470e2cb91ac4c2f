package io.crisisrules.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's examples of storing results, offences in a database and reloading rules run and print what it says. */
class IntegrationExamplesTest {

    interface Main {
        void run() throws Exception;
    }

    private static String printed(Main main) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.run();
        } finally {
            System.setOut(console);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void storing_results_reads_the_assessment_back_equal_and_continues_the_incident(@TempDir Path store) throws Exception {
        String output = printed(() -> StoringResults.main(new String[] {store.toString(),
                "scenarios/delivery-failure-bad-buzz.json"}));

        assertThat(output).contains("read back equal: true", "FIRST_RESPONSE FULFILLED",
                "rejected: actionKey must start with the kind of an action of the plan");
    }

    @Test
    void two_instances_sharing_the_database_block_the_third_offence() throws Exception {
        String output = printed(() -> DatabaseOffences.main(new String[0]));

        assertThat(output.lines()).containsExactly("instance 1: c1 -> DELETE_AND_REPORT",
                "instance 2: c2 -> DELETE_AND_REPORT", "instance 1: c3 -> BLOCK_AUTHOR");
    }

    @Test
    void reloading_keeps_the_last_good_rules_and_swaps_the_fixed_ones() throws Exception {
        String output = printed(() -> ReloadingRules.main(new String[0]));

        assertThat(output.lines()).startsWith("generation 1: IGNORE");
        assertThat(output).contains("reload swapped: false; problems: ", "generation 1: IGNORE\n",
                "reload swapped: true in ", "generation 2: DELETE_AND_REPORT");
    }
}
