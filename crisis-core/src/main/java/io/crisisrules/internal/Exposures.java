package io.crisisrules.internal;

import io.crisisrules.facts.ChannelExposure;
import io.crisisrules.facts.Exposure;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.MentionStatistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sums a snapshot's listening windows into the exposure facts the severity rules read: the latest
 * window of each channel, all channels together (the all-channels window when the host gives one,
 * else the sum of the channels'), and the brand's usual volume. Arithmetic, not policy.
 */
final class Exposures {
    private static final int MINIMUM_HISTORY = 3;

    private Exposures() {
    }

    record Measures(Optional<Exposure> total, List<ChannelExposure> channels) {
    }

    static Measures of(List<MentionStatistics> windows, List<MentionCount> history, BrandContext brand) {
        if (windows.isEmpty()) {
            return new Measures(Optional.empty(), List.of());
        }
        Map<Channel, List<MentionStatistics>> byChannel = new EnumMap<>(Channel.class);
        List<MentionStatistics> allChannels = new ArrayList<>();
        for (MentionStatistics window : windows) {
            if (window.channel() == null) {
                allChannels.add(window);
            } else {
                byChannel.computeIfAbsent(window.channel(), c -> new ArrayList<>()).add(window);
            }
        }
        // latest by end, then by start: a channel's windows are unique by period, so the order is total
        Comparator<MentionStatistics> byEnd = Comparator.comparing((MentionStatistics w) -> w.window().end())
                .thenComparing(w -> w.window().start());
        List<ChannelExposure> channels = new ArrayList<>();
        List<MentionStatistics> latestOfEach = new ArrayList<>();
        byChannel.forEach((channel, list) -> {
            list.sort(byEnd);
            MentionStatistics latest = list.get(list.size() - 1);
            latestOfEach.add(latest);
            double previous = list.size() < 2 ? -1 : list.get(list.size() - 2).negativeMentions()
                    / list.get(list.size() - 2).window().hours();
            channels.add(new ChannelExposure(channel, latest.negativeMentions(),
                    latest.negativeMentions() / latest.window().hours(), previous));
        });
        List<MentionStatistics> counted = allChannels.isEmpty() ? latestOfEach
                : List.of(allChannels.stream().max(byEnd).orElseThrow());
        long mentions = 0;
        long negative = 0;
        long reach = 0;
        long negativeReach = 0;
        double perHour = 0;
        double negativeReachPerHour = 0;
        for (MentionStatistics window : counted) {
            mentions += window.mentions();
            negative += window.negativeMentions();
            reach = saturatedAdd(reach, window.reach());
            negativeReach = saturatedAdd(negativeReach, window.negativeReach());
            perHour += window.mentionsPerHour();
            negativeReachPerHour += window.negativeReachPerHour();
        }
        long audience = brand.audience() == null ? -1 : brand.audience();
        Double usual = brand.usualMentionsPerHour();
        double surge = usual != null ? ratio(perHour, usual) : surgeOf(history);
        return new Measures(Optional.of(new Exposure(mentions, negative, reach, negativeReach, perHour,
                negativeReachPerHour, audience, surge)), List.copyOf(channels));
    }

    /**
     * @return the series' latest interval against the median of the ones before (one population,
     *         whatever the windows count), or -1 without enough history
     */
    static double surgeOf(List<MentionCount> history) {
        if (history.size() < MINIMUM_HISTORY + 1) {
            return -1;
        }
        List<MentionCount> sorted = new ArrayList<>(history);
        sorted.sort(null);
        long[] counts = new long[sorted.size() - 1];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = sorted.get(i).mentions();
        }
        return ratio(sorted.get(sorted.size() - 1).mentions(), median(counts));
    }

    /** @return current / usual, rounded to 12 places; against a usual of zero, the current value itself */
    private static double ratio(double current, double usual) {
        return usual == 0 ? current : Math.rint(current / usual * 1e12) / 1e12;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
