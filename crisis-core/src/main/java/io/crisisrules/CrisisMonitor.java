// Why over 300 lines: the public face of the monitor: each push method with its admission rules and its Javadoc (event
// time, late events, refusals), and its builder; the work is in internal.MonitorSession.
package io.crisisrules;

import io.crisisrules.checks.Checks;
import io.crisisrules.internal.MonitorSession;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.MetricObservation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A long-lived watch over one brand: the host pushes events as they arrive and hears, through a
 * {@link MonitorListener}, when an alert becomes pending, fires or resolves and when the incident
 * they are grouped into opens or changes.
 *
 * <p>Time is <b>event time</b>: every push carries its own timestamp and moves the monitor's clock
 * forward (a pseudo clock, so a replay of last year's data behaves exactly as it did live and tests
 * need no sleeping). Push {@link #advanceTo(Instant)} when nothing happens, so quiet intervals
 * close and alerts can resolve. Events older than the monitor's clock are accepted where they make
 * sense (a late mention counts in the last-hour window while it is in it) and rejected where they
 * would rewrite history (a mention count for an interval before the latest one). An event dated
 * outside the years 1 to 9999, or later than the monitor's wall clock ({@link Builder#clock}) plus
 * the engine's {@link CrisisEngine.Builder#futureTolerance futureTolerance}, is refused with an
 * {@link InvalidInputException} and changes nothing: no single event can carry the clock out of
 * reach of the others.
 *
 * <p>Memory stays bounded however long the monitor runs: single mentions expire from working
 * memory an hour after publication, the mention series keeps only what the spike baseline looks at
 * (its recent window and seasonal days), complaints are kept for the grouping window, each KPI
 * keeps its latest point, and KPI and complaint scopes at rest are forgotten after a retention
 * and bounded in number ({@link Builder#scopes}). {@link #liveFacts()} shows it.
 *
 * <p>A rule that throws while it runs fails the push with a {@link RuleExecutionException}; the
 * event may then be half-applied, so close the monitor and start a new one.
 *
 * <pre>{@code
 * try (CrisisMonitor monitor = engine.monitor(brand)
 *         .listener(new MonitorListener() {                 // implement either method, or both
 *             public void signalChanged(SignalChange change) {
 *                 log.info("{}", change);
 *             }
 *         })
 *         .start()) {
 *     monitor.mentionCount(new MentionCount(intervalStart, 412));
 * }
 * }</pre>
 *
 * <p>{@link #checkpoint()} exports the monitor's whole state as a {@link MonitorCheckpoint}, and
 * {@link Builder#restore(MonitorCheckpoint)} starts a monitor from one, so a host can stop and
 * start again (a restart, a deployment, another instance) without losing pending alerts, the open
 * incident or the baseline, and without replaying history.
 *
 * <p>Thread-safe: pushes are serialised, and listener calls happen inside them. One monitor per
 * brand; monitors of different brands are independent.
 */
public final class CrisisMonitor implements AutoCloseable {
    private final MonitorSession session;

    CrisisMonitor(MonitorSession session) {
        this.session = session;
    }

    /**
     * Pushes the mention count of one interval of the brand's series: any regular interval, in time
     * order. It is scored against the brand's own baseline (DET-14) and drives the spike alert.
     *
     * @param count the interval start and its mentions
     * @throws InvalidInputException if {@code count} is null or not after the previous interval
     */
    public synchronized void mentionCount(MentionCount count) {
        session.mentionCount(Checks.required("count", count));
    }

    /**
     * Pushes one mention. It counts in the last-hour statistics (sentiment, reach: TYP-04) and, when
     * the host does not push counts itself, in the spike series at the monitor's mention interval.
     *
     * @param mention the mention
     * @throws InvalidInputException if {@code mention} is null or dated too far ahead (see above)
     */
    public synchronized void mention(Mention mention) {
        session.mention(Checks.required("mention", mention));
    }

    /**
     * Pushes a KPI point. The batch detection rules (the DET policy of each
     * {@link io.crisisrules.model.SignalKind}, README "signal-kinds" table) read it with the other latest
     * points; the signals they find drive alerts like spikes do.
     *
     * @param observation the point; it replaces the previous one of the same metric and scope
     * @throws InvalidInputException if {@code observation} is null or ends too far ahead (see above)
     */
    public synchronized void metric(MetricObservation observation) {
        session.metric(Checks.required("observation", observation));
    }

    /**
     * Pushes a customer complaint, kept for the grouping window as evidence of the incident's type.
     *
     * @param complaint the complaint, at its reception time
     * @throws InvalidInputException if {@code complaint} is null or its id was already pushed
     */
    public synchronized void complaint(Complaint complaint) {
        session.complaint(Checks.required("complaint", complaint));
    }

    /**
     * Moves the clock when no event arrives: closes intervals of counted mentions, expires old
     * events, lets alerts resolve and incidents go quiet.
     *
     * @param time the current event time; earlier than the clock changes nothing
     * @throws InvalidInputException if {@code time} is null or too far ahead (see above)
     */
    public synchronized void advanceTo(Instant time) {
        session.advanceTo(Checks.required("time", time));
    }

    /** @return the state of every alert seen so far, by alert key */
    public synchronized Map<String, AlertState> alertStates() {
        return session.alertStates();
    }

    /** @return the incident the alerts are currently grouped into, if any */
    public synchronized Optional<Incident> incident() {
        return session.incident();
    }

    /** @return mention statistics of the last hour of event time, if there were mentions */
    public synchronized Optional<MentionStatistics> lastHour() {
        return session.lastHour();
    }

    /** @return how many facts the monitor's session holds: bounded by the windows, not by time */
    public synchronized long liveFacts() {
        return session.liveFacts();
    }

    /** @return the monitor's event time, if any event has arrived */
    public synchronized Optional<Instant> now() {
        return session.now();
    }

    /**
     * Exports everything the monitor knows (alerts and their tracks, the spike baseline's history,
     * the open incident and what it was classified from, cool-downs, the last hour of mentions,
     * the latest KPI points, the complaints within the grouping window, the clock) as one value.
     * A monitor started with {@link Builder#restore(MonitorCheckpoint)} from it and fed the rest of
     * the stream reports exactly the changes this one would. Cheap enough to take after every push
     * or on a timer; the monitor goes on unchanged.
     *
     * @return the checkpoint
     * @throws IllegalStateException if the monitor is closed, or when called from a listener during a
     *                               push (the state is then half-updated): take it between pushes
     */
    public synchronized MonitorCheckpoint checkpoint() {
        return session.checkpoint();
    }

    /** Releases the session. Pushing afterwards throws {@link IllegalStateException}. */
    @Override
    public synchronized void close() {
        session.close();
    }

    /** Configures a {@link CrisisMonitor}; obtained from {@link CrisisEngine#monitor(BrandContext)}. */
    public static final class Builder {
        private final java.util.function.Function<Builder, CrisisMonitor> starter;
        private final BrandContext brand;
        private MonitorListener listener = MonitorListener.NONE;
        private Duration mentionInterval = Duration.ofMinutes(5);
        private boolean mentionIntervalSet;
        private MonitorCheckpoint checkpoint;
        private Duration scopeRetention = io.crisisrules.internal.MonitorSession.DEFAULT_SCOPE_RETENTION;
        private int maxScopes = io.crisisrules.internal.MonitorSession.DEFAULT_MAX_SCOPES;
        private Clock clock = Clock.systemUTC();

        Builder(BrandContext brand, java.util.function.Function<Builder, CrisisMonitor> starter) {
            this.brand = Checks.required("brand", brand);
            this.starter = starter;
        }

        /**
         * @param listener told about signal and incident changes
         * @return this builder
         */
        public Builder listener(MonitorListener listener) {
            this.listener = Checks.required("listener", listener);
            return this;
        }

        /**
         * @param interval the interval single mentions are counted in for the spike series when the
         *                 host does not push counts; 5 minutes by default, from 1 minute to 1 day
         * @return this builder
         */
        public Builder mentionInterval(Duration interval) {
            Checks.required("mentionInterval", interval);
            if (interval.compareTo(Duration.ofMinutes(1)) < 0 || interval.compareTo(Duration.ofDays(1)) > 0) {
                throw new InvalidInputException("mentionInterval", interval, "must be within [1m, 1d]");
            }
            this.mentionInterval = interval;
            this.mentionIntervalSet = true;
            return this;
        }

        /**
         * Bounds what the monitor remembers of KPI and complaint scopes (a KPI per product, complaints
         * by topic), as single mentions are bounded by their hour: a KPI point is forgotten once its
         * period ended {@code retention} ago (event time), and the alert of a KPI or complaint scope
         * once it is at rest (inactive or resolved, not notified within the cool-down, not part of
         * the open incident) and unobserved for {@code retention}. At most {@code maxScopes} KPI
         * points are held (past it the one whose period ended first goes) and at most
         * {@code maxScopes} alerts at rest (the longest unobserved go). Pending and firing alerts are
         * never forgotten. By default 7 days and 2,000.
         *
         * @param retention how long a scope at rest is remembered, from 1 hour to 366 days
         * @param maxScopes most KPI points, and most alerts at rest, from 1 to 1,000,000
         * @return this builder
         * @throws InvalidInputException if a value is out of range
         */
        public Builder scopes(Duration retention, int maxScopes) {
            Checks.required("scopes.retention", retention);
            if (retention.compareTo(Duration.ofHours(1)) < 0 || retention.compareTo(Duration.ofDays(366)) > 0) {
                throw new InvalidInputException("scopes.retention", retention, "be within [1h, 366d]");
            }
            if (maxScopes < 1 || maxScopes > 1_000_000) {
                throw new InvalidInputException("scopes.maxScopes", maxScopes, "be within [1, 1000000]");
            }
            this.scopeRetention = retention;
            this.maxScopes = maxScopes;
            return this;
        }

        /**
         * Starts the monitor where a checkpoint left off, instead of empty: its alerts, baseline,
         * incident, deadlines, cool-downs and clock. The mention interval is the checkpoint's unless
         * set otherwise (then it must be the same).
         *
         * @param checkpoint what a monitor of the same brand knew, from {@link CrisisMonitor#checkpoint()}
         * @return this builder
         * @throws InvalidInputException if {@code checkpoint} is null; {@link #start()} throws it if the
         *                               checkpoint is of another brand or mention interval
         */
        public Builder restore(MonitorCheckpoint checkpoint) {
            this.checkpoint = Checks.required("checkpoint", checkpoint);
            return this;
        }

        /**
         * The host's wall clock, which events are admitted against: one dated later than its instant
         * plus the engine's {@link CrisisEngine.Builder#futureTolerance futureTolerance} is refused
         * with an {@link InvalidInputException} and leaves the monitor unchanged. The monitor itself
         * still runs on event time. By default the system UTC clock, not the engine's clock: an engine
         * built with a fixed clock (a replay, a test) still monitors live events.
         *
         * @param clock the wall clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Checks.required("clock", clock);
            return this;
        }

        /** @return a new monitor; close it when done */
        public CrisisMonitor start() {
            return starter.apply(this);
        }

        BrandContext brand() {
            return brand;
        }

        MonitorListener listenerValue() {
            return listener;
        }

        Duration mentionIntervalValue() {
            return checkpoint != null && !mentionIntervalSet ? checkpoint.mentionInterval() : mentionInterval;
        }

        Duration scopeRetentionValue() {
            return scopeRetention;
        }

        int maxScopesValue() {
            return maxScopes;
        }

        Clock clockValue() {
            return clock;
        }

        MonitorCheckpoint checkpointValue() {
            return checkpoint;
        }
    }
}
