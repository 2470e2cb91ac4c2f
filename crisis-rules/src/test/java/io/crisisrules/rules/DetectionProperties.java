package io.crisisrules.rules;

import io.crisisrules.model.Assessment;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.CustomerActivity;
import io.crisisrules.model.Incident;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.PastCrisis;
import io.crisisrules.model.Relay;
import io.crisisrules.model.Sector;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.model.TriggerOrigin;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.rules.support.Engines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Fixtures.LAST_HOUR;
import static io.crisisrules.rules.support.Fixtures.LAST_WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Properties of batch detection and severity (issue 3): monotonic severity, tolerance of missing
 * metrics, no duplicated signal. Generators combine small bounded generators; each property counts
 * the categories it reached so it cannot pass by never generating the interesting case. Deeper
 * search: {@code -Dcrisis.tries=2000}.
 */
class DetectionProperties {
    private static final int TRIES = Integer.getInteger("crisis.tries", 100);
    private static final Map<String, LongAdder> REACHED = new ConcurrentHashMap<>();

    private static void reached(String category) {
        REACHED.computeIfAbsent(category, c -> new LongAdder()).increment();
    }

    private static long count(String category) {
        LongAdder adder = REACHED.get(category);
        return adder == null ? 0 : adder.sum();
    }

    @AfterAll
    static void report() {
        System.out.println("DetectionProperties categories reached: " + new java.util.TreeMap<>(REACHED));
    }

    // ---- small generators ----------------------------------------------------------------------

    private static final List<ObservationPeriod> PERIODS = List.of(LAST_WEEK,
            ObservationPeriod.of(LAST_WEEK.start().minus(Duration.ofDays(7)), Duration.ofDays(7)),
            ObservationPeriod.of(LAST_WEEK.start(), Duration.ofDays(1)),
            LAST_HOUR);

    private static Gen<Double> amounts() {
        return Generate.pick(List.of(0.0, 0.003, 0.004, 0.005, 0.0071, 0.02, 0.5, 0.75, 0.8, 1.0, 1.3, 1.5, 2.0,
                3.0, 100.0));
    }

    private static Gen<Double> optionalAmounts() {
        return amounts().toOptionals(35).map(o -> o.orElse(null));
    }

    private static Gen<MetricObservation> observations() {
        Gen<Metric> metric = Generate.enumValues(Metric.class);
        Gen<String> scope = Generate.pick(List.of("brand", "spring-sale", "search", "email"));
        Gen<ObservationPeriod> period = Generate.pick(PERIODS);
        Gen<Boolean> negative = booleans().all();
        return metric.zip(scope, period, amounts(), negative, (m, s, p, v, minus) ->
                        new Object[]{m, s, p, m.allowsNegative() && minus ? -v : v})
                .zip(optionalAmounts(), optionalAmounts(), (head, baseline, forecast) -> {
                    Metric m = (Metric) head[0];
                    return new MetricObservation(m, (String) head[1], (ObservationPeriod) head[2],
                            asValueOf(m, (double) head[3]), asValueOf(m, baseline), asValueOf(m, forecast));
                });
    }

    /** A rate that cannot exceed 1 gets the amount squeezed into [0, 1), keeping zero and order. */
    private static Double asValueOf(Metric metric, Double amount) {
        if (amount == null || !metric.isFraction()) {
            return amount;
        }
        return amount / (1 + Math.abs(amount));
    }

    private static Gen<Map<Topic, Long>> topics() {
        return lists().of(Generate.enumValues(Topic.class)).ofSizeBetween(0, 3)
                .zip(longs().between(1, 80), (list, reports) -> {
                    Map<Topic, Long> topics = new EnumMap<>(Topic.class);
                    list.forEach(topic -> topics.put(topic, reports));
                    return topics;
                });
    }

    private static Gen<MentionStatistics> mentionStatistics() {
        Gen<Long> mentions = longs().between(0, 400);
        Gen<Integer> percent = integers().between(0, 100);
        Gen<Long> reach = longs().between(0, 150_000);
        Gen<Double> baselineShare = Generate.pick(List.of(0.05, 0.2, 0.5)).toOptionals(40).map(o -> o.orElse(null));
        return Generate.pick(List.of(LAST_HOUR, LAST_WEEK)).zip(Generate.enumValues(Channel.class), mentions,
                        percent, (window, channel, m, p) -> new Object[]{window, channel, m, m * p / 100})
                .zip(reach, percent, baselineShare, topics(), (head, r, p, share, topics) -> new MentionStatistics(
                        (ObservationPeriod) head[0], (Channel) head[1], (long) head[2], (long) head[3], r, r * p / 100,
                        share, topics));
    }

    private static Gen<List<MentionCount>> mentionHistories() {
        return integers().between(0, 30).zip(Generate.pick(List.of(0L, 5L, 50L, 80L)),
                Generate.pick(List.of(0L, 25L, 60L, 400L)), (past, usual, latest) -> {
                    List<MentionCount> counts = new ArrayList<>();
                    for (int back = past; back >= 1; back--) {
                        counts.add(new MentionCount(LAST_HOUR.start().minus(Duration.ofHours(back)),
                                usual + (back % 3) * usual / 10));
                    }
                    if (past > 0 || latest > 0) {
                        counts.add(new MentionCount(LAST_HOUR.start(), latest));
                    }
                    return counts;
                });
    }

