package io.crisisrules.rules.support;

import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.Sector;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static io.crisisrules.rules.support.Engines.NOW;

/** Small builders for test inputs around {@link Engines#NOW}. */
public final class Fixtures {
    /** The week before {@link Engines#NOW}. */
    public static final ObservationPeriod LAST_WEEK = ObservationPeriod.of(NOW.minus(Duration.ofDays(7)),
            Duration.ofDays(7));
    /** The hour before {@link Engines#NOW}. */
    public static final ObservationPeriod LAST_HOUR = ObservationPeriod.of(NOW.minus(Duration.ofHours(1)),
            Duration.ofHours(1));

    private Fixtures() {
    }

    public static BrandContext brand() {
        return BrandContext.of("acme", Sector.RETAIL);
    }

    public static Snapshot.Builder snapshot() {
        return Snapshot.builder(brand());
    }

    public static MetricObservation againstBaseline(Metric metric, String scope, double value, double baseline) {
        return new MetricObservation(metric, scope, LAST_WEEK, value, baseline, null);
    }

    public static MetricObservation againstForecast(Metric metric, String scope, double value, double forecast) {
        return new MetricObservation(metric, scope, LAST_WEEK, value, null, forecast);
    }

    /** Mentions over the last hour on one channel. */
    public static MentionStatistics mentions(Channel channel, long mentions, long negative, long reach,
                                             long negativeReach, Double baselineNegativeShare,
                                             Map<Topic, Long> topics) {
        return new MentionStatistics(LAST_HOUR, channel, mentions, negative, reach, negativeReach,
                baselineNegativeShare, topics);
    }

    public static Comment comment(String id, String author, Set<CommentLabel> labels,
                                  Map<CommentLabel, Double> scores) {
        return new Comment(id, author, Channel.X, "text of " + id, NOW.minus(Duration.ofMinutes(30)), labels, scores,
                null);
    }

    public static Comment labelled(String id, CommentLabel... labels) {
        return comment(id, "author-" + id, Set.of(labels), Map.of());
    }

    public static Comment scored(String id, CommentLabel label, double score) {
        return comment(id, "author-" + id, Set.of(), Map.of(label, score));
    }

    public static Instant hoursAfterNow(long hours) {
        return NOW.plus(Duration.ofHours(hours));
    }
}
