package io.crisisrules.functions;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.WarningSignal;

import java.time.Duration;
import java.time.Instant;

/**
 * How far one interval's mention count stands above the brand's usual level (DET-14): the
 * arithmetic of {@link MentionBaseline}; rules decide what counts as a spike.
 *
 * @param at             start of the scored interval
 * @param interval       length of the series' intervals
 * @param mentions       mentions in the interval
 * @param perHour        the same, per hour
 * @param baseline       the usual count for such an interval, at least 1: the highest of the recent,
 *                       seasonal and weekly medians (see {@link MentionBaseline})
 * @param spread         one usual deviation from it: the larger of the brand's interquartile and
 *                       extreme deviations (as standard deviations) and the Poisson noise √max(baseline, mentions)
 * @param zScore         (mentions − baseline) / spread
 * @param ratio          mentions / baseline
 * @param recentMedian   median of the recent window, or NaN without enough recent history
 * @param seasonalMedian median of the counts around the same time on previous days, or NaN without a
 *                       previous day
 * @param weeklyMedian   median of the counts around the same time seven days before (the weekly
 *                       cycle: a busier weekend is compared with the last weekend), or NaN before a week
 * @param extremeDeviation the brand's usual extreme: the deviation from the baseline it reached once in
 *                       {@code 1 / (1 − spikeSpreadQuantile)} intervals of the spread window, its
 *                       {@code spikeSpreadBurstsLeftOut} largest bursts left out, or NaN
 *                       before there were any deviations
 * @param historyPoints  how many past intervals the baseline rests on
 */
public record SpikeScore(Instant at, Duration interval, long mentions, double perHour, double baseline, double spread, double zScore,
                         double ratio, double recentMedian, double seasonalMedian, double weeklyMedian,
                         double extremeDeviation,
                         int historyPoints) {

    /** @return the scored interval */
    public ObservationPeriod window() {
        return ObservationPeriod.of(at, interval);
    }

    /** @return the mention-spike warning signal this score describes (DET-14) */
    public WarningSignal signal() {
        return new WarningSignal(SignalKind.MENTION_SPIKE, "MENTIONS", "all", window(), mentions, baseline,
                WarningSignal.ReferenceKind.BASELINE, Checks.decimal(ratio - 1));
    }

    /** @return baseline, spread, z-score and ratio, as alert changes report them */
    public io.crisisrules.model.Deviation deviation() {
        return new io.crisisrules.model.Deviation(baseline, spread, zScore, ratio);
    }

    /** @return the start of the scored interval in milliseconds since the epoch */
    public long epochMillis() {
        return at.toEpochMilli();
    }
}
