// Why over 300 lines: options, the two runs and the per-file comparison of signals, incident, plan and moderation are one
// command; the report's text and JSON forms must list the same differences.
package io.crisisrules.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crisisrules.CrisisEngine;
import io.crisisrules.InvalidInputException;
import io.crisisrules.json.Scenario;
import io.crisisrules.json.ScenarioFormat;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Comment;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.PolicySettings;
import picocli.CommandLine;
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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code crisis diff --rules A --against B DIR…}: runs the same scenarios (JSON) and comment files
 * (JSON Lines) through two rule sets or two settings files and prints what changes, per file and
 * in total. Exit code 0 when nothing changed, 1 when anything did (so a host's CI can gate a rule
 * change on it), 2 on wrong usage or bad input (see {@link CrisisCli}). Comment files are read as
 * a stream, a chunk at a time, and at most {@code --max-listed} changes are kept per file.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Runs scenarios (*.json) and comment files (*.jsonl) with two rule sets or two settings files",
                "and prints what changes: warning signals, incident, crisis type and severity, plan actions,",
                "moderation decisions, per file and in total. The rules and settings under test are --rules and",
                "--settings; those compared against are --against and --against-settings (the default rules and",
                "settings when not given). Where a scenario has an `expect` section, each change says whether",
                "it moves toward or away from it."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:nothing changed", "1:something changed", "2:wrong usage, bad input, broken rules or settings"})
final class DiffCommand implements Callable<Integer> {
    /** Wrong usage, bad input, broken rules or settings: 1 means "changed" for this command. */
    static final int EXIT_ERROR = 2;
    private static final int CHUNK = 1000;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Scenario files (.json), comment files (.jsonl), or folders holding them.")
    List<Path> paths;

    @Option(names = "--against", paramLabel = "DIR",
            description = "A rules folder overlaid on the default rules, compared against. Repeatable.")
    List<Path> againstRules = new ArrayList<>();

    @Option(names = "--against-settings", paramLabel = "FILE",
            description = "A settings file compared against (default: the default settings).")
    Path againstSettings;

    @Option(names = "--now", paramLabel = "INSTANT",
            description = "When comment files are moderated (ISO-8601); default: the current time. Scenarios use their own.")
    Instant now;

    @Option(names = "--max-listed", defaultValue = "50", paramLabel = "N",
            description = "Changes listed per file (default: ${DEFAULT-VALUE}); every change is counted.")
    int maxListed;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Spec
    CommandSpec spec;

    /**
     * What changed in one file.
     *
     * @param file    the file
     * @param kind    {@code scenario} or {@code comments}
     * @param items   comments moderated (a comment file) or 1 (a scenario)
     * @param changed changes counted
     * @param changes the first {@code --max-listed} of them
     */
    record FileDiff(String file, String kind, long items, long changed, List<AssessmentDiff.Change> changes) {
    }

    /**
     * Over all files.
     *
     * @param files        files compared
     * @param changedFiles files with at least one change
     * @param changes      changes counted
     * @param byDimension  changes per dimension
     * @param toward       changes toward a file's expectations
     * @param away         changes away from them
     */
    record Total(int files, int changedFiles, long changes, Map<String, Long> byDimension, long toward, long away) {
    }

    /** The {@code --json} document. */
    record Report(List<FileDiff> files, Total total) {
    }

