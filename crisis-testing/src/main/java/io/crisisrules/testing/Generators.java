// Why over 300 lines: one generator per input type of the model, meant to be read side by side: the odds and bounds of
// each must agree with the others (times relative to one anchor, ids unique across lists), and a host
// suite imports them from one class.
package io.crisisrules.testing;

import io.crisisrules.model.ActionKind;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.CrisisFrame;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.CustomerActivity;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Harm;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.PastCrisis;
import io.crisisrules.model.PublicStatement;
import io.crisisrules.model.Relay;
import io.crisisrules.model.Sector;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.model.TriggerOrigin;
import io.crisisrules.model.TypeOverride;
import io.crisisrules.model.VerificationStatus;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import static org.quicktheories.generators.SourceDSL.lists;

/**
 * QuickTheories generators of valid inputs for the crisis engine, one per input type, each built by
 * combining small bounded generators so that a failing example shrinks to a small, readable one.
 * Everything generated is valid by construction: the model's constructors never reject it, and a
 * {@link Snapshot} never holds duplicates.
 *
 * <p>Times are relative to an anchor instant ({@link #DEFAULT_NOW} unless given): evaluate with an
 * engine whose clock is fixed at that instant. A {@link Bias} moves the odds towards crisis
 * situations. Start with {@link #snapshots()}:
 *
 * <pre>{@code
 * qt().withExamples(200).forAll(Generators.snapshots().crisisBiased())
 *     .checkAssert(snapshot -> PolicyInvariants.requireNone(PolicyInvariants.evaluateAndCheck(engine, snapshot)));
 * }</pre>
 */
public final class Generators {
    /** The default anchor instant of generated times. */
    public static final Instant DEFAULT_NOW = Instant.parse("2026-03-10T09:00:00Z");

    private static final List<Channel> SOCIAL = Arrays.stream(Channel.values()).filter(Channel::isPublic).toList();

    private Generators() {
    }

    /** @return a snapshot generator at {@link #DEFAULT_NOW}, unbiased; refine it with its methods */
    public static SnapshotGenerator snapshots() {
        return new SnapshotGenerator(DEFAULT_NOW, Bias.NEUTRAL, null, 8, SnapshotGenerator.BIASED_SHARE);
    }

    // ------------------------------------------------------------------------------------ building blocks

    /**
     * @param maxDigits the largest number of decimal digits
     * @return non-negative longs spread over orders of magnitude (0 … 10^maxDigits), shrinking to 0
     */
    public static Gen<Long> magnitudes(int maxDigits) {
        return Generate.range(0, maxDigits).zip(Generate.range(0, 1000),
                (digits, fraction) -> Math.round(Math.pow(10, digits) * fraction / 1000.0));
    }

    /** @return percentages 0 … 100 */
    public static Gen<Integer> percents() {
        return Generate.range(0, 100);
    }

    /**
     * @param bias towards crisis situations or not
     * @return classifier scores in [0, 1], often on the default thresholds (0.30, 0.50, 0.85)
     */
    public static Gen<Double> scores(Bias bias) {
        return Generate.frequency(
                Pair.of(3, Generate.pick(List.of(0.0, 0.1, 0.3, 0.45, 0.5, 0.6, 0.84, 0.85, 0.9, 1.0))),
                Pair.of(bias.weight(2, 1), Generate.range(0, 100).map(i -> i / 100.0)));
    }

    // ------------------------------------------------------------------------------------ inputs

