// Why over 300 lines: streaming and resuming are one algorithm: the chunking that keeps memory bounded decides what a
// resumed run keeps, skips and rebuilds (offences, duplicate window), so they are kept together.
package io.crisisrules.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.crisisrules.CrisisEngine;
import io.crisisrules.InvalidInputException;
import io.crisisrules.json.ScenarioFormat;
import io.crisisrules.model.Comment;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Severity;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.moderation.Offence;
import picocli.CommandLine.ArgGroup;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code crisis moderate COMMENTS.jsonl}: one output line per non-blank input line, a decision or a
 * rejection with its reason, streaming in chunks so a file of any length runs in bounded memory. A
 * summary on stderr accounts for every line (decided, rejected, blank); the exit code is
 * {@link CrisisCli#EXIT_INVALID} when any line was rejected, so a pipeline cannot miss it.
 *
 * <p>Output lines are written whole, one write call each, and flushed as they are written. With
 * {@code --resume OUTPUT} a run continues a file an earlier run left (killed, or stopped with the
 * machine): the complete lines are kept, the comments they decided are skipped, and the offence
 * history and the duplicate window are rebuilt from them, so the file ends as one uninterrupted run
 * would have written it (see {@link #resume}).
 */
@Command(name = "moderate", mixinStandardHelpOptions = true,
        description = {"Moderates a JSON Lines file of comments (one comment object per line, as in a scenario's",
                "comments) and prints one JSON line per non-blank input line: the decision, or why the line was",
                "rejected. A summary line on stderr counts decided, rejected and blank lines."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every non-blank line was decided",
                "1:some lines were rejected (each still has its output line), or bad settings or rules",
                "2:wrong usage"})
final class ModerateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "COMMENTS.jsonl",
            description = "One comment per line, UTF-8; blank lines are skipped and counted in the summary.")
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

    @ArgGroup(exclusive = true)
    Destination destination;

    /** Where the output lines go instead of stdout. */
    static final class Destination {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write the output lines to FILE (replacing it) instead of stdout.")
        Path output;

        @Option(names = "--resume", paramLabel = "OUTPUT",
                description = {"Continue OUTPUT, written by an earlier run on the same file with the same options",
                        "(killed, or stopped with the machine): its complete lines are kept, a torn last line is cut",
                        "off, the comments already decided are skipped and the rest appended. A missing OUTPUT is",
                        "started; resuming a finished one changes nothing."})
        Path resume;
    }

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Spec
    CommandSpec spec;

    /** Reads the id of a rejected line, when it can still be read; forgiving where the format is strict. */
    private static final ObjectMapper ID_READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private final ObjectMapper lines = new ObjectMapper().setDefaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

    private RecentIds recentIds;
    private ScenarioFormat format;

    /**
     * One output line: a decision or a rejection. {@code reasons} lists every rule that matched the
     * comment with its policy IDs (MOD-06); {@code rules} and {@code policyIds} are the same, flattened.
     * {@code labels} are the house actions house rules attached (left out when there are none).
     */
    record OutputLine(long line, String commentId, String authorId, String action, Boolean provisional,
                      Boolean openCrmCase, String replyDue, List<Reason> reasons, List<String> rules,
                      List<String> policyIds, List<io.crisisrules.model.HouseAction> labels, String rejected) {
    }

    /** One matching rule of a decision. */
    record Reason(String rule, List<String> policyIds) {
    }

    private record Pending(long line, Comment comment, String rejection, String knownId) {
    }

    @Override
    public Integer call() {
        if (chunkSize < 1) {
            throw new InvalidInputException("--chunk", chunkSize, "be >= 1");
        }
        if (duplicateWindow < 1) {
            throw new InvalidInputException("--duplicate-window", duplicateWindow, "be >= 1");
        }
        recentIds = new RecentIds(duplicateWindow);
        format = new ScenarioFormat(limitOptions.json());
        CrisisEngine engine = engineOptions.engine(engineOptions.settings(Map.of()),
                now == null ? Clock.systemUTC() : Clock.fixed(now, ZoneOffset.UTC));
        Path outputFile = destination == null ? null
                : destination.resume != null ? destination.resume : destination.output;
        if (outputFile != null && sameFile(outputFile, commentsFile)) {
            throw new InvalidInputException(destination.resume != null ? "--resume" : "--output", outputFile.toString(),
                    "be another file than COMMENTS.jsonl");
        }
        Tally tally = new Tally();
        try (DecisionFile file = outputFile == null ? null
                : destination.resume != null ? DecisionFile.resume(outputFile) : DecisionFile.create(outputFile);
             Resumption resumed = file == null ? Resumption.NONE : new Resumption(file, chunkSize);
             TextLines input = new TextLines(Files.newInputStream(commentsFile),
                     (int) Math.min(Integer.MAX_VALUE - 8, format.limits().maxDocumentLength()),
                     io.crisisrules.json.ReadLimits.MAX_DOCUMENT_LENGTH)) {
            Output out = file != null ? new Output(file::write, resumed)
                    : new Output(line -> {
                        PrintWriter stdout = spec.commandLine().getOut();
                        stdout.print(line + "\n");
                        stdout.flush();
                    }, resumed);
            List<Pending> chunk = new ArrayList<>(chunkSize);
            List<Offence> replayedOffences = new ArrayList<>();
            long items = 0;
            for (TextLines.Line line = input.next(); line != null; line = input.next()) {
                if (line.isBlank()) {
                    tally.blank++;
                    continue;
                }
                Pending item = read(line);
                if (++items <= resumed.replayed()) {
                    replay(unique(item), resumed.next(), tally, replayedOffences);
                    if (items % chunkSize == 0) {
                        engine.offenceHistory().recordAll(List.copyOf(replayedOffences));
                        replayedOffences.clear();
                    }
                    continue;
                }
                chunk.add(item);
                if (chunk.size() == chunkSize) {
                    flush(engine, chunk, out, tally);
                }
            }
            flush(engine, chunk, out, tally);
            if (resumed.kept() > items) {
                throw new InvalidInputException("--resume", outputFile.toString(), "continue COMMENTS.jsonl, but it "
                        + "holds " + resumed.kept() + " line(s) for the " + items + " non-blank line(s) of "
                        + commentsFile);
            }
            tally.kept = resumed.kept();
            out.warnIfDiffering(spec.commandLine().getErr());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("COMMENTS.jsonl", commentsFile.toString(), "exist");
        } catch (IOException e) {
            throw new InvalidInputException("COMMENTS.jsonl", commentsFile.toString(),
                    "be a readable file (" + e.getMessage() + ")");
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(tally.summary());
        err.flush();
        return tally.rejected == 0 ? 0 : CrisisCli.EXIT_INVALID;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // then opening one of them fails and says why
        }
    }

    /** What became of the file's lines; they add up to the lines read. */
    private static final class Tally {
        long decided;
        long rejected;
        long blank;
        long firstRejectedLine;
        long kept;

        void rejected(long line) {
            if (rejected++ == 0) {
                firstRejectedLine = line;
            }
        }

        String summary() {
            String counts = "%d line(s): %d decided, %d rejected%s, %d blank skipped%s".formatted(
                    decided + rejected + blank, decided, rejected,
                    rejected == 0 ? "" : " (first at line " + firstRejectedLine + ")", blank,
                    kept == 0 ? "" : "; " + kept + " output line(s) kept from the earlier run");
            return rejected == 0 ? counts : "error: " + counts;
        }
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

    /** @return the line's comment or rejection; the line is not blank */
    private Pending read(TextLines.Line line) {
        if (line.problem() != null) {
            return new Pending(line.number(), null, line.problem(), null);
        }
        try {
            return new Pending(line.number(), format.readCommentLine(line.text(), line.number()), null, null);
        } catch (InvalidInputException e) {
            return new Pending(line.number(), null, e.getMessage(), idOf(line.text()));
        }
    }

    /** The id of a rejected line, when it can still be read, so the host can match the rejection. */
    private String idOf(String text) {
        try {
            var node = ID_READER.readTree(text).get("id");
            return node != null && node.isTextual() ? node.asText() : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    /** @return the item, or its rejection when its id is among the recent ones (which it joins otherwise) */
    private Pending unique(Pending item) {
        if (item.comment() != null && !recentIds.add(item.comment().id())) {
            return new Pending(item.line(), null, "id must be unique, but \"" + item.comment().id()
                    + "\" appears more than once", item.comment().id());
        }
        return item;
    }

    private void flush(CrisisEngine engine, List<Pending> chunk, Output out, Tally tally) {
        List<Comment> comments = new ArrayList<>();
        List<Pending> pending = new ArrayList<>(chunk.size());
        for (Pending item : chunk) {
            Pending checked = unique(item);
            pending.add(checked);
            if (checked.comment() != null) {
                comments.add(checked.comment());
            }
        }
        List<ModerationDecision> decisions = comments.isEmpty() ? List.of()
                : engine.moderate(comments, crisis == null ? ModerationContext.NONE : ModerationContext.duringCrisis(crisis));
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
                        decision.explanation().ruleNames(), decision.explanation().policyIds(),
                        decision.labels().isEmpty() ? null : decision.labels(), null);
                tally.decided++;
            } else {
                line = new OutputLine(item.line(), item.knownId(), null, null, null, null, null, null, null, null,
                        null, item.rejection());
                tally.rejected(item.line());
            }
            try {
                out.write(lines.writeValueAsString(line));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        chunk.clear();
    }

    /**
     * A comment an earlier run decided, in a chunk it finished: its line is kept, and what deciding it
     * changed is done again without the engine — its id joins the duplicate window, its offence (a
     * deletion or a block, not provisional) is recorded in the offence history at the end of its
     * chunk, as the engine records a chunk's offences — so the chunks after it are decided as they
     * would have been. The line must be this input line's, with this comment's id.
     */
    private void replay(Pending item, OutputLine kept, Tally tally, List<Offence> offences) {
        String id = item.comment() != null ? item.comment().id() : item.knownId();
        if (kept.line() != item.line() || (kept.commentId() != null && !kept.commentId().equals(id))
                || (kept.action() != null) != (item.comment() != null)) {
            throw new InvalidInputException("--resume", destination.resume.toString(), "continue COMMENTS.jsonl, but "
                    + "its output line for input line " + item.line() + " is " + describe(kept) + " where this run "
                    + (item.comment() != null ? "reads comment \"" + id + "\"" : "rejects the line")
                    + " (resume with the same file and options as the first run)");
        }
        if (item.comment() == null) {
            tally.rejected(item.line());
            return;
        }
        tally.decided++;
        if (ModerationAction.valueOf(kept.action()).isOffence() && !Boolean.TRUE.equals(kept.provisional())) {
            offences.add(new Offence(item.comment().authorId(), item.comment().id(), item.comment().postedAt()));
        }
    }

    private static String describe(OutputLine line) {
        return "for input line " + line.line() + (line.commentId() == null ? "" : ", comment \"" + line.commentId() + "\"")
                + (line.action() != null ? ", decided " + line.action() : ", rejected");
    }

    /**
     * What an earlier run left in {@code --resume OUTPUT}: its complete lines. Those of the chunks it
     * finished are {@link #replayed()}; those of the chunk it was writing when it stopped are decided
     * again with that chunk (a chunk is decided as a whole: questions are counted per chunk for MOD-07,
     * offences ordered within it for MOD-04) and kept, not written twice.
     */
    private static final class Resumption implements AutoCloseable {
        static final Resumption NONE = new Resumption();

        private final TextLines keptLines;
        private final ObjectMapper reader = new ObjectMapper();
        private final long kept;
        private final long replayed;
        private long taken;

        private Resumption() {
            this.keptLines = null;
            this.kept = 0;
            this.replayed = 0;
        }

        Resumption(DecisionFile file, int chunkSize) {
            this.kept = file.completeLines();
            this.replayed = kept / chunkSize * chunkSize;
            this.keptLines = kept == 0 ? null : file.keptLines();
        }

        long kept() {
            return kept;
        }

        long replayed() {
            return replayed;
        }

        /** @return whether the next line to write is already in the file */
        boolean hasNext() {
            return taken < kept;
        }

        /** @return the next kept line, as the file has it */
        String nextText() {
            try {
                TextLines.Line line = keptLines.next();
                taken++;
                if (line == null || line.text() == null) {
                    throw new InvalidInputException("--resume", "line " + taken, "be a line moderate wrote");
                }
                return line.text();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** @return the next kept line */
        OutputLine next() {
            String text = nextText();
            try {
                return reader.readValue(text, OutputLine.class);
            } catch (JsonProcessingException e) {
                throw new InvalidInputException("--resume", "line " + taken,
                        "be a line moderate wrote (" + e.getOriginalMessage() + ")");
            }
        }

        @Override
        public void close() throws IOException {
            if (keptLines != null) {
                keptLines.close();
            }
        }
    }

    /**
     * Writes output lines, except those an earlier run already wrote: a line decided again in the
     * chunk that run was writing is kept as the file has it; when the two differ (the first run had
     * another {@code --now}, rules or settings) the first one to differ is reported once.
     */
    private final class Output {
        private final java.util.function.Consumer<String> sink;
        private final Resumption resumed;
        private String firstDifference;

        Output(java.util.function.Consumer<String> sink, Resumption resumed) {
            this.sink = sink;
            this.resumed = resumed;
        }

        void write(String line) {
            if (!resumed.hasNext()) {
                sink.accept(line);
                return;
            }
            String kept = resumed.nextText();
            if (firstDifference == null && !kept.equals(line)) {
                firstDifference = "output line " + resumed.taken;
            }
        }

        void warnIfDiffering(PrintWriter err) {
            if (firstDifference != null) {
                err.println("warning: " + firstDifference + " as decided again differs from the one the output file "
                        + "holds, which is kept: resume with the options of the first run (--now, --chunk, --crisis, "
                        + "--rules, --settings)");
            }
        }
    }
}
