package io.crisisrules.moderation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.crisisrules.InvalidInputException;
import io.crisisrules.checks.Checks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link OffenceHistory#inMemory(Duration)}: a bounded, thread-safe history in this JVM's memory,
 * on two Caffeine caches keyed by author (O(1) per offence and per lookup, whatever the number of
 * authors).
 *
 * <p>Time is event time, measured from the offences seen rather than a clock, so a replay of old
 * comments forgets exactly as the live run did. No single offence can move that time: it follows
 * the second most recent offence of a <em>different</em> author ({@link EventTime}), so one comment
 * dated a month ahead does not make every current offence look expired (MOD-04 switched off until
 * restart, the issue-19 finding). An author is forgotten {@code retention} after their latest
 * offence.
 *
 * <p>The bound is what a flood attacks: past it, a cache must forget someone, and an attacker with
 * many throwaway accounts decides who comes in. So authors are kept in two tiers of
 * {@code maxAuthors} each. One-time offenders share the first; an author's second offence moves
 * them to the second, which only repeat offenders enter. A flood of one-time offenders, however
 * large, competes in the first tier only: <b>an author with two or more offences, the latest within
 * the retention, is never forgotten to make room for others while fewer than {@code maxAuthors}
 * such authors are remembered</b> (with the default three offences to a block, that is everyone one
 * offence away from it). Within a full tier Caffeine's frequency-aware eviction (W-TinyLFU) decides.
 */
final class InMemoryOffenceHistory implements OffenceHistory {
    static final int DEFAULT_MAX_AUTHORS = 100_000;
    /** Offences from which an author is a repeat offender, kept apart from the one-time offenders. */
    static final int REPEAT_OFFENCES = 2;
    private static final int MAX_PER_AUTHOR = io.crisisrules.settings.ModerationSettings.MAX_BLOCK_AFTER_OFFENCES;

    private final Duration retention;
    private final int maxAuthors;
    private final EventTime time = new EventTime();
    /** Authors with one offence within the retention. */
    private final Cache<String, AuthorOffences> oneTime;
    /** Authors with {@link #REPEAT_OFFENCES} or more; an author is in one tier at most. */
    private final Cache<String, AuthorOffences> repeat;

    InMemoryOffenceHistory(Duration retention, int maxAuthors) {
        Checks.required("retention", retention);
        if (retention.isNegative() || retention.isZero()) {
            throw new InvalidInputException("retention", retention, "be > 0");
        }
        if (maxAuthors < 1) {
            throw new InvalidInputException("maxAuthors", maxAuthors, "be >= 1");
        }
        this.retention = retention;
        this.maxAuthors = maxAuthors;
        this.oneTime = tier(maxAuthors);
        this.repeat = tier(maxAuthors);
    }

    private Cache<String, AuthorOffences> tier(int size) {
        return Caffeine.newBuilder()
                .maximumSize(size)
                .ticker(time)
                .expireAfter(new RetentionExpiry())
                // maintenance on the calling thread: bounds hold when record returns, no pool thread
                .executor(Runnable::run)
                .build();
    }

    @Override
    public List<Offence> offencesSince(String authorId, Instant since) {
        Checks.required("authorId", authorId);
        Checks.required("since", since);
        // one-time tier first: an author moving up is put in the repeat tier before leaving this one
        AuthorOffences offences = oneTime.getIfPresent(authorId);
        if (offences == null) {
            offences = repeat.getIfPresent(authorId);
        }
        return offences == null ? List.of() : offences.since(since);
    }

