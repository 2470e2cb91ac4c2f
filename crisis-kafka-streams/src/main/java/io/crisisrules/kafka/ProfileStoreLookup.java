package io.crisisrules.kafka;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Brand profiles from the global store of the compacted profile topic. Values are kept as bytes in
 * the store and read here, so a bad profile fails its brand's events (dead letters naming the
 * field) instead of the global thread; each brand's last profile is read once until it changes.
 */
final class ProfileStoreLookup implements BrandLookup {
    private final ReadOnlyKeyValueStore<String, ValueAndTimestamp<byte[]>> store;
    private final Map<String, Read> read = new HashMap<>();

    ProfileStoreLookup(ReadOnlyKeyValueStore<String, ValueAndTimestamp<byte[]>> store) {
        this.store = store;
    }

    @Override
    public Optional<BrandProfile> find(String brandId) {
        ValueAndTimestamp<byte[]> stored = store.get(brandId);
        if (stored == null || stored.value() == null) {
            read.remove(brandId);
            return Optional.empty();
        }
        Read last = read.get(brandId);
        if (last == null || !Arrays.equals(last.bytes(), stored.value())) {
            last = new Read(stored.value(), BrandProfiles.read(stored.value()));
            read.put(brandId, last);
        }
        return Optional.of(last.profile());
    }

    private record Read(byte[] bytes, BrandProfile profile) {
    }
}