    /**
     * @param now  the anchor instant
     * @param bias towards crisis situations or not
     * @return a brand with a sector, a few past crises (recurrence, TYP-05) and a prior reputation
     */
    public static Gen<BrandContext> brands(Instant now, Bias bias) {
        Gen<PastCrisis> past = Generate.enumValues(CrisisType.class)
                .zip(Generate.range(1, 800), (type, days) -> new PastCrisis(type, now.minus(Duration.ofDays(days))));
        Gen<Long> audience = Generate.frequency(Pair.of(1, Generate.constant((Long) null)),
                Pair.of(1, magnitudes(7)));
        Gen<Double> usual = Generate.frequency(Pair.of(1, Generate.constant((Double) null)),
                Pair.of(1, magnitudes(5).map(Long::doubleValue)));
        return Generate.pick(List.of("acme", "globex", "initech")).zip(Generate.enumValues(Sector.class),
                lists().of(past).ofSizeBetween(0, bias.weight(1, 3)),
                Generate.enumValues(BrandContext.Reputation.class), audience.zip(usual, Pair::of),
                (id, sector, history, reputation, size) -> new BrandContext(id, sector, history, reputation, null,
                        size._1, size._2));
    }

    /**
     * @param now  the anchor instant
     * @param bias towards crisis situations or not
     * @return one comment with an id {@code c0…c99}, posted within three days before {@code now},
     *         whose text says what its strongest label says ({@link #commentText})
     */
    public static Gen<Comment> comments(Instant now, Bias bias) {
        return Generate.range(0, 99).zip(commentBodies(now, bias), (i, body) -> body.apply("c" + i));
    }

    /**
     * @param now  the anchor instant
     * @param bias towards crisis situations or not
     * @param max  the most comments
     * @return comments with unique ids {@code c0, c1, …}, a few authors sharing several comments (MOD-04)
     */
    public static Gen<List<Comment>> commentLists(Instant now, Bias bias, int max) {
        return indexed(lists().of(commentBodies(now, bias)).ofSizeBetween(0, max), "c");
    }

    private static Gen<Function<String, Comment>> commentBodies(Instant now, Bias bias) {
        Gen<CommentLabel> label = Generate.frequency(
                Pair.of(bias.weight(1, 3), Generate.pick(List.of(CommentLabel.HATEFUL, CommentLabel.INSULTING,
                        CommentLabel.DEFAMATORY))),
                Pair.of(3, Generate.enumValues(CommentLabel.class)));
        Gen<Set<CommentLabel>> labels = lists().of(label).ofSizeBetween(0, 2)
                .map(list -> list.isEmpty() ? Set.<CommentLabel>of() : EnumSet.copyOf(list));
        Gen<Map<CommentLabel, Double>> scores = lists().of(label.zip(scores(bias), Map::entry)).ofSizeBetween(0, 2)
                .map(entries -> {
                    Map<CommentLabel, Double> map = new EnumMap<>(CommentLabel.class);
                    entries.forEach(e -> map.put(e.getKey(), e.getValue()));
                    return map;
                });
        Gen<String> subject = Generate.pick(Arrays.asList(null, "refund", "delivery", "recall"));
        Gen<Channel> channel = Generate.pick(SOCIAL);
        // one comment in ten has no text (a picture, an emoji the pipeline dropped)
        Gen<Integer> wording = Generate.frequency(Pair.of(1, Generate.constant(-1)), Pair.of(9, Generate.range(0, 99)));
        return Generate.range(0, bias.weight(5, 2)).zip(channel, Generate.range(0, 72 * 60), labels,
                scores.zip(subject, wording, Scored::new),
                (author, where, minutesAgo, certain, scored) -> id -> new Comment(id, "a" + author, where,
                        scored.wording() < 0 ? "" : commentText(strongest(certain, scored.scores()), scored.subject(),
                                scored.wording()),
                        now.minus(Duration.ofMinutes(minutesAgo)), certain, scored.scores(), scored.subject()));
    }

    /** What a comment's classifier said, what it is about and which wording it has (-1: no text). */
    private record Scored(Map<CommentLabel, Double> scores, String subject, int wording) {
    }

    /** The label a comment is most surely about, or {@code null} when none reaches 0.3. */
    private static CommentLabel strongest(Set<CommentLabel> certain, Map<CommentLabel, Double> scores) {
        CommentLabel best = null;
        double confidence = 0.3;
        for (CommentLabel label : CommentLabel.values()) {
            double c = certain.contains(label) ? 1.0 : scores.getOrDefault(label, 0.0);
            if (c >= confidence && (best == null || c > confidence)) {
                best = label;
                confidence = c;
            }
        }
        return best;
    }

