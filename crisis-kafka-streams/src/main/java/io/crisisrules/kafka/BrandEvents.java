package io.crisisrules.kafka;

import io.crisisrules.CrisisMonitor;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.MetricObservation;

import java.util.Set;

/** The events a brand's monitor is fed, one document each on the events topic. */
final class BrandEvents {
    static final Documents DOCUMENTS = Documents.of(Set.of(MentionCount.class, Mention.class, MetricObservation.class,
            Complaint.class));

    private BrandEvents() {
    }

    /** @throws io.crisisrules.InvalidInputException when the monitor refuses it (a count for a past interval) */
    static void push(CrisisMonitor monitor, Object event) {
        if (event instanceof MentionCount count) {
            monitor.mentionCount(count);
        } else if (event instanceof Mention mention) {
            monitor.mention(mention);
        } else if (event instanceof MetricObservation observation) {
            monitor.metric(observation);
        } else if (event instanceof Complaint complaint) {
            monitor.complaint(complaint);
        } else {
            throw new IllegalArgumentException("not a brand event: " + event.getClass().getName());
        }
    }
}
