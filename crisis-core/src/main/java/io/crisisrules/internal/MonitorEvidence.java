package io.crisisrules.internal;

import io.crisisrules.InvalidInputException;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What a monitor's detection and classification read besides its alerts: the latest KPI point of
 * each metric and scope, the complaints of the grouping window, and the single mentions of the last
 * hour (events in the session, expired by its pseudo clock). Bounded by count and by event time.
 * Not thread-safe.
 */
final class MonitorEvidence {
    private static final String WINDOW_QUERY = "mentions of the last hour";
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Comparator<Mention> MENTION_ORDER = Comparator.comparing(Mention::at)
            .thenComparing(Mention::channel).thenComparing(Mention::negative).thenComparingLong(Mention::reach)
            .thenComparing(mention -> mention.topic() == null ? "" : mention.topic().name());

    private final KieSession session;
    private final Duration groupingWindow;
    private final int maxScopes;
    private final Consumer<String> scopeBound;
    private final Map<String, MetricObservation> latestMetrics = new LinkedHashMap<>();
    // the same points by the end of their period, oldest first, so expiring them costs no scan
    private final TreeSet<ScopeAge> metricAges = new TreeSet<>();
    private final ArrayDeque<Complaint> complaints = new ArrayDeque<>();

    /**
     * @param session        the monitor's session, holding the single mentions
     * @param groupingWindow how long a complaint is kept after it was received
     * @param maxScopes      the most KPI points, and the most complaints, held
     * @param scopeBound     told when a bound forgets something (what)
     */
    MonitorEvidence(KieSession session, Duration groupingWindow, int maxScopes, Consumer<String> scopeBound) {
        this.session = session;
        this.groupingWindow = groupingWindow;
        this.maxScopes = maxScopes;
        this.scopeBound = scopeBound;
    }

    /** A KPI point's place in the expiry order: the end of its period, then its key. */
    private record ScopeAge(Instant at, String key) implements Comparable<ScopeAge> {
        @Override
        public int compareTo(ScopeAge other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : key.compareTo(other.key);
        }
    }

    /** Keeps the latest point of a metric and scope; past the bound, the oldest point is forgotten. */
    void putMetric(MetricObservation observation) {
        String key = observation.metric() + "/" + observation.scope();
        MetricObservation previous = latestMetrics.put(key, observation);
        if (previous != null) {
            metricAges.remove(new ScopeAge(previous.period().end(), key));
        }
        metricAges.add(new ScopeAge(observation.period().end(), key));
        while (latestMetrics.size() > maxScopes) {
            latestMetrics.remove(metricAges.pollFirst().key());
            scopeBound.accept("KPI points");
        }
    }

    /** Forgets the KPI points whose period ended before {@code horizon}. */
    void forgetPointsBefore(Instant horizon) {
        while (!metricAges.isEmpty() && metricAges.first().at().isBefore(horizon)) {
            latestMetrics.remove(metricAges.pollFirst().key());
        }
    }

    /** @throws InvalidInputException if a complaint of the same id is held */
    void refuseDuplicate(Complaint complaint) {
        for (Complaint known : complaints) {
            if (known.id().equals(complaint.id())) {
                throw InvalidInputException.duplicate("complaint.id", complaint.id(), "id");
            }
        }
    }

    /** Keeps a complaint; past the bound, the oldest is forgotten. */
    void addComplaint(Complaint complaint) {
        complaints.addLast(complaint);
        while (complaints.size() > maxScopes) {
            complaints.removeFirst(); // bounded by count too, not only by the grouping window
            scopeBound.accept("complaints");
        }
    }

    /** Forgets the complaints received more than the grouping window before {@code now}. */
    void expireComplaints(Instant now) {
        while (!complaints.isEmpty() && complaints.peekFirst().receivedAt().plus(groupingWindow).isBefore(now)) {
            complaints.removeFirst();
        }
    }

    Collection<MetricObservation> metrics() {
        return latestMetrics.values();
    }

    Collection<Complaint> complaints() {
        return complaints;
    }

    /** @return the single mentions held, in a fixed order (for checkpoints) */
    List<Mention> mentions() {
        List<Mention> mentions = new ArrayList<>();
        for (Object fact : session.getObjects(fact -> fact instanceof Mention)) {
            mentions.add((Mention) fact);
        }
        mentions.sort(MENTION_ORDER);
        return mentions;
    }

    /**
     * @param now the monitor's event time
     * @return statistics of the mentions of the hour before {@code now}, or empty when there were none
     */
    Optional<MentionStatistics> lastHour(Instant now) {
        long mentions = 0;
        long negative = 0;
        long reach = 0;
        long negativeReach = 0;
        Map<Topic, Long> topics = new EnumMap<>(Topic.class);
        for (QueryResultsRow row : session.getQueryResults(WINDOW_QUERY)) {
            Mention mention = (Mention) row.get("$mention");
            mentions++;
            // saturated: a reach of 2^62 three times must not wrap to a negative sum (issue 19)
            reach = Exposures.saturatedAdd(reach, mention.reach());
            if (mention.negative()) {
                negative++;
                negativeReach = Exposures.saturatedAdd(negativeReach, mention.reach());
            }
            if (mention.topic() != null) {
                topics.merge(mention.topic(), 1L, Long::sum);
            }
        }
        if (mentions == 0) {
            return Optional.empty();
        }
        return Optional.of(new MentionStatistics(ObservationPeriod.of(now.minus(WINDOW), WINDOW), null,
                mentions, negative, reach, negativeReach, null, topics));
    }

    /**
     * @param brand the monitored brand
     * @param now   the monitor's event time
     * @return what detection reads: the KPI points, the complaints and the last hour of mentions
     */
    Snapshot detectionSnapshot(BrandContext brand, Instant now) {
        Snapshot.Builder snapshot = Snapshot.builder(brand);
        latestMetrics.values().forEach(snapshot::metric);
        complaints.forEach(snapshot::complaint);
        lastHour(now).ifPresent(snapshot::mentions);
        return snapshot.build();
    }

    /** Continues from a checkpoint's points and complaints, bounded as when they were pushed. */
    void restore(List<MetricObservation> metrics, List<Complaint> restoredComplaints) {
        metrics.forEach(this::putMetric);
        complaints.addAll(restoredComplaints);
        while (complaints.size() > maxScopes) {
            complaints.removeFirst();
        }
    }
}
