package io.crisisrules.kafka;

import io.crisisrules.CrisisMonitor;
import io.crisisrules.MonitorListener;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.SignalChange;

import java.util.ArrayList;
import java.util.List;

/**
 * A brand's monitor running in a task, with the profile it was started under and the changes it
 * reported during the current push, in the order it reported them.
 */
final class LiveMonitor implements MonitorListener {
    private final BrandProfile profile;
    private final List<Object> changes = new ArrayList<>();
    private CrisisMonitor monitor;
    private int journaled;

    LiveMonitor(BrandProfile profile) {
        this.profile = profile;
    }

    void start(CrisisMonitor started) {
        this.monitor = started;
    }

    CrisisMonitor monitor() {
        return monitor;
    }

    BrandProfile profile() {
        return profile;
    }

    /** @return how many entries the brand's journal holds since its checkpoint */
    int journaled() {
        return journaled;
    }

    void journaled(int entries) {
        this.journaled = entries;
    }

    @Override
    public void signalChanged(SignalChange change) {
        changes.add(change);
    }

    @Override
    public void incidentChanged(IncidentChange change) {
        changes.add(change);
    }

    /** @return the changes reported since the last call */
    List<Object> drainChanges() {
        List<Object> drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    void close() {
        changes.clear();
        if (monitor != null) {
            monitor.close();
        }
    }
}
