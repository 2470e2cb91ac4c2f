package io.crisisrules;

import io.crisisrules.checks.Checks;
import io.crisisrules.functions.MentionBaseline;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.Severity;
import io.crisisrules.model.WarningSignal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a {@link CrisisMonitor} knows, as one immutable value: taken with
 * {@link CrisisMonitor#checkpoint()}, stored (the crisis-json codec writes and reads it exactly),
 * and continued with {@link CrisisMonitor.Builder#restore(MonitorCheckpoint)}. A monitor restored
 * from a checkpoint and fed the rest of a stream reports exactly the changes the monitor it was
 * taken of would have reported: pending and firing alerts keep their counts and clear runs, a
 * notification within the cool-down stays suppressed, the open incident continues under its id,
 * and the spike baseline scores the next interval against the same history.
 *
 * <pre>{@code
 * CrisisJson json = CrisisJson.create();
 * Files.writeString(file, json.write(monitor.checkpoint()));           // between pushes: after each, or on a timer
 * // ...                                                                after a restart or on another instance
 * MonitorCheckpoint saved = json.read(file, MonitorCheckpoint.class);
 * try (CrisisMonitor restored = engine.monitor(brand).listener(listener).restore(saved).start()) {
 *     restored.mentionCount(next);                                      // goes on as if it had never stopped
 * }
 * }</pre>
 *
 * <p><b>Versioned.</b> {@link #version()} is the format of the checkpoint's content, {@value #VERSION}
 * for this library; a checkpoint of another version is rejected naming the field and the value, never
 * misread. The version changes when what a monitor keeps changes (a new spike baseline, for
 * example); the JSON format version of the codec is separate.
 *
 * <p>A checkpoint belongs to its brand: a monitor of another brand refuses it. The settings and rules
 * are not part of it: restoring into an engine with other settings continues the same state under
 * the new settings.
 *
 * @param version         the checkpoint format, {@value #VERSION}
 * @param brandId         the brand the monitor watched
 * @param mentionInterval the interval single mentions are counted in
 * @param now             the monitor's event time, or {@code null} before the first event
 * @param alerts          every alert seen, in the order they were first seen
 * @param recentFirings   by alert key, the signals that fired since the incident opened (or within
 *                        the grouping window): what the incident is classified from
 * @param lastFiringAt    when an alert last fired, or {@code null}
 * @param incident        the incident the alerts are grouped into, or {@code null}
 * @param baseline        what the spike baseline (DET-14) knows of the mention series
 * @param countsPushed    whether the host pushes mention counts itself (then single mentions are
 *                        not counted into the series)
 * @param openInterval    the interval single mentions are being counted into, or {@code null}
 * @param mentions        the single mentions still in the monitor's one-hour window, in arrival order
 * @param metrics         the latest KPI point of each metric and scope, in arrival order
 * @param complaints      the complaints within the grouping window, in arrival order
 * @param evidenceChanged whether evidence arrived since the incident was last classified
 * @param lastHourHadMentions whether the last classification saw mentions in the last hour
 */
public record MonitorCheckpoint(int version, String brandId, Duration mentionInterval, Instant now,
                                List<Alert> alerts, Map<String, WarningSignal> recentFirings, Instant lastFiringAt,
                                Incident incident, MentionBaseline.State baseline, boolean countsPushed,
                                OpenInterval openInterval, List<Mention> mentions, List<MetricObservation> metrics,
                                List<Complaint> complaints, boolean evidenceChanged, boolean lastHourHadMentions) {
    /** The checkpoint format this library writes and reads. */
    public static final int VERSION = 1;

    /**
     * Checks the version and the brand, and copies the collections.
     *
     * @param version         the checkpoint format, {@value #VERSION}
     * @param brandId         the brand the monitor watched
     * @param mentionInterval the interval single mentions are counted in
     * @param now             the monitor's event time, or {@code null} before the first event
     * @param alerts          every alert seen, in the order they were first seen
     * @param recentFirings   by alert key, the signals that fired since the incident opened (or within the grouping window): what the incident is classified from
     * @param lastFiringAt    when an alert last fired, or {@code null}
     * @param incident        the incident the alerts are grouped into, or {@code null}
     * @param baseline        what the spike baseline (DET-14) knows of the mention series
     * @param countsPushed    whether the host pushes mention counts itself (then single mentions are not counted into the series)
     * @param openInterval    the interval single mentions are being counted into, or {@code null}
     * @param mentions        the single mentions still in the monitor's one-hour window, in arrival order
     * @param metrics         the latest KPI point of each metric and scope, in arrival order
     * @param complaints      the complaints within the grouping window, in arrival order
     * @param evidenceChanged whether evidence arrived since the incident was last classified
     * @param lastHourHadMentions whether the last classification saw mentions in the last hour
     */
    public MonitorCheckpoint {
        if (version != VERSION) {
            throw new InvalidInputException("version", version, "be " + VERSION
                    + ", the checkpoint format this library reads (a checkpoint of another version cannot be continued)");
        }
        Checks.text("brandId", brandId);
        Checks.required("mentionInterval", mentionInterval);
        alerts = Checks.list("alerts", alerts);
        recentFirings = Checks.map("recentFirings", recentFirings);
        Checks.required("baseline", baseline);
        mentions = Checks.list("mentions", mentions);
        metrics = Checks.list("metrics", metrics);
        complaints = Checks.list("complaints", complaints);
        for (int i = 0; i < alerts.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (alerts.get(j).key().equals(alerts.get(i).key())) {
                    throw InvalidInputException.duplicate("alerts.key", alerts.get(i).key(), "key");
                }
            }
        }
    }

    /**
     * One alert's track (DET-18…DET-21).
     *
     * @param key               the alert key
     * @param state             its state
     * @param breaches          consecutive breaching readings while pending
     * @param lastObservedAt    start of the latest reading applied, or {@code null} before the first
     * @param clearSince        start of the current clear run while firing, or {@code null}
     * @param firingSince       when it last started firing, or {@code null}
     * @param level             its current level
     * @param signal            the latest signal read, or {@code null}
     * @param lastNotifiedAt    when it was last notified (the cool-down runs from it), or {@code null}
     * @param lastNotifiedLevel the level last notified, or {@code null}
     * @param firingNotified    whether its current firing was notified (its resolution is then notified)
     */
    public record Alert(String key, AlertState state, int breaches, Instant lastObservedAt, Instant clearSince,
                        Instant firingSince, Severity level, WarningSignal signal, Instant lastNotifiedAt,
                        Severity lastNotifiedLevel, boolean firingNotified) {
        /**
         * Checks the fields.
         *
         * @param key               the alert key
         * @param state             its state
         * @param breaches          consecutive breaching readings while pending
         * @param lastObservedAt    start of the latest reading applied, or {@code null} before the first
         * @param clearSince        start of the current clear run while firing, or {@code null}
         * @param firingSince       when it last started firing, or {@code null}
         * @param level             its current level
         * @param signal            the latest signal read, or {@code null}
         * @param lastNotifiedAt    when it was last notified (the cool-down runs from it), or {@code null}
         * @param lastNotifiedLevel the level last notified, or {@code null}
         * @param firingNotified    whether its current firing was notified (its resolution is then notified)
         */
        public Alert {
            Checks.text("key", key);
            Checks.required("state", state);
            Checks.nonNegative("breaches", breaches);
            Checks.required("level", level);
        }
    }

    /**
     * The interval single mentions are being counted into.
     *
     * @param at       its start
     * @param mentions the mentions counted so far
     */
    public record OpenInterval(Instant at, long mentions) {
        /**
         * Checks the fields.
         *
         * @param at       its start
         * @param mentions the mentions counted so far
         */
        public OpenInterval {
            Checks.required("at", at);
            Checks.nonNegative("mentions", mentions);
        }
    }
}