    @Override
    public Integer call() {
        if (maxListed < 0) {
            throw new InvalidInputException("--max-listed", maxListed, "be >= 0");
        }
        if (engineOptions.ruleDirectories.isEmpty() && againstRules.isEmpty() && engineOptions.settingsFile == null
                && againstSettings == null && !engineOptions.withoutDefaults) {
            throw new CommandLine.ParameterException(spec.commandLine(), "nothing to compare: give --rules and/or "
                    + "--against (rule folders), or --settings and/or --against-settings (settings files)");
        }
        ScenarioFormat format = new ScenarioFormat(limitOptions.json());
        List<Path> files = files();
        Clock commentClock = Clock.fixed(now == null ? Instant.now() : now, ZoneOffset.UTC);
        CrisisEngine after = engineOptions.engine(engineOptions.settings(Map.of()), commentClock);
        CrisisEngine before = baseline(commentClock);
        List<FileDiff> diffs = new ArrayList<>();
        for (Path file : files) {
            diffs.add(file.toString().endsWith(".jsonl") ? comments(file, format, before, after)
                    : scenario(file, format, before, after));
        }
        Total total = total(diffs);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(format.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(new Report(diffs, total)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            print(out, diffs, total);
        }
        out.flush();
        return total.changes() == 0 ? 0 : 1;
    }

    private CrisisEngine baseline(Clock clock) {
        CrisisEngine.Builder builder = CrisisEngine.builder().settings(againstSettings(Map.of())).clock(clock);
        againstRules.forEach(builder::rulesDirectory);
        builder.allowRemovedPolicies(engineOptions.allowRemoved.toArray(String[]::new));
        return builder.build();
    }

    private PolicySettings againstSettings(Map<String, String> scenarioOverrides) {
        return EngineOptions.settings(againstRules, againstSettings, scenarioOverrides);
    }

    private FileDiff scenario(Path file, ScenarioFormat format, CrisisEngine before, CrisisEngine after) {
        Scenario scenario = format.read(file);
        Clock clock = Clock.fixed(scenario.now(), ZoneOffset.UTC);
        Assessment was = before.withSettings(againstSettings(scenario.settings())).withClock(clock)
                .withOffenceHistory(OffenceHistory.none()).evaluate(scenario.snapshot());
        Assessment is = after.withSettings(engineOptions.settings(scenario.settings())).withClock(clock)
                .withOffenceHistory(OffenceHistory.none()).evaluate(scenario.snapshot());
        List<AssessmentDiff.Change> changes = AssessmentDiff.of(was, is, scenario.expectations());
        return new FileDiff(file.toString(), "scenario", 1, changes.size(),
                changes.subList(0, Math.min(maxListed, changes.size())));
    }

    /**
     * A comment file, a chunk at a time: each side moderates it as {@code crisis moderate} would,
     * with an offence history of its own (MOD-04). Lines that cannot be read are skipped, as both
     * sides would reject them alike; so is a comment whose id repeats within its chunk.
     */
    private FileDiff comments(Path file, ScenarioFormat format, CrisisEngine before, CrisisEngine after) {
        CrisisEngine was = before.withOffenceHistory(OffenceHistory.inMemory(before.settings().moderation().offenceWindow()));
        CrisisEngine is = after.withOffenceHistory(OffenceHistory.inMemory(after.settings().moderation().offenceWindow()));
        List<AssessmentDiff.Change> listed = new ArrayList<>();
        long[] counts = new long[2]; // comments, changes
        try (TextLines input = new TextLines(Files.newInputStream(file),
                (int) Math.min(Integer.MAX_VALUE - 8, format.limits().maxDocumentLength()),
                io.crisisrules.json.ReadLimits.MAX_DOCUMENT_LENGTH)) {
            List<Comment> chunk = new ArrayList<>(CHUNK);
            Set<String> ids = new HashSet<>();
            for (TextLines.Line line = input.next(); line != null; line = input.next()) {
                if (line.isBlank() || line.problem() != null) {
                    continue;
                }
                Comment comment;
                try {
                    comment = format.readCommentLine(line.text(), line.number());
                } catch (InvalidInputException e) {
                    continue;
                }
                if (!ids.add(comment.id())) {
                    continue;
                }
                chunk.add(comment);
                if (chunk.size() == CHUNK) {
                    compare(chunk, was, is, listed, counts);
                    ids.clear();
                }
            }
            compare(chunk, was, is, listed, counts);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("FILE|DIR", file.toString(), "exist");
        } catch (IOException e) {
            throw new InvalidInputException("FILE|DIR", file.toString(), "be a readable file (" + e.getMessage() + ")");
        }
        return new FileDiff(file.toString(), "comments", counts[0], counts[1], listed);
    }

    private void compare(List<Comment> chunk, CrisisEngine before, CrisisEngine after, List<AssessmentDiff.Change> listed,
                         long[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        List<AssessmentDiff.Change> changes = AssessmentDiff.ofModeration(before.moderate(chunk, ModerationContext.NONE),
                after.moderate(chunk, ModerationContext.NONE));
        counts[0] += chunk.size();
        counts[1] += changes.size();
        for (AssessmentDiff.Change change : changes) {
            if (listed.size() < maxListed) {
                listed.add(change);
            }
        }
        chunk.clear();
    }

    private static Total total(List<FileDiff> diffs) {
        Map<String, Long> byDimension = new LinkedHashMap<>();
        for (String dimension : List.of("signals", "incident", "crisisType", "severity", "actions", "moderation")) {
            byDimension.put(dimension, 0L);
        }
        long changes = 0;
        long toward = 0;
        long away = 0;
        int changedFiles = 0;
        for (FileDiff diff : diffs) {
            changes += diff.changed();
            changedFiles += diff.changed() > 0 ? 1 : 0;
            if (diff.kind().equals("comments")) {
                byDimension.merge("moderation", diff.changed(), Long::sum);
            }
            for (AssessmentDiff.Change change : diff.changes()) {
                if (diff.kind().equals("scenario")) {
                    byDimension.merge(change.dimension(), 1L, Long::sum);
                }
                toward += change.direction() == AssessmentDiff.Direction.toward ? 1 : 0;
                away += change.direction() == AssessmentDiff.Direction.away ? 1 : 0;
            }
        }
        return new Total(diffs.size(), changedFiles, changes, byDimension, toward, away);
    }

    private static void print(PrintWriter out, List<FileDiff> diffs, Total total) {
        for (FileDiff diff : diffs) {
            String items = diff.kind().equals("comments") ? " in " + diff.items() + " comment(s)" : "";
            out.printf("%s  %s  %d change(s)%s%n", diff.changed() == 0 ? "same   " : "CHANGED", diff.file(),
                    diff.changed(), items);
            for (AssessmentDiff.Change change : diff.changes()) {
                out.printf("      %s%s: %s -> %s%s%n", change.dimension(),
                        change.subject().isEmpty() ? "" : " " + change.subject(), change.before(), change.after(),
                        change.direction() == null ? "" : "  (" + (change.direction() == AssessmentDiff.Direction.away ? "away from" : "toward") + " the expectation)");
            }
            if (diff.changes().size() < diff.changed()) {
                out.printf("      ... and %d more%n", diff.changed() - diff.changes().size());
            }
        }
        List<String> cells = new ArrayList<>();
        total.byDimension().forEach((dimension, count) -> {
            if (count > 0) {
                cells.add(dimension + " " + count);
            }
        });
        out.printf("%d file(s), %d changed; %d change(s)%s; %d toward and %d away from expectations%n",
                total.files(), total.changedFiles(), total.changes(),
                cells.isEmpty() ? "" : " (" + String.join(", ", cells) + ")", total.toward(), total.away());
    }

    /** Named files as given; folders contribute their .json and .jsonl files, sorted. */
    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> (p.toString().endsWith(".json") || p.toString().endsWith(".jsonl"))
                            && Files.isRegularFile(p)).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new InvalidInputException("FILE|DIR", path.toString(), "be a readable folder (" + e.getMessage() + ")");
                }
            } else if (!Files.isRegularFile(path)) {
                throw new InvalidInputException("FILE|DIR", path.toString(), "exist");
            } else if (path.toString().endsWith(".json") || path.toString().endsWith(".jsonl")) {
                files.add(path);
            } else {
                throw new InvalidInputException("FILE|DIR", path.toString(), "be a .json scenario or a .jsonl comment file");
            }
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("FILE|DIR", paths.toString(), "hold at least one .json or .jsonl file");
        }
        return files;
    }
}
