package io.crisisrules.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.crisisrules.internal.RuleSources;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default rules use only what crisis-core exports: neither their DRL nor the classes the
 * executable model generated from it at build time reach into {@code io.crisisrules.internal} or
 * the input checks (issue 16), so they run on the module path, where those packages are closed.
 */
class RuleLayeringTest {

    @Test
    void the_precompiled_rules_depend_on_no_internal_package() {
        JavaClasses rules = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.crisisrules.rules");
        assertThat(rules.size()).as("classes generated from the DRL files").isGreaterThan(100);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.crisisrules.internal..", "io.crisisrules.checks..")
                .because("the module exports neither to the rules")
                .check(rules);
    }

    @Test
    void no_default_drl_file_names_an_internal_package() throws IOException {
        ClassLoader loader = getClass().getClassLoader();
        for (String path : RuleSources.readIndex(loader)) {
            try (InputStream in = loader.getResourceAsStream(RuleSources.DEFAULT_ROOT + path)) {
                String drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(drl).as(path).doesNotContain("io.crisisrules.internal").doesNotContain("io.crisisrules.checks");
            }
        }
    }
}
