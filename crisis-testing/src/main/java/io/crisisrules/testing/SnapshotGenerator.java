package io.crisisrules.testing;

import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Incident;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.Snapshot;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Generates valid {@link Snapshot}s of one brand: KPIs, listening windows, relays, claims, comments
 * (with text), complaints, customers, public statements and a mention series, every list possibly
 * empty, without duplicates; some continue a previous incident
 * ({@link Generators#previousIncidents}) with what was done about its plan
 * ({@link Generators#progress}), so that deadlines fall due, are met, missed and escalated.
 * Immutable: each method returns a refined copy. Obtain one from {@link Generators#snapshots()}.
 */
public final class SnapshotGenerator implements Gen<Snapshot> {
    private final Instant now;
    private final Bias bias;
    private final BrandContext brand;
    /** {@link #previousIncidents(int)}'s value until set: a third of ordinary days, half of crises. */
    static final int BIASED_SHARE = -1;

    private final int maxItems;
    private final int previousIncidentPercent;
    private final Gen<Snapshot> delegate;

    SnapshotGenerator(Instant now, Bias bias, BrandContext brand, int maxItems, int previousIncidentPercent) {
        this.now = Objects.requireNonNull(now, "now");
        this.bias = Objects.requireNonNull(bias, "bias");
        this.brand = brand;
        if (maxItems < 0) {
            throw new IllegalArgumentException("maxItems must be >= 0, but was " + maxItems);
        }
        this.maxItems = maxItems;
        if (previousIncidentPercent != BIASED_SHARE && (previousIncidentPercent < 0 || previousIncidentPercent > 100)) {
            throw new IllegalArgumentException("percent must be within [0, 100], but was " + previousIncidentPercent);
        }
        this.previousIncidentPercent = previousIncidentPercent;
        this.delegate = build();
    }

    /** @return this generator biased towards crisis situations ({@link Bias#CRISIS}) */
    public SnapshotGenerator crisisBiased() {
        return bias(Bias.CRISIS);
    }

    /**
     * @param bias the bias
     * @return a copy with it
     */
    public SnapshotGenerator bias(Bias bias) {
        return new SnapshotGenerator(now, bias, brand, maxItems, previousIncidentPercent);
    }

    /**
     * @param now the anchor instant of generated times (evaluate at it)
     * @return a copy with it
     */
    public SnapshotGenerator at(Instant now) {
        return new SnapshotGenerator(now, bias, brand, maxItems, previousIncidentPercent);
    }

    /**
     * @param brand always this brand instead of generated ones
     * @return a copy with it
     */
    public SnapshotGenerator brand(BrandContext brand) {
        return new SnapshotGenerator(now, bias, Objects.requireNonNull(brand, "brand"), maxItems, previousIncidentPercent);
    }

    /**
     * @param maxItems the most comments (and half as many of every other list)
     * @return a copy with it
     */
    public SnapshotGenerator maxItems(int maxItems) {
        return new SnapshotGenerator(now, bias, brand, maxItems, previousIncidentPercent);
    }

    /**
     * @param percent the share of snapshots, 0 … 100, that continue a previous incident with progress
     *                on its plan; unless set, a third of ordinary days and half of crises
     * @return a copy with it
     */
    public SnapshotGenerator previousIncidents(int percent) {
        return new SnapshotGenerator(now, bias, brand, maxItems, percent);
    }

    /** @return the anchor instant */
    public Instant now() {
        return now;
    }

    @Override
    public Snapshot generate(RandomnessSource in) {
        return delegate.generate(in);
    }

    /** The day after: comments and customer records only, nothing that opens an incident. */
    private static Snapshot quietDay(Snapshot snapshot, Incident incident) {
        Snapshot.Builder builder = Snapshot.builder(snapshot.brand()).previousIncident(incident)
                .comments(snapshot.comments());
        snapshot.customers().forEach(builder::customer);
        return builder.build();
    }

    private record Signals(List<MetricObservation> metrics, List<MentionStatistics> mentions,
                           List<io.crisisrules.model.Relay> relays, List<io.crisisrules.model.MentionCount> history,
                           List<io.crisisrules.model.CustomerActivity> customers) {
    }

    private record Voices(List<io.crisisrules.model.Claim> claims, List<io.crisisrules.model.Comment> comments,
                          List<io.crisisrules.model.Complaint> complaints,
                          List<io.crisisrules.model.PublicStatement> statements, io.crisisrules.model.Harm harm) {
    }

    private Gen<Snapshot> build() {
        int few = Math.max(1, maxItems / 2);
        Gen<BrandContext> brands = brand != null ? Generate.constant(brand) : Generators.brands(now, bias);
        Gen<Signals> signals = lists().of(Generators.metrics(now, bias)).ofSizeBetween(0, few).zip(
                lists().of(Generators.mentionStatistics(now, bias)).ofSizeBetween(0, Math.min(few, 3)),
                Generators.relays(bias.weight(1, 2)),
                Generators.mentionHistory(now, bias),
                Generators.customers(now, Math.min(few, 3)),
                (metrics, mentions, relays, history, customers) -> new Signals(
                        Generators.distinct(metrics, o -> List.of(o.metric(), o.scope(), o.period())),
                        Generators.distinct(mentions, m -> List.of(m.window(), m.scope())),
                        relays, history, customers));
        Gen<Voices> voices = Generators.claims(bias, bias.weight(1, 3)).flatMap(claims ->
                Generators.commentLists(now, bias, maxItems).zip(Generators.complaints(now, bias, few),
                        Generators.statements(now, claims, 2), Generators.harms(bias),
                        (comments, complaints, statements, harm) -> new Voices(claims, comments, complaints,
                                statements, harm)));
        Gen<Snapshot> fresh = brands.zip(Generators.triggers(), Generators.typeOverrides(), signals, voices,
                (b, trigger, override, s, v) -> {
                    Snapshot.Builder builder = Snapshot.builder(b).trigger(trigger).typeOverride(override)
                            .mentionHistory(s.history()).comments(v.comments()).harm(v.harm());
                    v.statements().forEach(builder::statement);
                    s.metrics().forEach(builder::metric);
                    s.mentions().forEach(builder::mentions);
                    s.relays().forEach(builder::relay);
                    s.customers().forEach(builder::customer);
                    v.claims().forEach(builder::claim);
                    v.complaints().forEach(builder::complaint);
                    return builder.build();
                });
        int continuing = previousIncidentPercent == BIASED_SHARE ? bias.weight(33, 50) : previousIncidentPercent;
        if (continuing == 0) {
            return fresh;
        }
        // drawn after the rest: the progress names the snapshot's own claims and relays. Half of the
        // resolved or closed incidents come back on a quiet day, which hands them back as they are
        // (anything that opens an incident would open a new one) and brings their post-crisis plan.
        Gen<Snapshot> continued = fresh.flatMap(snapshot -> Generators.previousIncidents(now,
                snapshot.brand().brandId(), bias).zip(Generate.booleans(), (incident, quiet) ->
                        quiet && !incident.isOpen() ? quietDay(snapshot, incident)
                                : snapshot.toBuilder().previousIncident(incident).build())
                .flatMap(base -> Generators.progress(base.previousIncident(), base.claims(), base.relays(), now,
                        few + 1).map(progress -> {
                            Snapshot.Builder builder = base.toBuilder();
                            progress.forEach(builder::progress);
                            return builder.build();
                        })));
        return continuing == 100 ? continued
                : Generate.frequency(Pair.of(100 - continuing, fresh), Pair.of(continuing, continued));
    }
}
