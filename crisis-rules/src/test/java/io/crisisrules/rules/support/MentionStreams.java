package io.crisisrules.rules.support;

import io.crisisrules.CrisisMonitor;
import io.crisisrules.MonitorListener;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.SignalChange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic mention series with a daily cycle, and a listener that records what a monitor says. */
public final class MentionStreams {
    /** Start of the synthetic history: a Monday at midnight UTC. */
    public static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    /** The series' interval. */
    public static final Duration INTERVAL = Duration.ofMinutes(5);

    private MentionStreams() {
    }

    /**
     * @param index interval number from {@link #START}
     * @return a brand's ordinary mentions in that interval: 20 at night, 80 in the afternoon
     */
    public static long ordinary(long index, Random noise) {
        double hour = (index * INTERVAL.toMinutes() / 60.0) % 24;
        double cycle = 50 - 30 * Math.cos((hour - 3) / 24 * 2 * Math.PI);
        return Math.max(0, Math.round(cycle + noise.nextGaussian() * Math.sqrt(cycle)));
    }

    /** @return the start of interval {@code index} */
    public static Instant at(long index) {
        return START.plus(INTERVAL.multipliedBy(index));
    }

    /**
     * Pushes {@code days} of ordinary traffic.
     *
     * @return the index of the next interval
     */
    public static long warmUp(CrisisMonitor monitor, int days, Random noise) {
        long intervals = Duration.ofDays(days).dividedBy(INTERVAL);
        for (long i = 0; i < intervals; i++) {
            monitor.mentionCount(new MentionCount(at(i), ordinary(i, noise)));
        }
        return intervals;
    }

    /** Records every change a monitor reports. */
    public static final class Recorder implements MonitorListener {
        public final List<SignalChange> signals = new ArrayList<>();
        public final List<IncidentChange> incidents = new ArrayList<>();

        @Override
        public void signalChanged(SignalChange change) {
            signals.add(change);
        }

        @Override
        public void incidentChanged(IncidentChange change) {
            incidents.add(change);
        }
    }
}