    private static final Map<CommentLabel, List<String>> TEXTS = texts();

    private static Map<CommentLabel, List<String>> texts() {
        Map<CommentLabel, List<String>> texts = new EnumMap<>(CommentLabel.class);
        texts.put(CommentLabel.HATEFUL, List.of("people like you are vermin", "your kind should disappear",
                "vermin, all of you"));
        texts.put(CommentLabel.INSULTING, List.of("you are all crooks", "what a bunch of idiots",
                "crooks and liars, the lot of you"));
        texts.put(CommentLabel.DEFAMATORY, List.of("they knowingly sell poison", "the CEO is a thief",
                "everyone knows they bribe the inspectors"));
        texts.put(CommentLabel.PROVOCATION, List.of("lol another epic fail", "boycott boycott boycott",
                "bet they delete this comment"));
        texts.put(CommentLabel.CONSTRUCTIVE_CRITICISM, List.of("a tracking page would save you many calls",
                "please label the allergens more clearly", "the new app is slower than the old one"));
        texts.put(CommentLabel.CUSTOMER_COMPLAINT, List.of("my parcel never arrived", "I was charged twice",
                "still no answer from your helpdesk"));
        texts.put(CommentLabel.QUESTION, List.of("when will I get my refund?", "is my batch affected?",
                "how do I return it?"));
        texts.put(CommentLabel.SPAM, List.of("cheap followers at example.com", "win a phone, click here",
                "crypto gains, DM me"));
        texts.put(CommentLabel.NEGATIVE, List.of("disappointed, again", "not buying from them any more",
                "this used to be a good brand"));
        return texts;
    }

    private static final List<String> NEUTRAL_TEXTS = List.of("love the new range", "seen it on TV yesterday",
            "same here");

    /**
     * The text a generated comment carries, so that a host's rules or classifier reading
     * {@link Comment#text()} have something to read: abuse reads as abuse ({@code "you are all
     * crooks"}, {@code "the CEO is a thief"}, {@code "vermin"}), a question ends with {@code ?}, and so on,
     * with the subject after a dash when there is one ({@code "when will I get my refund? - refund"}).
     *
     * @param label   the comment's strongest label, or {@code null} for an ordinary comment
     * @param subject what it is about, or {@code null}
     * @param choice  which of the label's wordings, any non-negative number
     * @return a non-empty text
     */
    public static String commentText(CommentLabel label, String subject, int choice) {
        if (choice < 0) {
            throw new IllegalArgumentException("choice must be >= 0, but was " + choice);
        }
        List<String> wordings = label == null ? NEUTRAL_TEXTS : TEXTS.get(label);
        String text = wordings.get(choice % wordings.size());
        return subject == null ? text : text + " - " + subject;
    }

    /**
     * @param now  the anchor instant
     * @param bias towards crisis situations or not
     * @param max  the most complaints
     * @return complaints with unique ids {@code k0, k1, …}, received within a week before {@code now}
     */
    public static Gen<List<Complaint>> complaints(Instant now, Bias bias, int max) {
        Gen<Function<String, Complaint>> body = Generate.pick(Arrays.asList(null, "u1", "u2", "u3"))
                .zip(Generate.enumValues(ComplaintChannel.class), Generate.enumValues(ComplaintStatus.class),
                        Generate.range(0, 7 * 24 * 60), topics(bias),
                        (customer, channel, status, minutesAgo, topic) -> id -> new Complaint(id, customer, channel,
                                status, now.minus(Duration.ofMinutes(minutesAgo)), topic));
        return indexed(lists().of(body).ofSizeBetween(0, max), "k");
    }

