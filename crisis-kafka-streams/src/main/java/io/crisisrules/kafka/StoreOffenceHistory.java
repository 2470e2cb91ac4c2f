package io.crisisrules.kafka;

import java.util.Objects;
import io.crisisrules.moderation.Offence;
import io.crisisrules.moderation.OffenceHistory;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Authors' offences (MOD-04) in a task's key-value store, keyed by author. The comments are
 * repartitioned by author before they reach it, so every offence of an author is in the one store
 * that sees the author's next comment, whichever instance runs that task; the store's changelog
 * moves it with the task, in the same transaction as the decisions under exactly-once.
 *
 * <p>Recording the same comment twice keeps one offence (a record processed again after a crash).
 * An author's offences older than the retention, measured from the author's newest offence, are
 * dropped as new ones are recorded, and at most {@value #MAX_PER_AUTHOR} are kept: more than any
 * block threshold needs.
 */
final class StoreOffenceHistory implements OffenceHistory {
    static final int MAX_PER_AUTHOR = 100;

    private final KeyValueStore<String, List<StoredOffence>> store;
    private final Duration retention;

    StoreOffenceHistory(KeyValueStore<String, List<StoredOffence>> store, Duration retention) {
        this.store = store;
        this.retention = retention;
    }

    @Override
    public List<Offence> offencesSince(String authorId, Instant since) {
        List<StoredOffence> stored = store.get(authorId);
        if (stored == null) {
            return List.of();
        }
        List<Offence> offences = new ArrayList<>();
        for (StoredOffence offence : stored) {
            if (!offence.at().isBefore(since)) {
                offences.add(new Offence(authorId, offence.commentId(), offence.at()));
            }
        }
        return offences;
    }

    @Override
    public void record(Offence offence) {
        Objects.requireNonNull(offence, "offence");
        List<StoredOffence> stored = store.get(offence.authorId());
        List<StoredOffence> offences = stored == null ? new ArrayList<>() : new ArrayList<>(stored);
        if (offences.stream().anyMatch(known -> known.commentId().equals(offence.commentId()))) {
            return;
        }
        offences.add(new StoredOffence(offence.commentId(), offence.at()));
        offences.sort(Comparator.comparing(StoredOffence::at).thenComparing(StoredOffence::commentId));
        Instant newest = offences.get(offences.size() - 1).at();
        offences.removeIf(known -> known.at().isBefore(newest.minus(retention)));
        if (offences.size() > MAX_PER_AUTHOR) {
            offences = new ArrayList<>(offences.subList(offences.size() - MAX_PER_AUTHOR, offences.size()));
        }
        store.put(offence.authorId(), offences);
    }

    @Override
    public String toString() {
        return "offences in state store " + store.name();
    }
}