    private static Gen<CustomerActivity> customers() {
        return integers().between(1, 5).zip(integers().between(1, 90), (id, daysSilent) ->
                new CustomerActivity("cust-" + id, Duration.ofDays(20), NOW.minus(Duration.ofDays(daysSilent))));
    }

    /** Signals a host might hand in, from a monitor or its own alerting: keys the rules also produce. */
    private static Gen<WarningSignal> handedInSignals() {
        return Generate.pick(List.of(
                new WarningSignal(SignalKind.MENTION_SPIKE, "MENTIONS", "all", LAST_HOUR, 400, 50,
                        WarningSignal.ReferenceKind.BASELINE, 7.0),
                new WarningSignal(SignalKind.ROI_DROP, "ROI", "spring-sale", LAST_WEEK, 0.5, 1.0,
                        WarningSignal.ReferenceKind.BASELINE, -0.5),
                new WarningSignal(SignalKind.CHURN_RISE, "CHURN_RATE", "brand", LAST_WEEK, 2.0, 1.0,
                        WarningSignal.ReferenceKind.BASELINE, 1.0)));
    }

    private static <T> List<T> distinctBy(List<T> items, Function<T, Object> key) {
        Map<Object, T> unique = new LinkedHashMap<>();
        items.forEach(item -> unique.putIfAbsent(key.apply(item), item));
        return List.copyOf(unique.values());
    }

    /** Any snapshot of KPIs, listening statistics, a mention history, customers and handed-in signals. */
    private static Gen<Snapshot> snapshots() {
        return lists().of(observations()).ofSizeBetween(0, 14)
                .zip(lists().of(mentionStatistics()).ofSizeBetween(0, 3), mentionHistories(),
                        lists().of(customers()).ofSizeBetween(0, 3), lists().of(handedInSignals()).ofSizeBetween(0, 2),
                        (metrics, mentions, history, customers, signals) -> {
                            Snapshot.Builder builder = Snapshot.builder(BrandContext.of("acme", Sector.RETAIL));
                            distinctBy(metrics, o -> List.of(o.metric(), o.scope(), o.period())).forEach(builder::metric);
                            distinctBy(mentions, m -> List.of(m.window(), m.scope())).forEach(builder::mentions);
                            builder.mentionHistory(history);
                            distinctBy(customers, CustomerActivity::customerId).forEach(builder::customer);
                            distinctBy(signals, WarningSignal::key).forEach(builder::signal);
                            return builder.build();
                        });
    }

    // ---- (a) monotonic severity ----------------------------------------------------------------

    /** Everything but the listening volumes, held equal between the two evaluations compared. */
    record Context(TriggerOrigin trigger, Map<Topic, Long> topics, boolean relayed, Optional<PastCrisis> past,
                   boolean complaint, Optional<Claim.Status> claim, boolean kpiSignal) {

        Snapshot snapshot(MentionStatistics mentions) {
            BrandContext brand = new BrandContext("acme", Sector.RETAIL, past.stream().toList(),
                    BrandContext.Reputation.NEUTRAL, null);
            Snapshot.Builder builder = Snapshot.builder(brand).trigger(trigger).mentions(mentions);
            if (relayed) {
                builder.relay(new Relay("@reporter", Relay.Kind.JOURNALIST, 10_000, true));
            }
            if (complaint) {
                builder.complaint(new Complaint("c1", "cust-1", ComplaintChannel.EMAIL, ComplaintStatus.OPEN,
                        NOW.minus(Duration.ofHours(2)), Topic.DELIVERY));
            }
            claim.ifPresent(status -> builder.claim(new Claim("k1", "the product is unsafe", Topic.SAFETY, "@someone",
                    status, true)));
            if (kpiSignal) {
                builder.metric(new MetricObservation(Metric.ROI, "spring-sale", LAST_WEEK, 0.5, 1.0, null));
            }
            return builder.build();
        }
    }

    /** Listening volumes over one window, and a growth of reach and negative volume. */
    record Volumes(ObservationPeriod window, long mentions, long negative, long reach, long negativeReach,
                   long moreNegative, long moreReach, long moreNegativeReach) {

        MentionStatistics before() {
            return new MentionStatistics(window, Channel.X, mentions, negative, reach, negativeReach, 0.2,
                    Map.of(Topic.DELIVERY, 10L));
        }

        MentionStatistics after() {
            return new MentionStatistics(window, Channel.X, mentions + moreNegative, negative + moreNegative,
                    reach + moreReach, negativeReach + moreNegativeReach, 0.2, Map.of(Topic.DELIVERY, 10L));
        }
    }

