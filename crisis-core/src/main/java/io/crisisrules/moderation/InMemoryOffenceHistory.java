package io.crisisrules.moderation;

import io.crisisrules.InvalidInputException;
import io.crisisrules.checks.Checks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link OffenceHistory#inMemory(Duration)}: a bounded, thread-safe history in this JVM's memory.
 * Each author's offences sit in a small list guarded by its own lock, so different authors never
 * contend; time is measured from the most recent offence seen rather than a clock, so a replay of
 * old comments forgets exactly as the live run did.
 */
final class InMemoryOffenceHistory implements OffenceHistory {
    static final int DEFAULT_MAX_AUTHORS = 100_000;
    private static final int MAX_PER_AUTHOR = io.crisisrules.settings.ModerationSettings.MAX_BLOCK_AFTER_OFFENCES;

    private final Duration retention;
    private final int maxAuthors;
    private final Map<String, AuthorOffences> byAuthor = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> latest = new AtomicReference<>(Instant.MIN);

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
    }

    @Override
    public List<Offence> offencesSince(String authorId, Instant since) {
        Checks.required("authorId", authorId);
        Checks.required("since", since);
        AuthorOffences offences = byAuthor.get(authorId);
        return offences == null ? List.of() : offences.since(since);
    }

    @Override
    public void record(Offence offence) {
        Checks.required("offence", offence);
        Instant newest = latest.accumulateAndGet(offence.at(), (a, b) -> a.isAfter(b) ? a : b);
        Instant forgetBefore = newest.minus(retention);
        if (offence.at().isBefore(forgetBefore)) {
            return;
        }
        byAuthor.computeIfAbsent(offence.authorId(), id -> new AuthorOffences()).add(offence, forgetBefore);
        if (byAuthor.size() > maxAuthors) {
            evict(forgetBefore);
        }
    }

    /** Forgets expired authors, then those whose latest offence is oldest, until within bounds. */
    private synchronized void evict(Instant forgetBefore) {
        byAuthor.entrySet().removeIf(entry -> entry.getValue().latest().isBefore(forgetBefore));
        int excess = byAuthor.size() - maxAuthors;
        if (excess > 0) {
            byAuthor.entrySet().stream()
                    .sorted(Comparator.comparing(entry -> entry.getValue().latest()))
                    .limit(excess)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(byAuthor::remove);
        }
    }

    @Override
    public String toString() {
        return "OffenceHistory.inMemory(" + retention + ", " + maxAuthors + " authors)";
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

        synchronized List<Offence> since(Instant since) {
            return offences.stream().filter(o -> !o.at().isBefore(since)).toList();
        }

        synchronized Instant latest() {
            return offences.isEmpty() ? Instant.MIN : offences.get(offences.size() - 1).at();
        }
    }
}
