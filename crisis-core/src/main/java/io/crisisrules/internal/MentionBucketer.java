package io.crisisrules.internal;

import io.crisisrules.InvalidInputException;
import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.functions.MentionBaseline;
import io.crisisrules.functions.SpikeScore;
import io.crisisrules.model.MentionCount;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A monitor's mention series for the spike baseline (DET-14): counts handed in per interval, or
 * single mentions counted into intervals of {@code mentionInterval}; each closed interval is scored
 * against the streamed baseline. Plain Java, no session. Not thread-safe.
 */
final class MentionBucketer {
    private final Duration mentionInterval;
    private final MentionBaseline baseline;
    private MentionBaseline.Tracker spikeBaseline;
    private Instant bucketStart;
    private long bucketCount;
    private boolean countsHandedIn;

    /**
     * @param mentionInterval the interval single mentions are counted in
     * @param baseline        the spike baseline of the detection settings
     */
    MentionBucketer(Duration mentionInterval, MentionBaseline baseline) {
        this.mentionInterval = mentionInterval;
        this.baseline = baseline;
        this.spikeBaseline = baseline.tracker();
    }

    /**
     * Admits a count handed in (to be {@link #score scored}): from now on single mentions are no
     * longer counted.
     *
     * @throws InvalidInputException if it is not after the last interval of the series
     */
    void handIn(MentionCount count) {
        Instant last = spikeBaseline.latest().orElse(null);
        if (last != null && !count.at().isAfter(last)) {
            throw new InvalidInputException("mentionCount.at", count.at(),
                    "intervals must arrive in time order, after " + last);
        }
        countsHandedIn = true;
    }

    /** @return whether the series is built from single mentions (no count was handed in) */
    boolean countsMentions() {
        return !countsHandedIn;
    }

    /**
     * Counts a single mention into its interval, after closing the intervals it ends; a mention
     * earlier than the open interval is not counted.
     *
     * @param at     the mention's time
     * @param closed told about each interval closed, in order
     */
    void count(Instant at, Consumer<MentionCount> closed) {
        closeBefore(at, closed);
        if (bucketStart == null) {
            bucketStart = floor(at);
        }
        if (!at.isBefore(bucketStart)) {
            bucketCount++;
        }
    }

    /**
     * Closes every interval that ended at or before {@code time}; each is scored (through
     * {@link #score}) by the consumer before the next one closes.
     *
     * @param closed told about each interval closed, in order
     */
    void closeBefore(Instant time, Consumer<MentionCount> closed) {
        if (bucketStart == null) {
            return;
        }
        while (!bucketStart.plus(mentionInterval).isAfter(time)) {
            MentionCount closedInterval = new MentionCount(bucketStart, bucketCount);
            bucketStart = bucketStart.plus(mentionInterval);
            bucketCount = 0;
            closed.accept(closedInterval);
        }
    }

    /** @return the interval scored against the baseline, once the baseline has enough history */
    Optional<SpikeScore> score(MentionCount count) {
        return spikeBaseline.push(count);
    }

    /** @return whether the series has no interval yet */
    boolean isEmpty() {
        return spikeBaseline.latest().isEmpty();
    }

    MentionBaseline.State baselineState() {
        return spikeBaseline.state();
    }

    /** @return the open interval of single mentions, or {@code null} */
    MonitorCheckpoint.OpenInterval openInterval() {
        return bucketStart == null ? null : new MonitorCheckpoint.OpenInterval(bucketStart, bucketCount);
    }

    /** Continues the series of a checkpoint. */
    void restore(MonitorCheckpoint checkpoint) {
        spikeBaseline = baseline.tracker(checkpoint.baseline());
        countsHandedIn = checkpoint.countsPushed();
        if (checkpoint.openInterval() != null) {
            bucketStart = checkpoint.openInterval().at();
            bucketCount = checkpoint.openInterval().mentions();
        }
    }

    private Instant floor(Instant time) {
        long length = mentionInterval.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), length) * length);
    }
}