    /**
     * @param now  the anchor instant
     * @param bias towards crisis situations or not
     * @return a KPI observation over the last hour, day or week, against a baseline and/or a forecast
     *         moved by -100 % … +300 % (what the KPI signals' DET rules read)
     */
    public static Gen<MetricObservation> metrics(Instant now, Bias bias) {
        Gen<Integer> change = Generate.frequency(
                Pair.of(2, Generate.range(-100, 300, 0)),
                Pair.of(bias.weight(1, 3), Generate.pick(List.of(-80, -50, -35, -25, -20, 50, 60, 120, 250))));
        Gen<String> scope = Generate.pick(List.of(MetricObservation.WHOLE_BRAND, "X", "FACEBOOK", "WEBSITE"));
        Gen<Double> base = Generate.range(1, 1000).map(i -> i / 10.0);
        return Generate.enumValues(Metric.class).zip(scope, periods(now), base,
                change.zip(Generate.booleans(), Generate.booleans(), (c, b, f) -> new int[] {c, b ? 1 : 0, f ? 1 : 0}),
                (metric, where, period, drawn, moved) -> {
                    double reference = metric.isFraction() ? drawn / 1000 : drawn; // 0.0001 … 0.1
                    double value = reference * (100 + moved[0]) / 100.0;
                    boolean withBaseline = moved[1] == 1;
                    boolean withForecast = moved[2] == 1 || !withBaseline;
                    return new MetricObservation(metric, where, period, value, withBaseline ? reference : null,
                            withForecast ? reference : null);
                });
    }

    /**
     * @param now  the anchor instant
     * @param bias towards crisis situations or not: crisis windows carry negative reach around and
     *             above the default severity thresholds (TYP-04)
     * @return listening statistics over the last hour, six hours or day, on one channel or all
     */
    public static Gen<MentionStatistics> mentionStatistics(Instant now, Bias bias) {
        Gen<Channel> channel = Generate.pick(Arrays.asList(null, Channel.X, Channel.FACEBOOK, Channel.TIKTOK,
                Channel.INSTAGRAM));
        Gen<ObservationPeriod> window = Generate.pick(List.of(Duration.ofHours(1), Duration.ofHours(6),
                Duration.ofDays(1))).map(length -> ObservationPeriod.of(now.minus(length), length));
        Gen<Long> reach = Generate.frequency(
                Pair.of(2, magnitudes(bias.weight(5, 6))),
                Pair.of(bias.weight(1, 4), Generate.pick(List.of(10_000L, 250_000L, 1_000_000L, 5_000_000L,
                        30_000_000L, 120_000_000L, 500_000_000L))));
        Gen<Integer> negativePercent = Generate.frequency(
                Pair.of(2, percents()), Pair.of(bias.weight(0, 2), Generate.range(50, 100)));
        // drawn without nulls rather than filtered: a failed assumption discards the whole example
        Gen<Map<Topic, Long>> topics = lists().of(knownTopics(bias)
                .zip(magnitudes(3), Map::entry)).ofSizeBetween(0, 2).map(entries -> {
                    Map<Topic, Long> map = new EnumMap<>(Topic.class);
                    entries.forEach(e -> map.put(e.getKey(), e.getValue()));
                    return map;
                });
        Gen<Double> baselineShare = Generate.frequency(Pair.of(1, Generate.constant((Double) null)),
                Pair.of(1, percents().map(p -> p / 100.0)));
        return window.zip(channel, magnitudes(4).zip(negativePercent, Pair::of), reach.zip(negativePercent, Pair::of),
                baselineShare.zip(topics, Pair::of), (w, c, volume, audience, context) -> {
                    long mentions = volume._1;
                    long negative = mentions * volume._2 / 100;
                    long negativeReach = Math.round(audience._1 * (audience._2 / 100.0));
                    return new MentionStatistics(w, c, mentions, negative, audience._1,
                            Math.min(audience._1, negativeReach), context._1, context._2);
                });
    }

