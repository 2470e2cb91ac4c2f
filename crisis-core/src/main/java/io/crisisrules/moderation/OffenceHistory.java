package io.crisisrules.moderation;

import io.crisisrules.checks.Checks;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the engine reads and records authors' offences, to block repeat offenders (MOD-04: by
 * default 3 deleted comments within 30 days; never a first offence).
 *
 * <p>A host implements this over its own storage (a table of moderation actions, a cache shared by
 * its nodes) and passes it to {@link io.crisisrules.CrisisEngine.Builder#offenceHistory}. Before
 * deciding, the engine reads the offences of the authors whose comments the rules found offending,
 * within {@code moderation.offenceWindow} before the evaluation time; after deciding, it records an
 * {@link Offence} for every decision whose action {@link io.crisisrules.model.ModerationAction#isOffence()
 * is an offence}, so the next evaluation sees it. Implementations must be thread-safe: one engine
 * serves many threads. Two calls running at the same time see each other's offences only once
 * recorded.
 *
 * <p>The library offers {@link #inMemory(Duration)} (the engine's default: one JVM, forgets offences
 * older than its retention) and {@link #none()} (no memory between calls, for replays and what-if
 * evaluations). Offences of earlier comments of the same batch always count, whatever the history.
 */
public interface OffenceHistory {

    /**
     * @param authorId an author
     * @param since    the oldest instant of interest, inclusive
     * @return the author's offences at or after {@code since}, in any order; empty when none
     */
    List<Offence> offencesSince(String authorId, Instant since);

    /**
     * Records one offence. Recording the same author and comment twice keeps one offence.
     *
     * @param offence the offence
     */
    void record(Offence offence);

    /**
     * The offences of several authors at once; override to read them in one query. The default asks
     * {@link #offencesSince(String, Instant)} for each author.
     *
     * @param authorIds authors
     * @param since     the oldest instant of interest, inclusive
     * @return each author's offences at or after {@code since}; an author without any may be absent
     */
    default Map<String, List<Offence>> offencesSince(Collection<String> authorIds, Instant since) {
        Map<String, List<Offence>> offences = new LinkedHashMap<>();
        for (String authorId : authorIds) {
            offences.put(authorId, offencesSince(authorId, since));
        }
        return offences;
    }

    /**
     * Records several offences; override to write them in one statement. The default calls
     * {@link #record(Offence)} for each.
     *
     * @param offences the offences of one batch
     */
    default void recordAll(List<Offence> offences) {
        offences.forEach(this::record);
    }

    /**
     * A history in this JVM's memory, thread-safe and bounded, O(1) per offence and lookup: it
     * forgets an author {@code retention} after their latest offence (in event time, which no single
     * offence can move: the second most recent offence of a different author), keeps at most the 100
     * most recent offences per author (more than any block threshold needs), and at most 100,000
     * one-time offenders plus 100,000 repeat offenders (two offences or more). A flood of one-time
     * offenders only pushes out other one-time offenders: an author with two or more offences, the
     * latest within the retention, is never forgotten to make room while fewer than 100,000 such
     * authors are remembered.
     *
     * @param retention how long an offence is remembered; use at least {@code moderation.offenceWindow}
     * @return a new, empty history
     * @throws io.crisisrules.InvalidInputException if {@code retention} is not positive
     */
    static OffenceHistory inMemory(Duration retention) {
        return new InMemoryOffenceHistory(retention, InMemoryOffenceHistory.DEFAULT_MAX_AUTHORS);
    }

    /**
     * @param retention  how long an offence is remembered
     * @param maxAuthors how many one-time offenders, and apart from them how many repeat offenders,
     *                   are remembered at most (100,000 each by default); at least 1
     * @return a new, empty history; see {@link #inMemory(Duration)}
     * @throws io.crisisrules.InvalidInputException if {@code retention} is not positive or
     *                                              {@code maxAuthors} is below 1
     */
    static OffenceHistory inMemory(Duration retention, int maxAuthors) {
        return new InMemoryOffenceHistory(retention, maxAuthors);
    }

    /**
     * @return a history that remembers nothing: each call only sees the offences of its own batch,
     *         so results do not depend on earlier calls
     */
    static OffenceHistory none() {
        return NoOffenceHistory.INSTANCE;
    }

    /** Remembers nothing. */
    enum NoOffenceHistory implements OffenceHistory {
        /** The one instance. */
        INSTANCE;

        @Override
        public List<Offence> offencesSince(String authorId, Instant since) {
            return List.of();
        }

        @Override
        public void record(Offence offence) {
            Checks.required("offence", offence);
        }

        @Override
        public String toString() {
            return "OffenceHistory.none()";
        }
    }
}
