package io.crisisrules.functions;

import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.MentionStatistics;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a crisis is happening, so that the brand answers there (RSP-09). Arithmetic for rules:
 * the channel carrying the most negative reach, else the one with the most comments.
 */
public final class Venues {

    private Venues() {
    }

    /**
     * @param mentions listening statistics (those without a channel are ignored)
     * @param comments public comments
     * @param fallback the channel to use when neither says where the crisis is
     * @return the channel with the most negative reach; else the most commented; else {@code fallback}
     */
    public static Channel primary(Collection<?> mentions, Collection<?> comments, Channel fallback) {
        Map<Channel, Long> weight = new EnumMap<>(Channel.class);
        for (Object item : mentions) {
            if (item instanceof MentionStatistics statistics && statistics.channel() != null) {
                weight.merge(statistics.channel(), statistics.negativeReach(), Long::sum);
            }
        }
        if (weight.values().stream().allMatch(w -> w == 0)) {
            weight.clear();
            for (Object item : comments) {
                if (item instanceof Comment comment) {
                    weight.merge(comment.channel(), 1L, Long::sum);
                }
            }
        }
        // between channels of equal weight, the reverse declaration order of Channel is no policy, only
        // a tie-break that gives the same channel on every run
        return weight.entrySet().stream()
                .max(Map.Entry.<Channel, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey((a, b) -> b.compareTo(a))))
                .map(Map.Entry::getKey)
                .orElse(fallback);
    }
}