    /**
     * @param bias towards crisis situations or not (more unverified claims)
     * @param max  the most claims
     * @return claims with unique ids {@code claim0, claim1, …}
     */
    public static Gen<List<Claim>> claims(Bias bias, int max) {
        Gen<Claim.Status> status = Generate.frequency(Pair.of(2, Generate.enumValues(Claim.Status.class)),
                Pair.of(bias.weight(0, 2), Generate.constant(Claim.Status.UNVERIFIED)));
        // a third in the earlier form (accusesBrand only), the rest with an allegation and sometimes a role
        Gen<Function<Pair<Topic, Boolean>, Claim.Allegation>> allegation = Generate.frequency(
                Pair.of(1, Generate.constant(legacy -> Claim.Allegation.inferred(legacy._2, legacy._1))),
                Pair.of(2, Generate.enumValues(Claim.Allegation.class).map(a -> legacy -> a)));
        Gen<Claim.Role> role = Generate.frequency(Pair.of(3, Generate.constant((Claim.Role) null)),
                Pair.of(1, Generate.enumValues(Claim.Role.class)));
        Gen<Function<String, Claim>> body = Generate.pick(List.of("tests on animals", "unsafe batch", "hidden fees"))
                .zip(topics(bias), Generate.pick(List.of("@anon", "daily-news", "forum-user")), status,
                        Generate.booleans().zip(allegation, role, (accuses, kind, r) -> (Function<Topic, Pair<Claim.Allegation, Claim.Role>>)
                                topic -> Pair.of(kind.apply(Pair.of(topic, accuses)), r)),
                        (statement, topic, source, s, read) -> id -> new Claim(id, statement, topic, source, s,
                                read.apply(topic)._1, read.apply(topic)._2));
        return indexed(lists().of(body).ofSizeBetween(0, max), "claim");
    }

    /**
     * @param bias towards crisis situations or not (more harm to people)
     * @return what people suffered: unknown ({@code null}), nothing, or some kinds with a count of
     *         the people affected around the default severity thresholds (TYP-04)
     */
    public static Gen<Harm> harms(Bias bias) {
        Gen<Harm> some = lists().of(Generate.enumValues(Harm.Kind.class)).ofSizeBetween(1, 3)
                .zip(Generate.frequency(Pair.of(2, magnitudes(5)),
                        Pair.of(bias.weight(1, 2), Generate.pick(List.of(10_000L, 50_000L, 1_000_000L, 8_000_000L)))),
                        (kinds, people) -> new Harm(EnumSet.copyOf(kinds), people));
        return Generate.frequency(Pair.of(3, Generate.constant((Harm) null)),
                Pair.of(1, Generate.constant(Harm.NONE)), Pair.of(bias.weight(1, 3), some));
    }

    /**
     * @param now    the anchor instant
     * @param claims the claims statements may be about
     * @param max    the most statements
     * @return what the brand already said in public, within the day before {@code now}, each about
     *         one of {@code claims} or the crisis as a whole, no two alike
     */
    public static Gen<List<PublicStatement>> statements(Instant now, List<Claim> claims, int max) {
        List<String> subjects = new ArrayList<>();
        subjects.add(null);
        claims.forEach(claim -> subjects.add(claim.id()));
        Gen<PublicStatement> statement = Generate.range(1, 24 * 60).zip(Generate.enumValues(PublicStatement.Stance.class),
                Generate.pick(subjects), Generate.pick(Arrays.asList(null, Channel.X, Channel.WEBSITE)),
                (minutesAgo, stance, claim, channel) -> new PublicStatement(now.minus(Duration.ofMinutes(minutesAgo)),
                        stance, claim, channel));
        return lists().of(statement).ofSizeBetween(0, max)
                .map(list -> distinct(list, st -> List.of(st.at(), st.stance(), String.valueOf(st.claimId()))));
    }

    /**
     * @param max the most relays
     * @return journalists and influencers with unique handles {@code @relay0, …}
     */
    public static Gen<List<Relay>> relays(int max) {
        Gen<Function<String, Relay>> body = Generate.enumValues(Relay.Kind.class).zip(magnitudes(6),
                Generate.booleans(), (kind, audience, critical) -> handle -> new Relay(handle, kind, audience, critical));
        return indexed(lists().of(body).ofSizeBetween(0, max), "@relay");
    }

