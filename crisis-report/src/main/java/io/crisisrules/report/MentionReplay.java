package io.crisisrules.report;

import io.crisisrules.InvalidInputException;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.SignalChange;

import java.util.List;

/**
 * A mention series as a {@link io.crisisrules.CrisisMonitor} saw it: every interval with its
 * baseline, band and threshold, and the alert and incident changes the monitor reported, oldest
 * first. A {@link ReplayRecorder} builds one while a replay runs; a host that keeps these elsewhere
 * can build one itself.
 *
 * @param brandId          the brand the series is about
 * @param points           the intervals, oldest first
 * @param signalChanges    the alert changes, in the order they happened
 * @param incidentChanges  the incident changes, in the order they happened
 */
public record MentionReplay(String brandId, List<ReplayPoint> points, List<SignalChange> signalChanges,
                            List<IncidentChange> incidentChanges) {

    /**
     * Creates one, copying the lists.
     *
     * @param brandId          the brand the series is about, not blank
     * @param points           the intervals, oldest first, each after the one before
     * @param signalChanges    the alert changes, in the order they happened
     * @param incidentChanges  the incident changes, in the order they happened
     * @throws InvalidInputException when the brand is blank, a list is missing or holds null, or a
     *                               point does not come after the one before
     */
    public MentionReplay {
        if (brandId == null || brandId.isBlank()) {
            throw new InvalidInputException("brandId", brandId, "be a non-blank text");
        }
        points = copy("points", points);
        signalChanges = copy("signalChanges", signalChanges);
        incidentChanges = copy("incidentChanges", incidentChanges);
        for (int i = 1; i < points.size(); i++) {
            if (!points.get(i).at().isAfter(points.get(i - 1).at())) {
                throw new InvalidInputException("points[" + i + "].at", points.get(i).at(),
                        "come after the previous point's " + points.get(i - 1).at());
            }
        }
    }

    private static <T> List<T> copy(String field, List<T> values) {
        if (values == null) {
            throw new InvalidInputException(field, null, "be given (empty if there is none)");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidInputException(field + "[" + i + "]", null, "be given");
            }
        }
        return List.copyOf(values);
    }
}
