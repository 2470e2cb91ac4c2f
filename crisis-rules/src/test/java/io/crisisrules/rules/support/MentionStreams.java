package io.crisisrules.rules.support;

import io.crisisrules.CrisisEngine;
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

    /**
     * Starts a monitor on {@code engine}, warms it up with eight ordinary days and forgets what the
     * warm-up reported, so a test starts at midnight of the ninth day with a clean record.
     */
    public static Feed warmedUp(CrisisEngine engine, Recorder recorder, Random noise) {
        CrisisMonitor monitor = engine.monitor(Fixtures.brand()).listener(recorder).start();
        long next = warmUp(monitor, 8, noise);
        recorder.signals.clear();
        recorder.incidents.clear();
        return new Feed(monitor, noise, next);
    }

    /** Pushes consecutive intervals into a monitor. */
    public static final class Feed {
        private final CrisisMonitor monitor;
        private final Random noise;
        private long next;

        private Feed(CrisisMonitor monitor, Random noise, long next) {
            this.monitor = monitor;
            this.noise = noise;
            this.next = next;
        }

        /** @return the monitor fed */
        public CrisisMonitor monitor() {
            return monitor;
        }

        /** @return the index of the next interval to push */
        public long next() {
            return next;
        }

        /** Pushes these counts as the next intervals. */
        public void push(long... counts) {
            for (long count : counts) {
                monitor.mentionCount(new MentionCount(at(next), count));
                next++;
            }
        }

        /** Pushes {@code intervals} of ordinary traffic. */
        public void pushOrdinary(long intervals) {
            for (long i = 0; i < intervals; i++) {
                push(ordinary(next, noise));
            }
        }
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
