package io.crisisrules.report;

import io.crisisrules.InvalidInputException;
import io.crisisrules.MonitorListener;
import io.crisisrules.functions.MentionBaseline;
import io.crisisrules.functions.SpikeScore;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.SignalChange;
import io.crisisrules.settings.DetectionSettings;
import io.crisisrules.settings.PolicySettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records a replay for a report: register it as the monitor's listener (or call it from yours) and
 * hand it every {@link MentionCount} pushed to the monitor; {@link #replay()} then holds the series
 * with the baseline, band and threshold of each interval, and the alert and incident changes.
 *
 * <pre>{@code
 * CrisisReport report = CrisisReport.builder().locale(Locale.FRENCH).build();   // immutable: share it
 * report.write(engine.evaluate(snapshot), Path.of("crisis.html"));
 *
 * ReplayRecorder recorder = new ReplayRecorder("acme", engine.settings());      // a MonitorListener
 * try (CrisisMonitor monitor = engine.monitor(brand).listener(recorder).start()) {
 *     for (MentionCount count : series) { monitor.mentionCount(count); recorder.mentionCount(count); }
 * }
 * report.write(recorder.replay(), Path.of("replay.html"));
 * }</pre>
 *
 * <p>The baseline is the one the spike rule reads ({@link MentionBaseline} with the engine's
 * detection settings); the threshold is the lowest count that meets all three DET-14 conditions
 * (z-score, ratio to the baseline, mentions per hour). Memory grows with the series: about 50 bytes
 * per interval. Thread-safe.
 */
public final class ReplayRecorder implements MonitorListener {
    private static final double SECONDS_PER_HOUR = 3600;

    private final String brandId;
    private final DetectionSettings detection;
    private final MentionBaseline.Tracker baseline;
    private final List<ReplayPoint> points = new ArrayList<>();
    private final List<SignalChange> signalChanges = new ArrayList<>();
    private final List<IncidentChange> incidentChanges = new ArrayList<>();

    /**
     * @param brandId  the brand the series is about
     * @param settings the settings of the engine whose monitor replays the series
     * @throws InvalidInputException when the brand is blank or the settings are missing
     */
    public ReplayRecorder(String brandId, PolicySettings settings) {
        if (brandId == null || brandId.isBlank()) {
            throw new InvalidInputException("brandId", brandId, "be a non-blank text");
        }
        if (settings == null) {
            throw new InvalidInputException("settings", null, "be given");
        }
        this.brandId = brandId;
        this.detection = settings.detection();
        this.baseline = MentionBaseline.of(detection).tracker();
    }

    /**
     * Records one interval, scored as the monitor scores it.
     *
     * @param count the count pushed to the monitor, after the previous one
     * @throws InvalidInputException when it is missing or not after the previous count
     */
    public synchronized void mentionCount(MentionCount count) {
        if (count == null) {
            throw new InvalidInputException("count", null, "be given");
        }
        if (!points.isEmpty() && !count.at().isAfter(points.get(points.size() - 1).at())) {
            throw new InvalidInputException("count.at", count.at(),
                    "come after the previous count's " + points.get(points.size() - 1).at());
        }
        Optional<SpikeScore> score = baseline.push(count);
        points.add(score.map(this::point).orElseGet(() -> ReplayPoint.unscored(count.at(), count.mentions())));
    }

    private ReplayPoint point(SpikeScore score) {
        double perHourMinimum = detection.spikeMinimumPerHour() * seconds(score.interval()) / SECONDS_PER_HOUR;
        double threshold = Math.max(score.baseline() + detection.spikeThreshold() * score.spread(),
                Math.max(detection.spikeMinimumRatio() * score.baseline(), perHourMinimum));
        return new ReplayPoint(score.at(), score.mentions(), score.baseline(), score.spread(), threshold);
    }

    private static double seconds(Duration interval) {
        return interval.toMillis() / 1000.0;
    }

    @Override
    public synchronized void signalChanged(SignalChange change) {
        signalChanges.add(change);
    }

    @Override
    public synchronized void incidentChanged(IncidentChange change) {
        incidentChanges.add(change);
    }

    /** @return what was recorded so far */
    public synchronized MentionReplay replay() {
        return new MentionReplay(brandId, points, signalChanges, incidentChanges);
    }
}
