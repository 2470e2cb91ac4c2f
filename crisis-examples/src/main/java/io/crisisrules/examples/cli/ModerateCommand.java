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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code crisis moderate COMMENTS.jsonl}: one output line per non-blank input line, a decision or a
 * rejection with its reason, streaming in chunks so a file of any length runs in bounded memory. A
 * summary on stderr accounts for every line (decided, rejected, blank); the exit code is
 * {@link CrisisCli#EXIT_INVALID} when any line was rejected, so a pipeline cannot miss it.
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

    private RecentIds recentIds;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Spec
    CommandSpec spec;

    /** Reads the id of a rejected line, when it can still be read; forgiving where the format is strict. */
    private static final ObjectMapper ID_READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** Strict: a new decoder reports malformed input rather than replacing it. */
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();

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
    public Integer call() {
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
        Tally tally = new Tally();
        List<Pending> chunk = new ArrayList<>(chunkSize);
        // Read as ISO-8859-1, which turns every byte into one char, then decode each line as UTF-8 on
        // its own: a line that is not UTF-8 is rejected with its number, where a UTF-8 reader would
        // stop the whole file at the first bad byte. Line breaks are the same bytes in both.
        try (BufferedReader reader = Files.newBufferedReader(commentsFile, StandardCharsets.ISO_8859_1)) {
            long lineNumber = 0;
            for (String bytes = reader.readLine(); bytes != null; bytes = reader.readLine()) {
                lineNumber++;
                Pending item = read(format, lineNumber, bytes);
                if (item == null) {
                    tally.blank++;
                    continue;
                }
                chunk.add(item);
                if (chunk.size() == chunkSize) {
                    flush(engine, chunk, out, tally);
                }
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("COMMENTS.jsonl", commentsFile.toString(), "exist");
        } catch (IOException e) {
            throw new InvalidInputException("COMMENTS.jsonl", commentsFile.toString(),
                    "be a readable file (" + e.getMessage() + ")");
        }
        flush(engine, chunk, out, tally);
        PrintWriter err = spec.commandLine().getErr();
        err.println(tally.summary());
        err.flush();
        return tally.rejected == 0 ? 0 : CrisisCli.EXIT_INVALID;
    }

    /** What became of the file's lines; they add up to the lines read. */
    private static final class Tally {
        long decided;
        long rejected;
        long blank;
        long firstRejectedLine;

        String summary() {
            String counts = "%d line(s): %d decided, %d rejected%s, %d blank skipped".formatted(
                    decided + rejected + blank, decided, rejected,
                    rejected == 0 ? "" : " (first at line " + firstRejectedLine + ")", blank);
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

    /** @return the line's comment or rejection, or {@code null} for a blank line */
    private Pending read(ScenarioFormat format, long line, String bytes) {
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(bytes.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return new Pending(line, null, "line " + line + ": not UTF-8 text (" + firstBadByte(bytes)
                    + "); save the file as UTF-8", null);
        }
        if (line == 1 && text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(1); // some editors start a UTF-8 file with one; JSON may ignore it (RFC 8259)
        }
        if (text.isBlank()) {
            return null;
        }
        try {
            return new Pending(line, format.readCommentLine(text, line), null, null);
        } catch (InvalidInputException e) {
            return new Pending(line, null, e.getMessage(), idOf(text));
        }
    }

    /** Where decoding fails, in bytes from the start of the line, and which byte it is. */
    private String firstBadByte(String bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes.getBytes(StandardCharsets.ISO_8859_1));
        CharBuffer out = CharBuffer.allocate(bytes.length());
        utf8.reset().decode(buffer, out, true);
        int at = buffer.position();
        return at < bytes.length()
                ? String.format(Locale.ROOT, "byte 0x%02X at byte %d", (int) bytes.charAt(at), at + 1)
                : "the line ends inside a character";
    }

    /** The id of a rejected line, when it can still be read, so the host can match the rejection. */
    private static String idOf(String text) {
        try {
            var node = ID_READER.readTree(text).get("id");
            return node != null && node.isTextual() ? node.asText() : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private void flush(CrisisEngine engine, List<Pending> chunk, PrintWriter out, Tally tally) {
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
                tally.decided++;
            } else {
                line = new OutputLine(item.line(), item.knownId(), null, null, null, null, null, null, null, null,
                        item.rejection());
                if (tally.rejected++ == 0) {
                    tally.firstRejectedLine = item.line();
                }
            }
            try {
                out.println(lines.writeValueAsString(line));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.flush();
        chunk.clear();
    }
}
