package io.crisisrules.examples.cli;

import io.crisisrules.CrisisEngine;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.json.Scenario;
import io.crisisrules.json.ScenarioFormat;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Severity;
import io.crisisrules.settings.PolicySettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judgement on the corpus of documented real crises ({@code cases/}, README "Testing a policy
 * on cases"): floors just under the agreement measured when the corpus was labelled, so that a rule
 * change that makes the engine judge real crises worse fails the build. The labels come from the
 * literature and two blind raters, never from the engine's output.
 */
class RealCaseCorpusTest {
    private static final Path CASES = Path.of("cases");

    @Test
    void the_engine_agrees_with_the_crisis_managers_on_type_cluster_severity_and_plan() {
        CrisisCliTest.Run run = CrisisCliTest.run("test", CASES.toString(), "--quiet",
                "--min-agreement", "crisisType=0.9,cluster=0.9,severity=0.9,actions=0.75");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("45 scenario(s)");
    }

    @Test
    void severities_on_real_crises_spread_over_the_three_levels_as_the_raters_did() throws IOException {
        ScenarioFormat format = new ScenarioFormat();
        CrisisEngine engine = CrisisEngine.builder().build().withOffenceHistory(OffenceHistory.none());
        Map<Severity, Integer> rated = new EnumMap<>(Severity.class);
        List<Path> files;
        try (Stream<Path> list = Files.list(CASES)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            Scenario scenario = format.read(file);
            Incident incident = engine.withSettings(PolicySettings.defaults().with(scenario.settings()))
                    .withClock(Clock.fixed(scenario.now(), ZoneOffset.UTC)).evaluate(scenario.snapshot())
                    .incident().orElseThrow();
            rated.merge(incident.severity(), 1, Integer::sum);
        }

        assertThat(rated.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(files.size());
        assertThat(rated.getOrDefault(Severity.MAJOR, 0)).as("not everything is major: %s", rated)
                .isLessThan(files.size() * 2 / 3);
        assertThat(rated.getOrDefault(Severity.MINOR, 0)).as("contained crises exist: %s", rated).isPositive();
        assertThat(rated.getOrDefault(Severity.MODERATE, 0)).as("%s", rated).isPositive();
    }
}
