package io.crisisrules.kafka;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The engine's clock inside a task: the timestamp of the record being processed, so that the
 * offence window is measured in event time and a replay decides as the live run did. One per task,
 * set and read on the task's stream thread.
 */
final class RecordClock extends Clock {
    private Instant now = Instant.EPOCH;

    void set(long epochMillis) {
        now = Instant.ofEpochMilli(epochMillis);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a record clock is in UTC");
    }
}
