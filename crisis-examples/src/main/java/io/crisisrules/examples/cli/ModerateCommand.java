package io.crisisrules.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crisisrules.CrisisEngine;
import io.crisisrules.InvalidInputException;
import io.crisisrules.examples.json.ScenarioFormat;
import io.crisisrules.model.Comment;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Severity;
import io.crisisrules.moderation.ModerationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code crisis moderate COMMENTS.jsonl}: one output line per input line, a decision or a rejection
 * with its reason, streaming in chunks so a file of any length runs in bounded memory.
 */
@Command(name = "moderate", mixinStandardHelpOptions = true,
        description = {"Moderates a JSON Lines file of comments (one comment object per line, as in a scenario's",
                "comments) and prints one JSON line per input line: the decision, or why the line was rejected."})
final class ModerateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "COMMENTS.jsonl", description = "One comment per line; blank lines are skipped.")
    Path commentsFile;

    @Option(names = "--now", paramLabel = "INSTANT", description = "Evaluation instant (ISO-8601); default: the current time.")
    Instant now;

    @Option(names = "--chunk", defaultValue = "1000", description = "Comments moderated together (default: ${DEFAULT-VALUE}).")
    int chunkSize;

    @Option(names = "--duplicate-window", defaultValue = "100000", paramLabel = "N",
            description = {"A comment whose id appeared in the previous N comments is rejected as a duplicate",
                    "(default: ${DEFAULT-VALUE}); the window keeps memory bounded on files of any length."})
    int duplicateWindow;

    @Option(names = "--crisis", paramLabel = "SEVERITY",
            description = {"Severity of the brand's open crisis (${COMPLETION-CANDIDATES}), if one is open: repeated",
                    "questions then go to the FAQ (MOD-07), and borderline comments to review when MAJOR (MOD-08)."})
    Severity crisis;

    private RecentIds recentIds;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Spec
    CommandSpec spec;

    private final ObjectMapper lines = new ObjectMapper().setDefaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

    /**
     * One output line: a decision or a rejection. {@code reasons} lists every rule that matched the
     * comment with its policy IDs (MOD-06); {@code rules} and {@code policyIds} are the same, flattened.
     */
    record OutputLine(long line, String commentId, String authorId, String action, Boolean provisional,
                      Boolean openCrmCase, String replyDue, List<Reason> reasons, List<String> rules,
                      List<String> policyIds, String rejected) {
    }

    /** One matching rule of a decision. */
    record Reason(String rule, List<String> policyIds) {
    }

    private record Pending(long line, Comment comment, String rejection, String knownId) {
    }

    @Override
    public Integer call() throws IOException {
        if (chunkSize < 1) {
            throw new InvalidInputException("--chunk", chunkSize, "be >= 1");
        }
        if (duplicateWindow < 1) {
            throw new InvalidInputException("--duplicate-window", duplicateWindow, "be >= 1");
        }
        recentIds = new RecentIds(duplicateWindow);
        ScenarioFormat format = new ScenarioFormat();
        CrisisEngine engine = engineOptions.engine(engineOptions.settings(Map.of()),
                now == null ? Clock.systemUTC() : Clock.fixed(now, ZoneOffset.UTC));
        PrintWriter out = spec.commandLine().getOut();
        long decided = 0;
        long rejected = 0;
        List<Pending> chunk = new ArrayList<>(chunkSize);
        try (BufferedReader reader = Files.newBufferedReader(commentsFile, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                lineNumber++;
                if (text.isBlank()) {
                    continue;
                }
                chunk.add(parse(format, lineNumber, text));
                if (chunk.size() == chunkSize) {
                    long[] counts = flush(engine, chunk, out);
                    decided += counts[0];
                    rejected += counts[1];
                }
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("COMMENTS.jsonl", commentsFile.toString(), "exist");
        }
        long[] counts = flush(engine, chunk, out);
        decided += counts[0];
        rejected += counts[1];
        spec.commandLine().getErr().printf("%d comment(s): %d decided, %d rejected%n", decided + rejected, decided,
                rejected);
        return 0;
    }

    /** The ids of the last N comments, oldest forgotten first. */
    private static final class RecentIds {
        private final int capacity;
        private final Set<String> ids = new HashSet<>();
        private final java.util.ArrayDeque<String> order = new java.util.ArrayDeque<>();

        RecentIds(int capacity) {
            this.capacity = capacity;
        }

        /** @return false when the id is among the recent ones */
        boolean add(String id) {
            if (!ids.add(id)) {
                return false;
            }
            order.addLast(id);
            if (order.size() > capacity) {
                ids.remove(order.removeFirst());
            }
            return true;
        }
    }

    private static Pending parse(ScenarioFormat format, long line, String text) {
        try {
            return new Pending(line, format.readCommentLine(text, line), null, null);
        } catch (InvalidInputException e) {
            return new Pending(line, null, e.getMessage(), idOf(text));
        }
    }

    /** The id of a rejected line, when it can still be read, so the host can match the rejection. */
    private static String idOf(String text) {
        try {
            var node = new ObjectMapper().readTree(text).get("id");
            return node != null && node.isTextual() ? node.asText() : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private long[] flush(CrisisEngine engine, List<Pending> chunk, PrintWriter out) {
        List<Comment> comments = new ArrayList<>();
        List<Pending> pending = new ArrayList<>(chunk.size());
        for (Pending item : chunk) {
            if (item.comment() != null && !recentIds.add(item.comment().id())) {
                pending.add(new Pending(item.line(), null, "id must be unique, but \"" + item.comment().id()
                        + "\" appears more than once", item.comment().id()));
            } else {
                pending.add(item);
                if (item.comment() != null) {
                    comments.add(item.comment());
                }
            }
        }
        List<ModerationDecision> decisions = comments.isEmpty() ? List.of()
                : engine.moderate(comments, crisis == null ? ModerationContext.NONE : ModerationContext.duringCrisis(crisis));
        long decided = 0;
        long rejected = 0;
        int next = 0;
        for (Pending item : pending) {
            OutputLine line;
            if (item.comment() != null) {
                ModerationDecision decision = decisions.get(next++);
                line = new OutputLine(item.line(), decision.commentId(), item.comment().authorId(),
                        decision.action().name(), decision.provisional(), decision.openCrmCase(),
                        decision.replyDue() == null ? null : decision.replyDue().toString(),
                        decision.explanation().rules().stream().map(rule -> new Reason(rule.name(), rule.policyIds()))
                                .toList(),
                        decision.explanation().ruleNames(), decision.explanation().policyIds(), null);
                decided++;
            } else {
                line = new OutputLine(item.line(), item.knownId(), null, null, null, null, null, null, null, null,
                        item.rejection());
                rejected++;
            }
            try {
                out.println(lines.writeValueAsString(line));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.flush();
        chunk.clear();
        return new long[] {decided, rejected};
    }
}
