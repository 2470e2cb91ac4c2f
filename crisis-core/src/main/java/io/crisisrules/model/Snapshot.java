// Why over 300 lines: a record of sixteen components with its builder and its duplicate checks, which must list the same
// components in the same order; most of the length is Javadoc of the host-facing fields.
package io.crisisrules.model;

import io.crisisrules.InvalidInputException;
import io.crisisrules.checks.Checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything the host hands in for one evaluation of one brand: KPIs, listening statistics,
 * claims, public comments, customer complaints and CRM recency. Every list may be empty; missing
 * data makes the rules that need it stay silent. Build one with {@link #builder(BrandContext)}.
 *
 * <p>Identifiers must be unique within their list, and one metric is observed at most once per
 * scope and period: the constructor rejects duplicates with an {@link InvalidInputException} naming
 * the element, so nothing handed in is silently merged or dropped.
 *
 * @param brand       the brand
 * @param trigger     where the incident started, when known (TYP-06)
 * @param metrics     marketing and CRM indicators
 * @param mentions    social-listening statistics per window
 * @param relays      journalists and influencers relaying the story
 * @param claims      claims made about the brand
 * @param comments    public comments to moderate
 * @param complaints  customer complaints from the CRM or helpdesk
 * @param customers   customer recency, for spotting customers gone silent
 * @param typeOverride what the host already knows about the incident type
 * @param mentionHistory mention counts at a regular interval, the latest being the current one;
 *                    the mention-spike signal compares it with the ones before (DET-14)
 * @param signals     warning signals already detected elsewhere (by the streaming monitor, or the
 *                    host's own alerting), grouped with those the rules detect (DET-17)
 * @param previousIncident the incident the previous evaluation returned, possibly moved along its
 *                    lifecycle by the host, or {@code null}; it is continued (same id, detection
 *                    time) and its severity goes down only after the improvement held (TYP-07)
 * @param progress    what was done about the previous incident's plan: approvals pending, actions
 *                    completed, responses published; done actions are not suggested again and
 *                    overdue ones are escalated (RSP-14). Requires {@code previousIncident}; a key
 *                    about a claim ({@code PRESENT_EVIDENCE/claim-1}) or an influencer
 *                    ({@code CONTACT_INFLUENCER/@handle}) must name one of {@code claims} or
 *                    {@code relays}.
 * @param harm        what people suffered, as far as the host knows, or {@code null} when not known
 *                    (then the rules infer what they can from complaints and claims)
 * @param statements  what the brand already said in public about the crisis; each one's claim, if
 *                    any, must be one of {@code claims}
 */
public record Snapshot(BrandContext brand, TriggerOrigin trigger, List<MetricObservation> metrics,
                       List<MentionStatistics> mentions, List<Relay> relays, List<Claim> claims,
                       List<Comment> comments, List<Complaint> complaints, List<CustomerActivity> customers,
                       TypeOverride typeOverride, List<MentionCount> mentionHistory, List<WarningSignal> signals,
                       Incident previousIncident, List<ActionProgress> progress, Harm harm,
                       List<PublicStatement> statements) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param brand the brand
     * @param trigger where the incident started, when known (TYP-06)
     * @param metrics marketing and CRM indicators
     * @param mentions social-listening statistics per window
     * @param relays journalists and influencers relaying the story
     * @param claims claims made about the brand
     * @param comments public comments to moderate
     * @param complaints customer complaints from the CRM or helpdesk
     * @param customers customer recency, for spotting customers gone silent
     * @param typeOverride what the host already knows about the incident type
     * @param mentionHistory mention counts at a regular interval, the latest being the current one; the mention-spike signal compares it with the ones before (DET-14)
     * @param signals warning signals already detected elsewhere (by the streaming monitor, or the host's own alerting), grouped with those the rules detect (DET-17)
     * @param previousIncident the incident the previous evaluation returned, possibly moved along its lifecycle by the host, or {@code null}; it is continued (same id, detection time) and its severity goes down only after the improvement held (TYP-07)
     * @param progress what was done about the previous incident's plan: approvals pending, actions completed, responses published; done actions are not suggested again and overdue ones are escalated (RSP-14). Requires {@code previousIncident}; a key about a claim ({@code PRESENT_EVIDENCE/claim-1}) or an influencer ({@code CONTACT_INFLUENCER/@handle}) must name one of {@code claims} or {@code relays}.
     * @param harm what people suffered, as far as the host knows, or {@code null} when not known (then the rules infer what they can from complaints and claims)
     * @param statements what the brand already said in public about the crisis; each one's claim, if any, must be one of {@code claims}
     */
    public Snapshot {
        Checks.required("brand", brand);
        trigger = trigger == null ? TriggerOrigin.UNKNOWN : trigger;
        metrics = Checks.list("metrics", metrics);
        mentions = Checks.list("mentions", mentions);
        relays = Checks.list("relays", relays);
        claims = Checks.list("claims", claims);
        comments = Checks.list("comments", comments);
        complaints = Checks.list("complaints", complaints);
        customers = Checks.list("customers", customers);
        typeOverride = typeOverride == null ? TypeOverride.NONE : typeOverride;
        mentionHistory = Checks.list("mentionHistory", mentionHistory);
        signals = Checks.list("signals", signals);
        if (previousIncident != null && !previousIncident.brandId().equals(brand.brandId())) {
            throw new InvalidInputException("previousIncident.brandId", previousIncident.brandId(),
                    "be the snapshot's brand (" + brand.brandId() + ")");
        }

        progress = Checks.list("progress", progress);
        for (int i = 0; i < progress.size(); i++) {
            String incidentId = progress.get(i).incidentId();
            if (previousIncident == null || !previousIncident.id().equals(incidentId)) {
                throw new InvalidInputException("progress[" + i + "].incidentId", incidentId,
                        "be the previous incident's id (" + (previousIncident == null ? "no previousIncident was given"
                                : previousIncident.id()) + ")");
            }
        }

        requireUnique("metrics", metrics, o -> List.of(o.metric(), o.scope(), o.period()), "metric, scope and period");
        requireUnique("mentions", mentions, m -> List.of(m.window(), m.scope()), "window and channel");
        requireUnique("claims", claims, Claim::id, "id");
        requireUnique("comments", comments, Comment::id, "id");
        requireUnique("complaints", complaints, Complaint::id, "id");
        requireUnique("customers", customers, CustomerActivity::customerId, "customerId");
        requireUnique("mentionHistory", mentionHistory, MentionCount::at, "interval start (at)");
        requireUnique("signals", signals, WarningSignal::key, "kind, metric, scope and window");
        requireUnique("progress", progress, p -> List.of(p.actionKey(), p.state()), "actionKey and state");

        statements = Checks.list("statements", statements);
        Set<String> claimIds = new HashSet<>();
        claims.forEach(claim -> claimIds.add(claim.id()));
        for (int i = 0; i < statements.size(); i++) {
            String claimId = statements.get(i).claimId();
            if (claimId != null && !claimIds.contains(claimId)) {
                throw new InvalidInputException("statements[" + i + "].claimId", claimId,
                        "be the id of one of the claims (" + (claimIds.isEmpty() ? "there are none"
                                : String.join(", ", new java.util.TreeSet<>(claimIds))) + ")");
            }
        }
        requireUnique("statements", statements, st -> List.of(st.at(), st.stance(), String.valueOf(st.claimId())),
                "time, stance and claim");

        // a progress key about a claim or an influencer names one the snapshot holds, as statements do
        Set<String> handles = new HashSet<>();
        relays.forEach(relay -> handles.add(relay.handle()));
        for (int i = 0; i < progress.size(); i++) {
            ActionKeys.requireSubjectExists("progress[" + i + "].actionKey", progress.get(i).actionKey(), claimIds,
                    handles);
        }
    }

    /**
     * The form without harm and statements: harm not known, nothing said in public yet.
     *
     * @param brand the brand
     * @param trigger where the incident started, when known (TYP-06)
     * @param metrics marketing and CRM indicators
     * @param mentions social-listening statistics per window
     * @param relays journalists and influencers relaying the story
     * @param claims claims made about the brand
     * @param comments public comments to moderate
     * @param complaints customer complaints from the CRM or helpdesk
     * @param customers customer recency, for spotting customers gone silent
     * @param typeOverride what the host already knows about the incident type
     * @param mentionHistory mention counts at a regular interval, the latest being the current one; the mention-spike signal compares it with the ones before (DET-14)
     * @param signals warning signals already detected elsewhere (by the streaming monitor, or the host's own alerting), grouped with those the rules detect (DET-17)
     * @param previousIncident the incident the previous evaluation returned, possibly moved along its lifecycle by the host, or {@code null}; it is continued (same id, detection time) and its severity goes down only after the improvement held (TYP-07)
     * @param progress what was done about the previous incident's plan: approvals pending, actions completed, responses published; done actions are not suggested again and overdue ones are escalated (RSP-14). Requires {@code previousIncident}; a key about a claim ({@code PRESENT_EVIDENCE/claim-1}) or an influencer ({@code CONTACT_INFLUENCER/@handle}) must name one of {@code claims} or {@code relays}.
     */
    public Snapshot(BrandContext brand, TriggerOrigin trigger, List<MetricObservation> metrics,
                    List<MentionStatistics> mentions, List<Relay> relays, List<Claim> claims,
                    List<Comment> comments, List<Complaint> complaints, List<CustomerActivity> customers,
                    TypeOverride typeOverride, List<MentionCount> mentionHistory, List<WarningSignal> signals,
                    Incident previousIncident, List<ActionProgress> progress) {
        this(brand, trigger, metrics, mentions, relays, claims, comments, complaints, customers, typeOverride,
                mentionHistory, signals, previousIncident, progress, null, List.of());
    }

    /**
     * The form without {@code progress}: nothing recorded about a previous plan.
     *
     * @param brand the brand
     * @param trigger where the incident started, when known (TYP-06)
     * @param metrics marketing and CRM indicators
     * @param mentions social-listening statistics per window
     * @param relays journalists and influencers relaying the story
     * @param claims claims made about the brand
     * @param comments public comments to moderate
     * @param complaints customer complaints from the CRM or helpdesk
     * @param customers customer recency, for spotting customers gone silent
     * @param typeOverride what the host already knows about the incident type
     * @param mentionHistory mention counts at a regular interval, the latest being the current one; the mention-spike signal compares it with the ones before (DET-14)
     * @param signals warning signals already detected elsewhere (by the streaming monitor, or the host's own alerting), grouped with those the rules detect (DET-17)
     * @param previousIncident the incident the previous evaluation returned, possibly moved along its lifecycle by the host, or {@code null}; it is continued (same id, detection time) and its severity goes down only after the improvement held (TYP-07)
     */
    public Snapshot(BrandContext brand, TriggerOrigin trigger, List<MetricObservation> metrics,
                    List<MentionStatistics> mentions, List<Relay> relays, List<Claim> claims,
                    List<Comment> comments, List<Complaint> complaints, List<CustomerActivity> customers,
                    TypeOverride typeOverride, List<MentionCount> mentionHistory, List<WarningSignal> signals,
                    Incident previousIncident) {
        this(brand, trigger, metrics, mentions, relays, claims, comments, complaints, customers, typeOverride,
                mentionHistory, signals, previousIncident, List.of(), null, List.of());
    }

    /**
     * @param brand the brand being evaluated
     * @return a builder with every list empty
     */
    public static Builder builder(BrandContext brand) {
        return new Builder(brand);
    }

    /** @return a builder holding this snapshot's content, to derive a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder(brand).trigger(trigger).typeOverride(typeOverride)
                .previousIncident(previousIncident).harm(harm);
        builder.statements.addAll(statements);
        builder.mentionHistory.addAll(mentionHistory);
        builder.signals.addAll(signals);
        builder.metrics.addAll(metrics);
        builder.mentions.addAll(mentions);
        builder.relays.addAll(relays);
        builder.claims.addAll(claims);
        builder.comments.addAll(comments);
        builder.complaints.addAll(complaints);
        builder.customers.addAll(customers);
        builder.progress.addAll(progress);
        return builder;
    }

    private static <T> void requireUnique(String list, List<T> items, Function<T, Object> key, String keyName) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Object k = key.apply(items.get(i));
            if (!seen.add(k)) {
                throw InvalidInputException.duplicate(list + "[" + i + "]", k, keyName);
            }
        }
    }

    /** Collects the parts of a {@link Snapshot}; not thread-safe. */
    public static final class Builder {
        private final BrandContext brand;
        private TriggerOrigin trigger = TriggerOrigin.UNKNOWN;
        private TypeOverride typeOverride = TypeOverride.NONE;
        private final List<MetricObservation> metrics = new ArrayList<>();
        private final List<MentionStatistics> mentions = new ArrayList<>();
        private final List<Relay> relays = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();
        private final List<Comment> comments = new ArrayList<>();
        private final List<Complaint> complaints = new ArrayList<>();
        private final List<CustomerActivity> customers = new ArrayList<>();
        private final List<MentionCount> mentionHistory = new ArrayList<>();
        private final List<WarningSignal> signals = new ArrayList<>();
        private Incident previousIncident;
        private final List<ActionProgress> progress = new ArrayList<>();
        private Harm harm;
        private final List<PublicStatement> statements = new ArrayList<>();

        private Builder(BrandContext brand) {
            this.brand = Checks.required("brand", brand);
        }

        /**
         * @param origin where the incident started
         * @return this builder
         */
        public Builder trigger(TriggerOrigin origin) {
            this.trigger = origin;
            return this;
        }

        /**
         * @param override what the host knows of the incident type
         * @return this builder
         */
        public Builder typeOverride(TypeOverride override) {
            this.typeOverride = override;
            return this;
        }

        /**
         * @param observation a KPI value
         * @return this builder
         */
        public Builder metric(MetricObservation observation) {
            metrics.add(observation);
            return this;
        }

        /**
         * @param statistics listening statistics for a window
         * @return this builder
         */
        public Builder mentions(MentionStatistics statistics) {
            mentions.add(statistics);
            return this;
        }

        /**
         * @param relay a journalist or influencer relaying the story
         * @return this builder
         */
        public Builder relay(Relay relay) {
            relays.add(relay);
            return this;
        }

        /**
         * @param claim a claim about the brand
         * @return this builder
         */
        public Builder claim(Claim claim) {
            claims.add(claim);
            return this;
        }

        /**
         * @param comment a public comment
         * @return this builder
         */
        public Builder comment(Comment comment) {
            comments.add(comment);
            return this;
        }

        /**
         * @param comments public comments
         * @return this builder
         */
        public Builder comments(List<Comment> comments) {
            this.comments.addAll(comments);
            return this;
        }

        /**
         * @param complaint a customer complaint
         * @return this builder
         */
        public Builder complaint(Complaint complaint) {
            complaints.add(complaint);
            return this;
        }

        /**
         * @param activity one customer's recency
         * @return this builder
         */
        public Builder customer(CustomerActivity activity) {
            customers.add(activity);
            return this;
        }

        /**
         * @param count one interval of the mention series (DET-14)
         * @return this builder
         */
        public Builder mentionCount(MentionCount count) {
            mentionHistory.add(count);
            return this;
        }

        /**
         * @param counts intervals of the mention series (DET-14)
         * @return this builder
         */
        public Builder mentionHistory(List<MentionCount> counts) {
            mentionHistory.addAll(counts);
            return this;
        }

        /**
         * @param signal a warning signal detected elsewhere
         * @return this builder
         */
        public Builder signal(WarningSignal signal) {
            signals.add(signal);
            return this;
        }

        /**
         * @param incident the incident the previous evaluation returned, or null
         * @return this builder
         */
        public Builder previousIncident(Incident incident) {
            this.previousIncident = incident;
            return this;
        }

        /**
         * @param record what was done about an action of the previous plan
         * @return this builder
         */
        public Builder progress(ActionProgress record) {
            progress.add(record);
            return this;
        }

        /**
         * @param records what was done about actions of the previous plan
         * @return this builder
         */
        public Builder progress(List<ActionProgress> records) {
            progress.addAll(records);
            return this;
        }

        /**
         * @param harm what people suffered, or null when not known
         * @return this builder
         */
        public Builder harm(Harm harm) {
            this.harm = harm;
            return this;
        }

        /**
         * @param statement something the brand already said in public about the crisis
         * @return this builder
         */
        public Builder statement(PublicStatement statement) {
            statements.add(statement);
            return this;
        }

        /** @return the snapshot; throws {@link InvalidInputException} on duplicates, nulls or dangling references */
        public Snapshot build() {
            return new Snapshot(brand, trigger, metrics, mentions, relays, claims, comments, complaints, customers,
                    typeOverride, mentionHistory, signals, previousIncident, progress, harm, statements);
        }
    }
}