    /**
     * @param now the anchor instant
     * @param max the most customers
     * @return customer recency records with unique ids (DET-13)
     */
    public static Gen<List<CustomerActivity>> customers(Instant now, int max) {
        Gen<Function<String, CustomerActivity>> body = Generate.range(1, 60).zip(Generate.range(0, 200),
                (every, daysAgo) -> id -> new CustomerActivity(id, Duration.ofDays(every),
                        now.minus(Duration.ofDays(daysAgo))));
        return indexed(lists().of(body).ofSizeBetween(0, max), "cust");
    }

    /**
     * @param now  the anchor instant: the last interval starts an hour before it
     * @param bias towards crisis situations or not (a spike in the last intervals)
     * @return hourly mention counts, oldest first, up to three days, the last ones possibly a spike (DET-14)
     */
    public static Gen<List<MentionCount>> mentionHistory(Instant now, Bias bias) {
        Gen<Integer> spike = Generate.frequency(Pair.of(2, Generate.constant(1)),
                Pair.of(bias.weight(1, 4), Generate.pick(List.of(2, 5, 10, 40))));
        return Generate.range(0, 72).zip(Generate.range(0, 200), lists().of(Generate.range(0, 100)).ofSizeBetween(0, 72),
                spike, (length, level, noise, factor) -> {
                    List<MentionCount> counts = new ArrayList<>();
                    for (int i = 0; i < length; i++) {
                        long value = level + (noise.isEmpty() ? 0 : noise.get(i % noise.size()) * level / 200L);
                        if (i >= length - 2) {
                            value *= factor;
                        }
                        counts.add(new MentionCount(now.minus(Duration.ofHours(length - i)), value));
                    }
                    return counts;
                });
    }

    /**
     * @param bias towards crisis situations or not (safety and legal topics more often)
     * @return a topic, or {@code null}
     */
    public static Gen<Topic> topics(Bias bias) {
        return Generate.frequency(Pair.of(1, Generate.constant((Topic) null)),
                Pair.of(3 + bias.weight(0, 2), knownTopics(bias)));
    }

    /** Topics without the "no topic" case, weighted as in {@link #topics(Bias)}. */
    private static Gen<Topic> knownTopics(Bias bias) {
        return Generate.frequency(Pair.of(3, Generate.enumValues(Topic.class)),
                Pair.of(bias.weight(0, 2), Generate.pick(List.of(Topic.SAFETY, Topic.LEGAL))));
    }

    /**
     * How long before {@code now} a previous incident was detected, in minutes: often just before or
     * just after a default deadline counted from detection (crisis team 1 h, first response 4 h,
     * audit 24 h, communication plan 72 h, post-crisis review 14 d after closing), so that the plan
     * holds actions still due, due any minute and overdue.
     */
    private static final List<Integer> AGES_AT_DEADLINES = List.of(20, 59, 61, 3 * 60, 239, 241, 5 * 60,
            23 * 60, 25 * 60, 71 * 60, 73 * 60, 6 * 24 * 60, 15 * 24 * 60, 31 * 24 * 60, 45 * 24 * 60);

