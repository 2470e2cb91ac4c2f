package io.crisisrules.settings;

import java.time.Duration;

/**
 * Alert semantics of the streaming monitor (DET-18…DET-21), as mature alerting systems define them:
 * pending before firing, hysteresis before resolving, grouping and inhibition under an open
 * incident, cool-down between notifications. Keys are {@code alerting.<component>}.
 *
 * @param spikePendingIntervals DET-18 consecutive intervals a spike must hold before it fires
 * @param spikeResolveThreshold DET-19 z-score below which a firing spike starts to resolve
 * @param resolveAfter          DET-19 how long the measure must stay below that before it resolves
 * @param groupingWindow        DET-20 how long after an incident's last firing signal new signals still join it
 * @param cooldown              DET-21 least time between two notifications of the same signal, unless it worsens
 * @param moderateSpikeRatio    DET-21 spike ratio (mentions / baseline) from which an alert is moderate
 * @param majorSpikeRatio       DET-21 spike ratio from which an alert is major
 */
public record AlertingSettings(
        @Setting(policy = "DET-18", description = "Consecutive intervals a mention spike must hold before it fires (pending until then).",
                defaultValue = "2", min = "1", max = "100")
        int spikePendingIntervals,
        @Setting(policy = "DET-19", description = "Robust z-score below which a firing spike starts to resolve (lower than the firing threshold).",
                defaultValue = "1.5", min = "0", max = "50")
        double spikeResolveThreshold,
        @Setting(policy = "DET-19", description = "How long the measure must stay below the resolve threshold before the signal resolves.",
                defaultValue = "30m", min = "0s", max = "7d")
        Duration resolveAfter,
        @Setting(policy = "DET-20", description = "How long after an incident's last firing signal new signals are still grouped into it.",
                defaultValue = "6h", min = "0s", max = "30d")
        Duration groupingWindow,
        @Setting(policy = "DET-21", description = "Least time between two notifications of the same signal, unless its severity rises.",
                defaultValue = "1h", min = "0s", max = "7d")
        Duration cooldown,
        @Setting(policy = "DET-21", description = "Mentions as a multiple of the baseline from which a spike alert is moderate.",
                defaultValue = "4", min = "1.1", max = "1000")
        double moderateSpikeRatio,
        @Setting(policy = "DET-21", description = "Mentions as a multiple of the baseline from which a spike alert is major.",
                defaultValue = "8", min = "1.1", max = "1000")
        double majorSpikeRatio) {
}
