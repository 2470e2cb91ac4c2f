package io.crisisrules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages' layering (issue 16): no cycle between the library's packages, nothing but the
 * facade reaches into {@code internal}, the input checks are a leaf, and Drools stays behind the
 * facade. The root package holds the facade and the exception types every package throws, so it is
 * not a slice of the cycle check; its types other than the facade must not reach into the
 * internals either. The rules' side (DRL) is checked on the precompiled rules by crisis-rules'
 * {@code RuleLayeringTest}.
 */
class LayeringTest {
    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.crisisrules");

    @Test
    void the_packages_have_no_cycle() {
        slices().matching("io.crisisrules.(*)..").should().beFreeOfCycles().check(LIBRARY);
    }

    @Test
    void only_the_facade_reaches_into_the_internals() {
        noClasses().that().resideOutsideOfPackage("io.crisisrules.internal..")
                .and().haveNameNotMatching("io\\.crisisrules\\.Crisis(Engine|Monitor)(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("io.crisisrules.internal..")
                .because("the model, facts, settings and every public package are the API; internal is not exported")
                .check(LIBRARY);
    }

    @Test
    void the_input_checks_are_a_leaf_that_needs_only_the_exception_types() {
        classes().that().resideInAPackage("io.crisisrules.checks..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "io.crisisrules.checks..")
                        .or(type(InvalidInputException.class)))
                .check(LIBRARY);
        noClasses().that().resideInAPackage("io.crisisrules.checks..")
                .should().dependOnClassesThat().resideInAnyPackage("io.crisisrules.internal..", "io.crisisrules.model..",
                        "io.crisisrules.facts..", "io.crisisrules.settings..", "io.crisisrules.moderation..")
                .check(LIBRARY);
        noClasses().that().haveFullyQualifiedName(InvalidInputException.class.getName())
                .or().haveFullyQualifiedName(CrisisRulesException.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("io.crisisrules.internal..", "io.crisisrules.checks..",
                        "io.crisisrules.model..")
                .check(LIBRARY);
    }

    @Test
    void drools_stays_behind_the_facade() {
        noClasses().that().resideOutsideOfPackage("io.crisisrules.internal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(LIBRARY);
    }

    @Test
    void the_internals_use_no_internal_drools_class() {
        classes().that().resideInAPackage("io.crisisrules.internal..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackages("org.drools..", "org.kie.internal..")
                        .or(type(org.drools.model.codegen.ExecutableModelProject.class)))
                .because("Drools' public API is org.kie.api; ExecutableModelProject selects the executable model")
                .check(LIBRARY);
    }
}