    private static Gen<Context> contexts() {
        Gen<Optional<PastCrisis>> past = Generate.pick(List.of(CrisisType.INTERNAL_ERROR,
                        CrisisType.PRODUCT_SERVICE_CRITICISM, CrisisType.UNFOUNDED_ACCUSATION, CrisisType.BAD_BUZZ))
                .zip(Generate.pick(List.of(30, 400)), (type, days) -> new PastCrisis(type,
                        NOW.minus(Duration.ofDays(days))))
                .toOptionals(50);
        Gen<Optional<Claim.Status>> claim = Generate.enumValues(Claim.Status.class).toOptionals(30);
        return Generate.enumValues(TriggerOrigin.class).zip(topics(), booleans().all(), past,
                        (trigger, topics, relayed, crisis) -> new Object[]{trigger, topics, relayed, crisis})
                .zip(booleans().all(), claim, booleans().all(), (head, complaint, status, kpi) -> {
                    @SuppressWarnings("unchecked")
                    Context context = new Context((TriggerOrigin) head[0], (Map<Topic, Long>) head[1],
                            (boolean) head[2], (Optional<PastCrisis>) head[3], complaint, status, kpi);
                    return context;
                });
    }

    private static Gen<Volumes> volumes() {
        Gen<ObservationPeriod> window = Generate.pick(List.of(LAST_HOUR,
                ObservationPeriod.of(NOW.minus(Duration.ofHours(24)), Duration.ofHours(24)),
                ObservationPeriod.of(NOW.minus(Duration.ofDays(3)), Duration.ofDays(3))));
        Gen<Integer> percent = integers().between(0, 100);
        Gen<Long> reach = Generate.pick(List.of(0L, 1_000L, 20_000L, 300_000L, 2_000_000L, 20_000_000L, 150_000_000L));
        return window.zip(longs().between(0, 300), percent, reach, percent,
                        (w, m, p, r, q) -> new Volumes(w, m, m * p / 100, r, r * q / 100, 0, 0, 0))
                .zip(longs().between(0, 200), reach, percent, (v, moreNegative, moreReach, q) ->
                        new Volumes(v.window(), v.mentions(), v.negative(), v.reach(), v.negativeReach(),
                                moreNegative, moreReach,
                                (v.reach() + moreReach - v.negativeReach()) * q / 100));
    }

    private static int rank(Assessment assessment) {
        return assessment.incident().map(Incident::severity).map(Enum::ordinal).orElse(-1);
    }

    @Test
    void severity_never_decreases_when_reach_or_negative_volume_grows() {
        qt().withExamples(TRIES)
                .forAll(contexts(), volumes())
                .checkAssert((context, volumes) -> {
                    Assessment before = Engines.defaults().evaluate(context.snapshot(volumes.before()));
                    Assessment after = Engines.defaults().evaluate(context.snapshot(volumes.after()));

                    assertThat(rank(after)).as("severity after growth, %s -> %s", before.incident(), after.incident())
                            .isGreaterThanOrEqualTo(rank(before));
                    reached("severity " + (rank(before) < 0 ? "none" : before.incident().get().severity()));
                    if (rank(after) > rank(before)) {
                        reached("severity rose");
                    }
                });

        assertThat(count("severity rose")).isPositive();
        assertThat(count("severity MINOR")).isPositive();
        assertThat(count("severity MODERATE") + count("severity MAJOR")).isPositive();
    }

    // ---- (b) missing metrics never throw -------------------------------------------------------

    @Test
    void missing_metrics_baselines_and_forecasts_never_throw() {
        qt().withExamples(TRIES)
                .forAll(snapshots())
                .checkAssert(snapshot -> {
                    // an exception here falsifies the property and shows the snapshot that raised it
                    Assessment assessment = Engines.defaults().evaluate(snapshot);

                    assertThat(assessment.monitoring()).isNotNull();
                    assertThat(assessment.signals()).filteredOn(signal -> !snapshot.signals().contains(signal))
                            .allSatisfy(signal -> assertThat(signal.explanation().policyIds())
                                    .containsExactly(signal.kind().policyId()));
                    if (snapshot.metrics().stream().anyMatch(o -> o.baseline() == null && o.forecast() == null)) {
                        reached("metric without references");
                    }
                    if (!assessment.signals().isEmpty()) {
                        reached("signals raised");
                    }
                });

        assertThat(count("metric without references")).isPositive();
        assertThat(count("signals raised")).isPositive();
    }

    // ---- (c) no duplicated signal --------------------------------------------------------------

    @Test
    void no_two_signals_share_a_key() {
        qt().withExamples(TRIES)
                .forAll(snapshots())
                .checkAssert(snapshot -> {
                    Assessment assessment = Engines.defaults().evaluate(snapshot);
                    List<String> keys = assessment.signals().stream().map(WarningSignal::key).toList();

                    assertThat(keys).doesNotHaveDuplicates();
                    assessment.incident().ifPresent(incident ->
                            assertThat(incident.signalKeys()).containsExactlyInAnyOrderElementsOf(keys));
                    if (keys.size() >= 2) {
                        reached("several signals");
                    }
                    if (!snapshot.signals().isEmpty() && keys.size() > snapshot.signals().size()) {
                        reached("handed-in and detected signals");
                    }
                });

        assertThat(count("several signals")).isPositive();
        assertThat(count("handed-in and detected signals")).isPositive();
    }
}
