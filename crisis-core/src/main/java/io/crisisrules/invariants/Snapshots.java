package io.crisisrules.invariants;

import io.crisisrules.model.Incident;
import io.crisisrules.model.Snapshot;

/** What several invariant families need to know about a snapshot. */
final class Snapshots {

    private Snapshots() {
    }

    /**
     * Whether the incident is the snapshot's resolved or closed previous incident, returned as the
     * host handed it back (its type, frame and severity are the earlier evaluation's, not this one's).
     */
    static boolean handedBack(Snapshot in, Incident incident) {
        Incident previous = in.previousIncident();
        return previous != null && !previous.isOpen() && previous.id().equals(incident.id());
    }
}
