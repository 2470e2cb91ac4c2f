package io.crisisrules.kafka;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The offence store's values: one author's offences as (comment id, posting time) pairs, compact
 * and versioned by a leading byte so that a later format can still read this one.
 */
final class OffenceListSerde implements Serde<List<StoredOffence>> {
    private static final byte FORMAT = 1;

    @Override
    public Serializer<List<StoredOffence>> serializer() {
        return (topic, offences) -> {
            if (offences == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + offences.size() * 32);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(FORMAT);
                out.writeInt(offences.size());
                for (StoredOffence offence : offences) {
                    out.writeUTF(offence.commentId());
                    out.writeLong(offence.at().getEpochSecond());
                    out.writeInt(offence.at().getNano());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        };
    }

    @Override
    public Deserializer<List<StoredOffence>> deserializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
                byte format = in.readByte();
                if (format != FORMAT) {
                    throw new IllegalStateException("offence store value of format " + format + ", this library reads "
                            + FORMAT + ": written by a newer version?");
                }
                int size = in.readInt();
                List<StoredOffence> offences = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    offences.add(new StoredOffence(in.readUTF(), Instant.ofEpochSecond(in.readLong(), in.readInt())));
                }
                return offences;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
