package io.crisisrules.examples.cli;

import io.crisisrules.CrisisEngine;
import io.crisisrules.InvalidInputException;
import io.crisisrules.json.Scenario;
import io.crisisrules.json.ScenarioFormat;
import io.crisisrules.model.Assessment;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.PolicySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code crisis test FILE|DIR…}: evaluates scenario files that state what they expect
 * ({@code expect}) and says, per file and per expectation, what passed and what did not, then the
 * agreement per dimension over all files. Exit code 0 when every expectation is met (or, with
 * {@code --min-agreement}, when every dimension agrees at least that often, or each dimension named
 * at least as often as its floor), 1 otherwise.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Evaluates scenario files with an `expect` section and checks each expectation (crisis type,",
                "cluster, severity, actions that must and must not appear, moderation...). Folders are searched",
                "for *.json files with expectations. Prints PASS or FAIL per file with what differs, then the",
                "agreement per dimension."})
final class TestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Scenario files, or folders holding them.")
    List<Path> paths;

    @Option(names = "--min-agreement", paramLabel = "FRACTION|DIMENSION=FRACTION,...",
            description = {"Pass when each dimension agrees on at least this fraction of the files (0..1) instead of requiring every expectation;",
                    "or give a floor per dimension (crisisType=0.9,severity=0.85): dimensions not named have none."})
    String minAgreement;

    @Option(names = "--quiet", description = "Print failures and the summary only.")
    boolean quiet;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, Double> floors = minAgreement == null ? null : floors(minAgreement);
        PrintWriter out = spec.commandLine().getOut();
        ScenarioFormat format = new ScenarioFormat(limitOptions.json());
        List<Path> files = scenarioFiles(format);
        PolicySettings base = engineOptions.settings(Map.of());
        CrisisEngine engine = engineOptions.engine(base, Clock.systemUTC()).withOffenceHistory(OffenceHistory.none());

        Map<String, int[]> agreement = new LinkedHashMap<>();
        int passed = 0;
        int met = 0;
        int expectations = 0;
        for (Path file : files) {
            Scenario scenario = format.read(file);
            Assessment assessment = engine.withSettings(engineOptions.settings(scenario.settings()))
                    .withClock(Clock.fixed(scenario.now(), ZoneOffset.UTC)).evaluate(scenario.snapshot());
            List<ExpectationCheck.Result> results = ExpectationCheck.check(scenario.expectations(), assessment);
            boolean allMet = results.stream().allMatch(ExpectationCheck.Result::met);
            passed += allMet ? 1 : 0;
            for (ExpectationCheck.Result result : results) {
                int[] counts = agreement.computeIfAbsent(result.dimension(), d -> new int[2]);
                counts[0] += result.met() ? 1 : 0;
                counts[1]++;
                met += result.met() ? 1 : 0;
                expectations++;
            }
            if (!allMet || !quiet) {
                out.printf("%s  %s%s%n", allMet ? "PASS" : "FAIL", file, scenario.name().isEmpty() ? "" : "  " + scenario.name());
            }
            for (ExpectationCheck.Result result : results) {
                if (!result.met()) {
                    out.printf("      %s: expected %s, got %s%n", result.dimension(), result.expected(), result.actual());
                }
            }
        }
        out.printf("%d scenario(s): %d passed, %d failed; %d of %d expectations met%n",
                files.size(), passed, files.size() - passed, met, expectations);
        boolean enough = true;
        List<String> cells = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : agreement.entrySet()) {
            int[] counts = entry.getValue();
            double share = (double) counts[0] / counts[1];
            Double floor = floors == null ? null : floors.getOrDefault(entry.getKey(), floors.get(ANY_DIMENSION));
            enough &= floor == null || share >= floor;
            cells.add(String.format(Locale.ROOT, "%s %d/%d (%.0f %%)", entry.getKey(), counts[0], counts[1], share * 100));
        }
        if (!cells.isEmpty()) {
            out.println("agreement: " + String.join(", ", cells));
        }
        out.flush();
        if (floors != null) {
            for (String dimension : floors.keySet()) {
                if (!dimension.equals(ANY_DIMENSION) && !agreement.containsKey(dimension)) {
                    throw new InvalidInputException("--min-agreement", dimension, "name a dimension the files expect, one of "
                            + agreement.keySet());
                }
            }
        }
        boolean ok = floors == null ? passed == files.size() : enough;
        return ok ? 0 : CrisisCli.EXIT_INVALID;
    }

    private static final String ANY_DIMENSION = "*";

    /** {@code 0.9} is a floor for every dimension; {@code severity=0.85,actions=0.75} one per dimension named. */
    private static Map<String, Double> floors(String text) {
        Map<String, Double> floors = new LinkedHashMap<>();
        for (String part : text.split(",", -1)) {
            int equals = part.indexOf('=');
            String dimension = equals < 0 ? ANY_DIMENSION : part.substring(0, equals).trim();
            String value = (equals < 0 ? part : part.substring(equals + 1)).trim();
            if (dimension.isEmpty() || (equals < 0 && text.contains("="))) {
                throw new InvalidInputException("--min-agreement", text, "be a fraction or DIMENSION=FRACTION pairs separated by commas");
            }
            double floor;
            try {
                floor = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("--min-agreement", value, "be a number within [0, 1]");
            }
            if (!(floor >= 0 && floor <= 1)) {
                throw new InvalidInputException("--min-agreement", floor, "be within [0, 1]");
            }
            if (floors.put(dimension, floor) != null) {
                throw new InvalidInputException("--min-agreement", dimension, "be named once");
            }
        }
        return floors;
    }

    /** Named files must state expectations; folders contribute the files that do. */
    private List<Path> scenarioFiles(ScenarioFormat format) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
                            .filter(p -> format.read(p).expectations() != null).forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                if (Files.isRegularFile(path) && format.read(path).expectations() == null) {
                    throw new InvalidInputException("file", path.toString(), "have an expect section");
                }
                files.add(path);
            }
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("FILE|DIR", paths.toString(), "hold at least one scenario with an expect section");
        }
        return files;
    }
}
