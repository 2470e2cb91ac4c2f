package io.crisisrules;

import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.SignalChange;

/**
 * What a {@link CrisisMonitor} tells its host, synchronously, on the thread that pushed the event
 * which caused the change. Both methods do nothing by default. A listener that throws aborts the
 * push that called it; the monitor's state is already updated by then.
 */
public interface MonitorListener {

    /** A listener that ignores everything, for hosts that poll the monitor instead. */
    MonitorListener NONE = new MonitorListener() {
    };

    /**
     * An alert moved to another state, or a firing alert rose in level (DET-18…DET-21).
     *
     * @param change the change; {@link SignalChange#notified()} says whether people should hear of it
     */
    default void signalChanged(SignalChange change) {
    }

    /**
     * The incident the alerts are grouped into opened, changed or went quiet (DET-17, DET-20, TYP-07).
     *
     * @param change the change
     */
    default void incidentChanged(IncidentChange change) {
    }
}
