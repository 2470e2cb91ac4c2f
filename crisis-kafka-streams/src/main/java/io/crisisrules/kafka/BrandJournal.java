package io.crisisrules.kafka;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened to each brand's monitor since its last checkpoint, one small entry per push or tick,
 * in a state store beside the checkpoints. A brand's state is its checkpoint replayed with its
 * journal: a push costs one small put instead of a whole checkpoint, and the checkpoint is rewritten
 * (and the journal cleared) only every so many entries. Both stores are written in the same
 * transaction as the changes a push reported, so under exactly-once what the store holds is always
 * what the committed output says.
 *
 * <p>The first entry after a checkpoint is the profile the brand ran under, so a journal is replayed
 * under the settings it was written with even when the profile changed meanwhile.
 */
final class BrandJournal {
    private static final byte PROFILE = 'P';
    private static final byte EVENT = 'E';
    private static final byte TICK = 'T';
    // brand ids are any non-blank string: a NUL after the id keeps "acme" from scanning "acme2"'s entries
    private static final char SEPARATOR = '\u0000';
    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, byte[]> store;

    BrandJournal(KeyValueStore<String, byte[]> store) {
        this.store = store;
    }

    /** One journal entry: the profile written after a checkpoint, an event pushed, or a tick. */
    sealed interface Entry permits Profile, Event, Tick {
    }

    /** @param document the profile, as the profile serde writes it */
    record Profile(byte[] document) implements Entry {
    }

    /** @param document the event as it came on the events topic */
    record Event(byte[] document) implements Entry {
    }

    /** @param at the instant the brand was advanced to */
    record Tick(Instant at) implements Entry {
    }

    void append(String brandId, int sequence, Entry entry) {
        store.put(key(brandId, sequence), encode(entry));
    }

    /** @return the brand's entries in the order they were appended */
    List<Entry> entries(String brandId) {
        List<Entry> entries = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.prefixScan(brandId + SEPARATOR, KEYS)) {
            all.forEachRemaining(entry -> entries.add(decode(entry.value)));
        }
        return entries;
    }

    /**
     * @return every brand with a journal: each has its profile entry from its first checkpoint on,
     *         so this reads small entries only, never a checkpoint
     */
    java.util.Set<String> brands() {
        java.util.Set<String> brands = new java.util.HashSet<>();
        String first = SEPARATOR + String.format("%010d", 0);
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            all.forEachRemaining(entry -> {
                if (entry.key.endsWith(first)) {
                    brands.add(entry.key.substring(0, entry.key.length() - first.length()));
                }
            });
        }
        return brands;
    }

    /** Deletes the brand's first {@code count} entries: those a new checkpoint includes. */
    void clear(String brandId, int count) {
        for (int sequence = 0; sequence < count; sequence++) {
            store.delete(key(brandId, sequence));
        }
    }

    private static String key(String brandId, int sequence) {
        // fixed width, so the store's byte order is the append order
        return brandId + SEPARATOR + String.format("%010d", sequence);
    }

    private static byte[] encode(Entry entry) {
        if (entry instanceof Profile profile) {
            return tagged(PROFILE, profile.document());
        }
        if (entry instanceof Event event) {
            return tagged(EVENT, event.document());
        }
        return ByteBuffer.allocate(1 + Long.BYTES).put(TICK).putLong(((Tick) entry).at().toEpochMilli()).array();
    }

    private static byte[] tagged(byte tag, byte[] document) {
        byte[] bytes = new byte[document.length + 1];
        bytes[0] = tag;
        System.arraycopy(document, 0, bytes, 1, document.length);
        return bytes;
    }

    private static Entry decode(byte[] bytes) {
        byte[] document = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        return switch (bytes[0]) {
            case PROFILE -> new Profile(document);
            case EVENT -> new Event(document);
            case TICK -> new Tick(Instant.ofEpochMilli(ByteBuffer.wrap(bytes, 1, Long.BYTES).getLong()));
            default -> throw new IllegalStateException("journal entry of an unknown kind: " + bytes[0]);
        };
    }
}
