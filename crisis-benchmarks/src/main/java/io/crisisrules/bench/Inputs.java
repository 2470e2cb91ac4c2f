package io.crisisrules.bench;

import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.Sector;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Seeded, generated inputs shared by the benchmarks and the equivalence test. */
public final class Inputs {
    /** The evaluation time of every benchmark (a fixed clock). */
    public static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    public static final ObservationPeriod LAST_WEEK = ObservationPeriod.of(NOW.minus(Duration.ofDays(7)),
            Duration.ofDays(7));
    public static final ObservationPeriod LAST_HOUR = ObservationPeriod.of(NOW.minus(Duration.ofHours(1)),
            Duration.ofHours(1));
    private static final String[] SUBJECTS = {"refund", "delivery", "recall", "opening-hours", "sizes"};
    private static final CommentLabel[] LABELS = CommentLabel.values();
    private static final Channel[] CHANNELS = {Channel.X, Channel.FACEBOOK, Channel.INSTAGRAM};

    private Inputs() {
    }

    public static BrandContext brand() {
        return BrandContext.of("acme", Sector.RETAIL);
    }

    /**
     * Comments as a classifier would score them: a third with nothing of concern, the rest with one
     * to three labels scored anywhere in [0, 1] (so every threshold band is hit), some certain labels,
     * questions about a few subjects, and authors who comment several times (MOD-04).
     *
     * @param count   how many
     * @param authors how many distinct authors
     * @param seed    the random seed
     */
    public static List<Comment> comments(int count, int authors, long seed) {
        Random random = new Random(seed);
        List<Comment> comments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Set<CommentLabel> labels = EnumSet.noneOf(CommentLabel.class);
            Map<CommentLabel, Double> scores = new EnumMap<>(CommentLabel.class);
            int kind = random.nextInt(10);
            if (kind < 3) {
                scores.put(LABELS[random.nextInt(LABELS.length)], random.nextDouble() * 0.3);
            } else if (kind == 3) {
                labels.add(LABELS[random.nextInt(LABELS.length)]);
            } else {
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    scores.put(LABELS[random.nextInt(LABELS.length)], Math.round(random.nextDouble() * 100) / 100.0);
                }
            }
            String subject = random.nextInt(3) == 0 ? SUBJECTS[random.nextInt(SUBJECTS.length)] : null;
            if (subject != null && random.nextBoolean()) {
                scores.put(CommentLabel.QUESTION, 0.9);
            }
            Instant posted = NOW.minus(Duration.ofSeconds(1 + random.nextInt(6 * 3600)));
            comments.add(new Comment("c" + seed + "-" + i, "a" + random.nextInt(authors),
                    CHANNELS[random.nextInt(CHANNELS.length)], "comment " + i, posted, labels, scores, subject));
        }
        return List.copyOf(comments);
    }

    /** KPI observations around their baselines: some breach DET-01, 05, 08, 09, 12, most do not. */
    public static List<MetricObservation> metrics(int count, long seed) {
        Random random = new Random(seed);
        Metric[] metrics = Metric.values();
        List<MetricObservation> observations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Metric metric = metrics[random.nextInt(metrics.length)];
            double baseline = metric == Metric.ROI ? 0.5 + random.nextDouble() * 2 : 10 + random.nextInt(1000);
            if (metric.isFraction()) {
                baseline /= 100_000; // a rate of 0.01 % … 1 %, as fractions must be
            }
            if (random.nextInt(10) == 0) {
                baseline = 0; // no relative change: nothing may fire
            }
            double value = Math.max(0, baseline * (0.3 + random.nextDouble() * 2.4));
            Double forecast = random.nextBoolean() ? baseline * 1.1 : null;
            ObservationPeriod period = ObservationPeriod.of(LAST_WEEK.start().minus(Duration.ofDays(7L * (i / 16))),
                    Duration.ofDays(7));
            observations.add(new MetricObservation(metric, "scope-" + i, period, value,
                    random.nextInt(8) == 0 ? null : baseline, forecast));
        }
        return List.copyOf(observations);
    }

    /**
     * A realistic brand snapshot of about 20 facts: six KPIs (two breaching), mention statistics on
     * two channels, a claim, three complaints and eight comments.
     */
    public static Snapshot snapshot() {
        Snapshot.Builder builder = Snapshot.builder(brand())
                .metric(new MetricObservation(Metric.ROI, null, LAST_WEEK, 0.9, 1.4, 1.5))
                .metric(new MetricObservation(Metric.CANCELLATIONS, null, LAST_WEEK, 260, 100.0, null))
                .metric(new MetricObservation(Metric.UNSUBSCRIBE_RATE, null, LAST_WEEK, 0.011, 0.010, null))
                .metric(new MetricObservation(Metric.ACQUISITION_COST, null, LAST_WEEK, 31, 30.0, null))
                .metric(new MetricObservation(Metric.CHURN_RATE, null, LAST_WEEK, 0.021, 0.02, null))
                .metric(new MetricObservation(Metric.ENGAGEMENT_RATE, null, LAST_WEEK, 0.012, null, 0.013))
                .mentions(new MentionStatistics(LAST_HOUR, Channel.X, 900, 610, 48_000, 36_000, 0.2,
                        Map.of(Topic.DELIVERY, 700L)))
                .mentions(new MentionStatistics(LAST_HOUR, Channel.FACEBOOK, 300, 120, 20_000, 9_000, 0.2,
                        Map.of(Topic.DELIVERY, 150L, Topic.CUSTOMER_SERVICE, 40L)))
                .claim(new Claim("k1", "parcels are left in the rain on purpose", Topic.DELIVERY, "x.com/someone",
                        Claim.Status.UNVERIFIED, true));
        for (int i = 0; i < 3; i++) {
            builder.complaint(new Complaint("p" + i, "cust" + i, ComplaintChannel.HOTLINE, ComplaintStatus.OPEN,
                    NOW.minus(Duration.ofHours(2 + i)), Topic.DELIVERY));
        }
        builder.comments(comments(8, 6, 42));
        return builder.build();
    }

    /**
     * @param index the event's number
     * @return the index-th mention of a steady stream of about 50 mentions a minute
     */
    public static Mention mention(long index, Instant start) {
        // 1.2 s apart: 3,000 an hour, so a one-hour window holds 3,000 mentions
        Instant at = start.plusMillis(index * 1200);
        return new Mention(at, Channel.X, index % 4 == 0, 1 + index % 50, null);
    }
}