    @Override
    public void record(Offence offence) {
        Checks.required("offence", offence);
        time.observe(offence.authorId(), offence.at());
        Instant forgetBefore = time.now().minus(retention);
        if (offence.at().isBefore(forgetBefore)) {
            return; // already past the window as the other authors' offences measure it
        }
        // the one-time tier's entry is the author's lock: their records are serialised, so an author
        // moves up once and is never in both tiers. compute, not get-then-put: the expiry is
        // recomputed from the author's newest offence
        oneTime.asMap().compute(offence.authorId(), (author, once) -> {
            if (once == null && repeat.getIfPresent(author) != null) {
                repeat.asMap().compute(author, (same, offences) -> {
                    AuthorOffences kept = offences == null ? new AuthorOffences() : offences;
                    kept.add(offence, forgetBefore);
                    return kept;
                });
                return null;
            }
            AuthorOffences kept = once == null ? new AuthorOffences() : once;
            kept.add(offence, forgetBefore);
            if (kept.size() >= REPEAT_OFFENCES) {
                repeat.put(author, kept);
                return null;
            }
            return kept;
        });
    }

    @Override
    public String toString() {
        return "OffenceHistory.inMemory(" + retention + ", " + maxAuthors + " authors)";
    }

    /** How long an author is remembered: until {@code retention} after their latest offence. */
    private final class RetentionExpiry implements Expiry<String, AuthorOffences> {
        @Override
        public long expireAfterCreate(String author, AuthorOffences offences, long currentTime) {
            return remaining(offences, currentTime);
        }

        @Override
        public long expireAfterUpdate(String author, AuthorOffences offences, long currentTime, long currentDuration) {
            return remaining(offences, currentTime);
        }

        @Override
        public long expireAfterRead(String author, AuthorOffences offences, long currentTime, long currentDuration) {
            return currentDuration;
        }

        private long remaining(AuthorOffences offences, long currentTime) {
            long until = EventTime.nanos(offences.latest().plus(retention));
            return Math.max(0, until - currentTime);
        }
    }

    /**
     * Event time as a Caffeine ticker, in nanoseconds since the epoch (saturated): the second most
     * recent offence time among distinct authors, never going back. One author alone, or one bad
     * timestamp, cannot move it; until a second author is seen it is the only offence time.
     */
    static final class EventTime implements Ticker {
        private Instant newest = Instant.MIN;
        private String newestAuthor;
        private Instant second = Instant.MIN;
        private Instant now = Instant.MIN;

        synchronized void observe(String author, Instant at) {
            if (at.isAfter(newest)) {
                if (!author.equals(newestAuthor)) {
                    second = newest;
                }
                newest = at;
                newestAuthor = author;
            } else if (!author.equals(newestAuthor) && at.isAfter(second)) {
                second = at;
            }
            Instant reference = second.equals(Instant.MIN) ? newest : second;
            if (reference.isAfter(now)) {
                now = reference;
            }
        }

        synchronized Instant now() {
            return now;
        }

        @Override
        public long read() {
            return nanos(now());
        }

        static long nanos(Instant instant) {
            if (instant.isBefore(Instant.EPOCH)) {
                return Long.MIN_VALUE / 2; // before any offence: nothing expires, no overflow
            }
            try {
                return Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L) + instant.getNano();
            } catch (ArithmeticException beyondYear2262) {
                return Long.MAX_VALUE / 2;
            }
        }
    }

    /** One author's offences, oldest first, at most {@link #MAX_PER_AUTHOR}. */
    private static final class AuthorOffences {
        private final List<Offence> offences = new ArrayList<>();

        synchronized void add(Offence offence, Instant forgetBefore) {
            offences.removeIf(o -> o.commentId().equals(offence.commentId()) || o.at().isBefore(forgetBefore));
            offences.add(offence);
            offences.sort(Comparator.comparing(Offence::at).thenComparing(Offence::commentId));
            while (offences.size() > MAX_PER_AUTHOR) {
                offences.remove(0);
            }
        }

        synchronized int size() {
            return offences.size();
        }

        synchronized List<Offence> since(Instant since) {
            return offences.stream().filter(o -> !o.at().isBefore(since)).toList();
        }

        synchronized Instant latest() {
            return offences.isEmpty() ? Instant.MIN : offences.get(offences.size() - 1).at();
        }
    }
}