    /**
     * @param now     the anchor instant
     * @param brandId the brand it is about (a snapshot's previous incident must be its brand's)
     * @param bias    towards crisis situations or not (more open and more severe incidents)
     * @return an incident as an earlier evaluation returned it and the host then moved along its
     *         lifecycle: detected minutes to weeks before {@code now}, often just before or after a
     *         default deadline, in any {@link IncidentStatus} since a time between its detection
     *         and {@code now}, sometimes with a downgrade pending (TYP-07)
     */
    public static Gen<Incident> previousIncidents(Instant now, String brandId, Bias bias) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(brandId, "brandId");
        Gen<Integer> minutesAgo = Generate.frequency(Pair.of(3, Generate.pick(AGES_AT_DEADLINES)),
                Pair.of(1, Generate.range(1, 14 * 24 * 60)));
        Gen<IncidentStatus> status = Generate.frequency(
                Pair.of(2, Generate.pick(List.of(IncidentStatus.DETECTED, IncidentStatus.ACKNOWLEDGED,
                        IncidentStatus.RESPONDING))),
                Pair.of(bias.weight(1, 2), Generate.constant(IncidentStatus.RESPONDING)),
                Pair.of(1, Generate.pick(List.of(IncidentStatus.RESOLVED, IncidentStatus.CLOSED))));
        Gen<Severity> severity = Generate.frequency(Pair.of(2, Generate.enumValues(Severity.class)),
                Pair.of(bias.weight(0, 1), Generate.constant(Severity.MAJOR)));
        Gen<CrisisFrame> frame = Generate.frequency(Pair.of(3, Generate.constant((CrisisFrame) null)),
                Pair.of(1, Generate.enumValues(CrisisFrame.class)));
        Gen<Set<Harm.Kind>> harms = lists().of(Generate.enumValues(Harm.Kind.class)).ofSizeBetween(0, 2)
                .map(kinds -> kinds.isEmpty() ? Set.<Harm.Kind>of() : EnumSet.copyOf(kinds));
        Gen<List<Incident.AggravatingFactor>> factors = lists().of(Generate.enumValues(Incident.AggravatingFactor.class))
                .ofSizeBetween(0, 2).map(list -> list.stream().distinct().sorted().toList());
        Gen<Integer> downgrade = Generate.frequency(Pair.of(3, Generate.constant(-1)),
                Pair.of(1, Generate.range(0, 100)));
        Gen<Classification> classification = Generate.enumValues(FailureType.class).zip(
                Generate.enumValues(CrisisType.class), Generate.enumValues(CrisisType.Responsibility.class),
                Generate.enumValues(VerificationStatus.class), severity, Classification::new);
        return minutesAgo.zip(status, Generate.range(0, 100), classification,
                frame.zip(harms, factors, downgrade, Consequences::new), (age, state, since, c, more) -> {
                    Instant detectedAt = now.minus(Duration.ofMinutes(age));
                    Duration lived = Duration.between(detectedAt, now);
                    Instant statusSince = state == IncidentStatus.DETECTED ? detectedAt
                            : detectedAt.plus(lived.multipliedBy(since).dividedBy(100));
                    Instant downgradePendingSince = more.downgrade() < 0 ? null
                            : detectedAt.plus(lived.multipliedBy(more.downgrade()).dividedBy(100));
                    String id = brandId + "-" + INCIDENT_ID_TIME.format(detectedAt);
                    return new Incident(id, brandId, detectedAt, state, c.failureType(), c.crisisType(),
                            c.responsibility(), c.verification(), c.severity(), more.factors(), List.of(),
                            downgradePendingSince, Explanation.NONE, statusSince, more.frame(), more.harms(),
                            List.of());
                });
    }

    /** An incident's id as the engine writes it: the brand and the detection time. */
    private static final DateTimeFormatter INCIDENT_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private record Classification(FailureType failureType, CrisisType crisisType,
                                  CrisisType.Responsibility responsibility, VerificationStatus verification,
                                  Severity severity) {
    }

    private record Consequences(CrisisFrame frame, Set<Harm.Kind> harms, List<Incident.AggravatingFactor> factors,
                                int downgrade) {
    }

    /**
     * The actions of a plan that progress is recorded about, besides the first response and the
     * holding reply (drawn on their own, more often): every kind, read from its attributes rather than
     * listed, but the escalations (their subject is another action's key) and the house actions (their
     * key is a house's own declaration, which these generators do not know).
     */
    private static final List<ActionKind> PROGRESSED_KINDS = Arrays.stream(ActionKind.values())
            .filter(kind -> !kind.isEscalation() && kind != ActionKind.HOUSE_ACTION
                    && kind != ActionKind.FIRST_RESPONSE && kind != ActionKind.HOLDING_REPLY)
            .toList();

    /**
     * @param incident the previous incident whose plan the progress is about
     * @param claims   the snapshot's claims, the subjects of claim actions ({@code VALIDATE_CLAIM/claim0})
     * @param relays   the snapshot's relays, the subjects of {@code CONTACT_INFLUENCER/@relay0}
     * @param now      the anchor instant: everything recorded happened between the detection and it
     * @param max      the most records
     * @return what the host recorded about the plan (RSP-14): approvals pending, actions completed,
     *         responses published, early or late against their deadline, never two records of one
     *         action in one state
     */
    public static Gen<List<ActionProgress>> progress(Incident incident, List<Claim> claims, List<Relay> relays,
                                                     Instant now, int max) {
        Objects.requireNonNull(incident, "incident");
        List<String> claimIds = claims.stream().map(Claim::id).toList();
        List<String> handles = relays.stream().map(Relay::handle).toList();
        Gen<ActionKind> kind = Generate.frequency(
                Pair.of(3, Generate.constant(ActionKind.FIRST_RESPONSE)),
                Pair.of(1, Generate.constant(ActionKind.HOLDING_REPLY)),
                Pair.of(3, Generate.pick(PROGRESSED_KINDS)));
        Gen<ActionProgress.State> state = Generate.frequency(
                Pair.of(2, Generate.constant(ActionProgress.State.APPROVAL_PENDING)),
                Pair.of(2, Generate.constant(ActionProgress.State.COMPLETED)),
                Pair.of(1, Generate.constant(ActionProgress.State.PUBLISHED)));
        Duration lived = Duration.between(incident.detectedAt(), now).isNegative() ? Duration.ZERO
                : Duration.between(incident.detectedAt(), now);
        Gen<ActionProgress> one = kind.zip(Generate.range(0, 99), state, Generate.range(0, 100),
                (k, subject, s, when) -> new ActionProgress(incident.id(), key(k, subject, claimIds, handles), s,
                        incident.detectedAt().plus(lived.multipliedBy(when).dividedBy(100))));
        return lists().of(one).ofSizeBetween(0, max)
                .map(list -> distinct(list, p -> List.of(p.actionKey(), p.state())));
    }

    private static String key(ActionKind kind, int subject, List<String> claimIds, List<String> handles) {
        List<String> subjects = switch (kind.subject()) {
            case CLAIM -> claimIds;
            case RELAY -> handles;
            case NONE, ACTION -> List.of();
        };
        return subjects.isEmpty() ? kind.name() : kind.name() + "/" + subjects.get(subject % subjects.size());
    }

    /** @return what the host knows of the incident type: mostly nothing */
    public static Gen<TypeOverride> typeOverrides() {
        return Generate.frequency(Pair.of(8, Generate.constant(TypeOverride.NONE)),
                Pair.of(1, Generate.enumValues(CrisisType.class).map(type -> new TypeOverride(null, type))),
                Pair.of(1, Generate.enumValues(CrisisFrame.class).map(frame -> new TypeOverride(null, null, frame))));
    }

    /** @return where an incident started */
    public static Gen<TriggerOrigin> triggers() {
        return Generate.enumValues(TriggerOrigin.class);
    }

    // ------------------------------------------------------------------------------------ helpers

    private static ObservationPeriod period(Instant now, Duration length) {
        return ObservationPeriod.of(now.minus(length), length);
    }

    private static Gen<ObservationPeriod> periods(Instant now) {
        return Generate.pick(List.of(period(now, Duration.ofHours(1)), period(now, Duration.ofDays(1)),
                period(now, Duration.ofDays(7))));
    }

    private static <T> Gen<List<T>> indexed(Gen<List<Function<String, T>>> bodies, String prefix) {
        return bodies.map(list -> {
            List<T> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                items.add(list.get(i).apply(prefix + i));
            }
            return items;
        });
    }

    /** Keeps the first of items sharing a key, so a snapshot holds no duplicates. */
    static <T> List<T> distinct(List<T> items, Function<T, Object> key) {
        Set<Object> seen = new HashSet<>();
        return items.stream().filter(item -> seen.add(key.apply(item))).toList();
    }
}
