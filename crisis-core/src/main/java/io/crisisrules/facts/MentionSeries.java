package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.MentionCount;

import java.util.List;

/**
 * The snapshot's mention counts at a regular interval, as one fact; the latest count is the one the
 * mention-spike rule scores (DET-14).
 *
 * @param counts the series, at least one count
 */
public record MentionSeries(List<MentionCount> counts) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param counts the series, at least one count
     */
    public MentionSeries {
        counts = Checks.list("counts", counts);
    }
}
