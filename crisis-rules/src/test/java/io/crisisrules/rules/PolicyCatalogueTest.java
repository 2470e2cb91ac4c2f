package io.crisisrules.rules;

import io.crisisrules.rules.support.PolicyCatalogue;
import io.crisisrules.testing.CheckedInCopy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The recorded policy IDs the tests fall back on are those of the specification: {@code policy-ids.txt}
 * is generated from {@code POLICY.md} (rewritten with {@code -Dcrisis.regenerate=true}).
 */
class PolicyCatalogueTest {
    private static final Path RECORDED = Path.of("src/test/resources/policy-ids.txt");
    private static final String HEADER = """
            # The policy IDs of ../shared/POLICY.md, one per line, so that the rule catalogue is checked even
            # where the specification is not beside the project. Generated: PolicyCatalogueTest fails when they
            # drift apart, and rewrites this file with -Dcrisis.regenerate=true.
            """;

    @Test
    void the_recorded_policy_ids_are_those_of_the_specification() throws IOException {
        Optional<Set<String>> specified = PolicyCatalogue.specified();
        assumeTrue(specified.isPresent(), () -> PolicyCatalogue.location() + " is not beside the project: nothing to compare");
        assertThat(CheckedInCopy.problem(RECORDED, HEADER + String.join("\n", specified.get()) + "\n",
                CheckedInCopy.regenerating()))
                .as("policy-ids.txt against %s", PolicyCatalogue.location())
                .isNull();
    }

    @Test
    void the_recorded_copy_holds_every_family() {
        assertThat(PolicyCatalogue.recorded()).hasSizeGreaterThanOrEqualTo(70)
                .contains("DET-01", "TYP-01", "RSP-01", "MOD-01", "PLAN-01", "ORG-01");
    }
}
