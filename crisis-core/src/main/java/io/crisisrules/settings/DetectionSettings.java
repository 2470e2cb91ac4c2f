package io.crisisrules.settings;

import java.time.Duration;

/**
 * Thresholds of the detection rules (the DET policies of the
 * {@link io.crisisrules.model.SignalKind}s, and DET-17's grouping). Ratios are fractions: {@code 0.2} is 20 %.
 * Keys in a settings file are {@code detection.<component>}, e.g. {@code detection.roiDrop=0.25}.
 *
 * @param roiDrop                 DET-01 relative fall of ROI below its baseline
 * @param engagementShortfall     DET-02 relative shortfall of engagement against its forecast
 * @param engagementRateFloor     DET-02 engagement rate below which engagement is low whatever the forecast
 * @param negativeShare           DET-03 share of negative mentions over the window
 * @param negativeMinimum         DET-03 fewest negative items before the share counts
 * @param offerResponseShortfall  DET-04 relative shortfall of responses to an offer against forecast
 * @param cancellationMultiple    DET-05 cancellations as a multiple of their baseline
 * @param conversionFlatBand      DET-06 band around the baseline within which conversion is "flat"
 * @param resultShortfall         DET-07 relative shortfall of the main result against forecast
 * @param unsubscribeRise         DET-08 relative rise of the unsubscribe rate over baseline
 * @param acquisitionCostSurge    DET-09 relative rise of acquisition cost over baseline within one period
 * @param majorChannelShare       DET-10 share of traffic that makes a channel major
 * @param channelTrafficDrop      DET-10 relative fall of visits on a major channel
 * @param openClickDecline        DET-11 relative fall of email open or click rate
 * @param churnRise               DET-12 relative rise of churn over baseline
 * @param silentIntervals         DET-13 usual intervals without activity before a customer counts as silent
 * @param sentimentShiftPoints    DET-15 rise of the negative share over its baseline, in points (0.15 = 15 points)
 * @param strongStart             DET-16 first-period excess over forecast that counts as a strong start
 * @param fadingPeriods           DET-16 consecutive declining periods after a strong start
 * @param spikeThreshold          DET-14 robust z-score (deviations above the baseline) of a spike
 * @param spikeMinimumRatio       DET-14 mentions as a multiple of the baseline for a spike
 * @param spikeMinimumPerHour     DET-14 mentions per hour below which nothing is a spike (quiet brands)
 * @param spikeRecentWindow       DET-14 how far back the recent level of mentions looks
 * @param spikeSeasonalDays       DET-14 previous days whose same interval gives the seasonal level
 * @param spikeSeasonalWindow     DET-14 how much of each previous day, centred on the same time, gives the seasonal level
 * @param spikeSpreadWindow       DET-14 how far back the brand's usual deviations from its baseline are measured
 * @param spikeSpreadQuantile     DET-14 share of those deviations that one spread accounts for
 * @param spikeSpreadBurstsLeftOut DET-14 how many of the largest bursts of the spread window the usual extreme leaves out
 * @param spikeSpreadBurstLength  DET-14 how long each burst left out is, centred on its peak
 */
