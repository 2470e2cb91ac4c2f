package io.crisisrules.functions;

import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;

import java.util.Collection;

/** Channel shares of traffic, for telling a major channel from a minor one (DET-10). */
public final class TrafficShares {

    private TrafficShares() {
    }

    /**
     * @param channel  a {@link Metric#CHANNEL_VISITS} observation with a baseline
     * @param channels the channel-visit observations of the same period (others are ignored)
     * @return the channel's share of the baseline visits of all channels in [0, 1]; 0 without baselines
     */
    public static double baselineShare(MetricObservation channel, Collection<?> channels) {
        if (channel.baseline() == null) {
            return 0.0;
        }
        double total = 0.0;
        for (Object item : channels) {
            if (item instanceof MetricObservation other && other.metric() == Metric.CHANNEL_VISITS
                    && other.period().equals(channel.period()) && other.baseline() != null) {
                total += other.baseline();
            }
        }
        return total <= 0 ? 0.0 : channel.baseline() / total;
    }
}
