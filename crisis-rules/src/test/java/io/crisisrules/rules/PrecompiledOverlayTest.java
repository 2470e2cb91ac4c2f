package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.RuleInfo;
import io.crisisrules.internal.CompiledRules;
import io.crisisrules.internal.RuleSource;
import io.crisisrules.internal.RuleSources;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.testing.Generators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * A house overlay compiles only its own files and the default packages they change; the default
 * packages it leaves untouched come precompiled from the crisis-rules jar (issue 16: an overlay's
 * build was mostly compiling every default rule again). Building so must change nothing: the same
 * rules, and over generated snapshots the same assessments as the default engine, whether every
 * default package is included or some are compiled beside the included ones.
 */
class PrecompiledOverlayTest {
    private static final ClassLoader LOADER = PrecompiledOverlayTest.class.getClassLoader();
    private static final List<RuleSource> DEFAULTS = RuleSources.defaults(LOADER);
    private static final Clock CLOCK = Clock.fixed(Generators.DEFAULT_NOW, ZoneOffset.UTC);
    private static final int TRIES = Integer.getInteger("crisis.tries", 100);
    // matches nothing a host sends, and has neither a literal nor a setting to declare (QuietBuildTest builds on it too)
    static final String INERT = """
            package acme.audit;
            import io.crisisrules.model.Claim;
            ruleflow-group "decision"

            rule "ACME-900 A claim no host sends"
                @policy("ACME-900")
            when
                Claim(id == "acme-audit-never", source == "acme-audit-never")
            then
            end
            """;

    @TempDir
    Path house;

    private void write(String relativePath, String drl) throws IOException {
        io.crisisrules.rules.support.RuleFolders.write(house, relativePath, drl);
    }

    private CompiledRules overlay() {
        List<RuleSource> sources = RuleSources.overlay(DEFAULTS, RuleSources.directory(house));
        return CompiledRules.compileOverlay(DEFAULTS, sources, List.of(), LOADER);
    }

    private static String packageOf(RuleSource source) {
        Matcher matcher = Pattern.compile("(?m)^package\\s+([\\w.]+)").matcher(source.content());
        return matcher.find() ? matcher.group(1) : "";
    }

    private static List<String> defaultFilesOf(String packageName) {
        return DEFAULTS.stream().filter(source -> packageOf(source).equals(packageName)).map(RuleSource::origin).toList();
    }

    private static String defaultText(String path) {
        return DEFAULTS.stream().filter(source -> source.path().equals(path)).findFirst().orElseThrow().content();
    }

    @Test
    void the_precompiled_module_has_a_kie_base_for_each_default_package() throws IOException {
        String descriptor;
        try (InputStream in = LOADER.getResourceAsStream("META-INF/kmodule.xml")) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> packages = new TreeSet<>(DEFAULTS.stream().map(PrecompiledOverlayTest::packageOf).toList());
        assertThat(packages).hasSizeGreaterThan(3).allSatisfy(packageName -> assertThat(descriptor)
                .as("META-INF/kmodule.xml: a KIE base of package %s alone", packageName)
                .contains("name=\"" + packageName + ".package\" packages=\"" + packageName + "\""));
    }

    @Test
    void a_house_file_in_its_own_package_is_the_only_file_compiled() throws IOException {
        write("acme/audit.drl", INERT);
        CompiledRules rules = overlay();
        assertThat(rules.compiledFiles()).singleElement().asString().endsWith("audit.drl");
        List<String> defaults = CompiledRules.defaults(LOADER).rules().stream().map(RuleInfo::name).toList();
        assertThat(rules.rules()).extracting(RuleInfo::name).containsAll(defaults).contains("ACME-900 A claim no host sends")
                .hasSize(defaults.size() + 1);
    }

    @Test
    void replacing_a_default_file_compiles_its_package_and_no_other() throws IOException {
        write("moderation/provocation.drl", defaultText("moderation/provocation.drl"));
        CompiledRules rules = overlay();
        List<String> moderation = defaultFilesOf("io.crisisrules.rules.moderation");
        assertThat(rules.compiledFiles()).hasSize(moderation.size())
                .anySatisfy(file -> assertThat(file).endsWith("moderation/provocation.drl").doesNotStartWith("classpath:"))
                .allSatisfy(file -> assertThat(file).contains("moderation/"));
        assertThat(rules.rules()).hasSameSizeAs(CompiledRules.defaults(LOADER).rules());
    }

    @Test
    void a_house_file_naming_a_type_a_default_file_declares_is_compiled_with_that_package() throws IOException {
        write("acme/mentions.drl", """
                package acme.audit;
                import io.crisisrules.model.Mention;
                ruleflow-group "decision"

                rule "ACME-901 A mention nobody wrote"
                    @policy("ACME-901")
                when
                    Mention(channel == null, topic == null, negative, !negative)
                then
                end
                """);
        CompiledRules rules = overlay();
        assertThat(rules.compiledFiles()).hasSize(1 + defaultFilesOf("io.crisisrules.rules.monitoring").size())
                .anySatisfy(file -> assertThat(file).endsWith("monitoring/mention-window.drl"));
    }

    @Test
    void an_overlay_decides_as_the_defaults_whether_its_packages_are_included_or_compiled_beside_them()
            throws IOException {
        CrisisEngine defaults = CrisisEngine.builder().clock(CLOCK).offenceHistory(OffenceHistory.none()).build();
        write("acme/audit.drl", INERT);
        CrisisEngine included = CrisisEngine.builder().clock(CLOCK).offenceHistory(OffenceHistory.none())
                .rulesDirectory(house).build();
        // the same files under the house's name: moderation and response compiled, the others included
        write("moderation/provocation.drl", defaultText("moderation/provocation.drl"));
        String response = DEFAULTS.stream().filter(source -> packageOf(source).equals("io.crisisrules.rules.response"))
                .findFirst().orElseThrow().path();
        write(response, defaultText(response));
        CrisisEngine mixed = CrisisEngine.builder().clock(CLOCK).offenceHistory(OffenceHistory.none())
                .rulesDirectory(house).build();
        qt().withExamples(TRIES).forAll(Generators.snapshots().mix(Generators.snapshots().crisisBiased(), 50))
                .checkAssert((Snapshot snapshot) -> {
                    Assessment expected = defaults.evaluate(snapshot);
                    assertThat(included.evaluate(snapshot)).as("every default package included").isEqualTo(expected);
                    assertThat(mixed.evaluate(snapshot)).as("moderation and response compiled, the rest included")
                            .isEqualTo(expected);
                });
    }
}