public record DetectionSettings(
        @Setting(policy = "DET-01", description = "Relative fall of ROI below its baseline that raises a signal.",
                defaultValue = "0.20", min = "0.01", max = "1")
        double roiDrop,
        @Setting(policy = "DET-02", description = "Relative shortfall of the engagement rate against its forecast.",
                defaultValue = "0.30", min = "0.01", max = "1")
        double engagementShortfall,
        @Setting(policy = "DET-02", description = "Engagement rate under which engagement is low whatever the forecast (seed 001: 0.5 %–1 % is usual).",
                defaultValue = "0.005", min = "0", max = "1")
        double engagementRateFloor,
        @Setting(policy = "DET-03", description = "Share of negative mentions over the window that counts as recurrent.",
                defaultValue = "0.40", min = "0.01", max = "1")
        double negativeShare,
        @Setting(policy = "DET-03", description = "Fewest negative mentions before their share counts.",
                defaultValue = "20", min = "1")
        int negativeMinimum,
        @Setting(policy = "DET-04", description = "Relative shortfall of responses or clicks on an offer against forecast.",
                defaultValue = "0.50", min = "0.01", max = "1")
        double offerResponseShortfall,
        @Setting(policy = "DET-05", description = "Cancellations as a multiple of their baseline rate (an abnormal peak).",
                defaultValue = "2.0", min = "1.01", max = "100")
        double cancellationMultiple,
        @Setting(policy = "DET-06", description = "Band around its baseline within which the conversion rate is flat.",
                defaultValue = "0.05", min = "0", max = "0.5")
        double conversionFlatBand,
        @Setting(policy = "DET-07", description = "Relative shortfall of the campaign's main result against forecast.",
                defaultValue = "0.25", min = "0.01", max = "1")
        double resultShortfall,
        @Setting(policy = "DET-08", description = "Relative rise of the unsubscribe rate over its baseline.",
                defaultValue = "0.50", min = "0.01", max = "100")
        double unsubscribeRise,
        @Setting(policy = "DET-09", description = "Relative rise of the cost of acquisition over its baseline within one period.",
                defaultValue = "0.50", min = "0.01", max = "100")
        double acquisitionCostSurge,
        @Setting(policy = "DET-10", description = "Share of traffic a channel carries to count as a major channel.",
                defaultValue = "0.20", min = "0", max = "1")
        double majorChannelShare,
        @Setting(policy = "DET-10", description = "Relative fall of visits on a major channel.",
                defaultValue = "0.25", min = "0.01", max = "1")
        double channelTrafficDrop,
        @Setting(policy = "DET-11", description = "Relative fall of the email open or click rate.",
                defaultValue = "0.20", min = "0.01", max = "1")
        double openClickDecline,
        @Setting(policy = "DET-12", description = "Relative rise of the churn rate over its baseline.",
                defaultValue = "0.30", min = "0.01", max = "100")
        double churnRise,
        @Setting(policy = "DET-13", description = "Usual purchase or visit intervals without activity before a customer counts as silent.",
                defaultValue = "2.0", min = "1", max = "100")
        double silentIntervals,
        @Setting(policy = "DET-15", description = "Rise of the negative share of mentions over its baseline, in points (0.15 = 15 points).",
                defaultValue = "0.15", min = "0.01", max = "1")
        double sentimentShiftPoints,
        @Setting(policy = "DET-16", description = "Excess of the first period over forecast that counts as a strong start.",
                defaultValue = "0.30", min = "0.01", max = "100")
        double strongStart,
        @Setting(policy = "DET-16", description = "Consecutive declining periods after a strong start that make a fading launch.",
                defaultValue = "2", min = "1", max = "52")
        int fadingPeriods,
        @Setting(policy = "DET-14", description = "Robust z-score of a mention spike: how many usual deviations (see spikeSpreadQuantile) above the baseline.",
                defaultValue = "2.5", min = "1", max = "50")
        double spikeThreshold,
        @Setting(policy = "DET-14", description = "Mentions as a multiple of the baseline for a spike (far above normal).",
                defaultValue = "2.0", min = "1.1", max = "100")
        double spikeMinimumRatio,
        @Setting(policy = "DET-14", description = "Mentions per hour below which nothing counts as a spike (quiet brands).",
                defaultValue = "30", min = "0")
        double spikeMinimumPerHour,
        @Setting(policy = "DET-14", description = "How far back the recent level of mentions looks (median of those intervals).",
                defaultValue = "12h", min = "1h", max = "14d")
        Duration spikeRecentWindow,
        @Setting(policy = "DET-14", description = "Previous days whose same interval gives the seasonal level (daily cycle).",
                defaultValue = "7", min = "0", max = "60")
        int spikeSeasonalDays,
        @Setting(policy = "DET-14", description = "How much of each previous day, centred on the same time, the seasonal level pools (an hour of 5-minute counts is steadier than one count; never less than the interval).",
                defaultValue = "1h", min = "0s", max = "6h")
        Duration spikeSeasonalWindow,
        @Setting(policy = "DET-14", description = "How far back the brand's usual deviations from its baseline are measured (a week holds its weekly cycle).",
                defaultValue = "7d", min = "1d", max = "28d")
        Duration spikeSpreadWindow,
        @Setting(policy = "DET-14", description = "Share of the brand's deviations from its baseline that count as ordinary: the deviation reached once in 1/(1-share) intervals (once in 100 for 0.99) is at most as many usual deviations as the normal quantile of the share (2.33 for 0.99), so recurring bursts do not fire.",
                defaultValue = "0.99", min = "0.9", max = "0.9999")
        double spikeSpreadQuantile,
        @Setting(policy = "DET-14", description = "How many of the brand's largest bursts in the spread window are left out of its usual extreme (see spikeSpreadQuantile): the last crisis and the one under way, so that one crisis does not make the next one, days later, look ordinary; bursts that recur more often are still learned. 0 leaves nothing out.",
                defaultValue = "2", min = "0", max = "6")
        int spikeSpreadBurstsLeftOut,
        @Setting(policy = "DET-14", description = "How long each burst left out of the usual extreme is, centred on its peak (see spikeSpreadBurstsLeftOut).",
                defaultValue = "24h", min = "0s", max = "3d")
        Duration spikeSpreadBurstLength) {
}
