package io.crisisrules.rules;

import io.crisisrules.rules.support.PolicyCatalogue;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The recorded policy IDs the tests fall back on are those of the specification. */
class PolicyCatalogueTest {

    @Test
    void the_recorded_policy_ids_are_those_of_the_specification() {
        Optional<Set<String>> specified = PolicyCatalogue.specified();
        assumeTrue(specified.isPresent(), () -> PolicyCatalogue.location() + " is not beside the project: nothing to compare");
        assertThat(PolicyCatalogue.recorded())
                .as("policy-ids.txt against %s: update the copy when the specification changes", PolicyCatalogue.location())
                .containsExactlyElementsOf(specified.get());
    }

    @Test
    void the_recorded_copy_holds_every_family() {
        assertThat(PolicyCatalogue.recorded()).hasSizeGreaterThanOrEqualTo(70)
                .contains("DET-01", "TYP-01", "RSP-01", "MOD-01", "PLAN-01", "ORG-01");
    }
}
