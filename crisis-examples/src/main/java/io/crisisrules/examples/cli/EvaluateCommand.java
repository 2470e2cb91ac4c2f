package io.crisisrules.examples.cli;

import io.crisisrules.CrisisEngine;
import io.crisisrules.json.Scenario;
import io.crisisrules.json.ScenarioFormat;
import io.crisisrules.model.Assessment;
import io.crisisrules.report.CrisisReport;
import io.crisisrules.text.PlanTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code crisis evaluate SCENARIO.json} (or {@code crisis report}): the assessment of one scenario,
 * printed, and with {@code --html} also written as an HTML page with charts.
 */
@Command(name = "evaluate", aliases = "report", mixinStandardHelpOptions = true,
        description = {"Evaluates a scenario file at its own `now` and prints the assessment;",
                "with --html OUT.html, also writes it as a self-contained HTML page with charts."})
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO.json", description = "The scenario (format: crisis-rules.schema.json).")
    Path scenarioFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "json|text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--locale", defaultValue = "en", paramLabel = "en|fr",
            description = "Language of the action titles and guidelines in the text report, and of the whole --html page (default: ${DEFAULT-VALUE}).")
    String locale;

    @Option(names = "--html", paramLabel = "OUT.html",
            description = "Also write the assessment as one self-contained HTML page (charts, offline), in --locale.")
    Path htmlFile;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioFormat json = new ScenarioFormat(limitOptions.json());
        Scenario scenario = json.read(scenarioFile);
        CrisisEngine engine = engineOptions.engine(engineOptions.settings(scenario.settings()),
                Clock.fixed(scenario.now(), ZoneOffset.UTC));
        Assessment assessment = engine.evaluate(scenario.snapshot());
        if (htmlFile != null) {
            HtmlOutput.write(htmlFile, CrisisReport.builder().locale(Locale.forLanguageTag(locale)).build().render(assessment));
        }
        if (format == OutputFormat.json) {
            spec.commandLine().getOut().println(json.write(assessment));
        } else {
            spec.commandLine().getOut().print(TextReport.of(scenario, assessment, PlanTexts.of(Locale.forLanguageTag(locale))));
        }
        return 0;
    }
}
