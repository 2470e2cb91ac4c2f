package io.crisisrules.invariants;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Claim;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.Harm;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Incident;
import io.crisisrules.model.InputReceipt;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.moderation.Offence;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.ModerationSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The invariants of the crisis policy, ready to run on any evaluation. {@link #all()} lists them,
 * {@link #check(Snapshot, Assessment, CrisisEngine)} runs them and returns every violation, and
 * {@link #requireNone(List)} turns violations into an {@link AssertionError} for test frameworks
 * that expect one. Each invariant is also available on its own, to run a subset.
 *
 * <p>Invariants judge the output against the settings of the engine they are given
 * ({@code engine.settings()}), so they hold for a host's own thresholds and DRL files as long as
 * those keep the policy's promises. The metamorphic ones ({@link #sameInputSameAssessment()},
 * {@link #inputOrderDoesNotMatter()}, {@link #severityMonotoneInReach()}) evaluate variants of the
 * input with that engine at the output's evaluation time.
 *
 * <p>Response-action kinds: a humour action is recognised by {@link #HUMOUR} (its kind's name
 * speaks of humour or self-mockery), denial, accommodation and substantive answers by
 * {@link ActionKind#stance()} and {@link ActionKind#isSubstantive()}, so the invariants keep working as
 * response strategies add action kinds.
 */
public final class PolicyInvariants {

    /** Recognises a humour or self-mockery action by the name of its kind (RSP-05, RSP-06). */
    public static final Predicate<ActionKind> HUMOUR = kind -> {
        String name = kind.name().toUpperCase(Locale.ROOT);
        return name.contains("HUMOUR") || name.contains("HUMOR") || name.contains("SELF_MOCKERY")
                || name.contains("JOKE");
    };

    private static final List<Invariant> ALL = List.of(
            oneDecisionPerComment(), abuseNeverLeftVisible(), noBlockOnFirstOffence(), firstResponseWithinDeadline(),
            noDenialMixedWithApology(), noHumourInMajorCrisisOrHarm(HUMOUR), noSubstantiveAnswerToUnverifiedClaim(),
            noCompensationWithoutLoss(), noPreventableWithoutEvidenceOfFault(), nothingLost(), severityMonotoneInReach(), sameInputSameAssessment(), inputOrderDoesNotMatter());

    private PolicyInvariants() {
    }

    /** @return every invariant, the cheap ones (reading input and output) first */
    public static List<Invariant> all() {
        return ALL;
    }

    /** @return the invariants that only read the input and output, never evaluating again */
    public static List<Invariant> readOnly() {
        return ALL.subList(0, ALL.size() - 3);
    }

    /**
     * Runs every invariant.
     *
     * @param input  the snapshot handed in
     * @param output what {@code engine.evaluate(input)} returned
     * @param engine the engine that evaluated it
     * @return every violation of every invariant; empty when the policy's promises hold
     */
    public static List<Violation> check(Snapshot input, Assessment output, CrisisEngine engine) {
        return check(ALL, input, output, engine);
    }

    /**
     * @param invariants the invariants to run
     * @param input      the snapshot handed in
     * @param output     what {@code engine.evaluate(input)} returned
     * @param engine     the engine that evaluated it
     * @return every violation found, invariant by invariant
     */
    public static List<Violation> check(List<Invariant> invariants, Snapshot input, Assessment output,
                                        CrisisEngine engine) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(engine, "engine");
        List<Violation> violations = new ArrayList<>();
        for (Invariant invariant : invariants) {
            violations.addAll(invariant.check(input, output, engine));
        }
        return List.copyOf(violations);
    }

    /**
     * Evaluates the snapshot and runs every invariant on the result.
     *
     * @param engine the engine under test
     * @param input  a snapshot
     * @return every violation found
     */
    public static List<Violation> evaluateAndCheck(CrisisEngine engine, Snapshot input) {
        return check(input, engine.evaluate(input), engine);
    }

    /**
     * @param violations what {@link #check} returned
     * @throws AssertionError listing every violation, when there is any
     */
    public static void requireNone(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " policy violation(s):\n  "
                    + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    // ------------------------------------------------------------------------------------ moderation

    /** @return every comment handed in has exactly one moderation decision, in input order (MOD-01…MOD-08, MOD-06) */
    public static Invariant oneDecisionPerComment() {
        return new Simple("one-decision-per-comment", List.of("MOD-06"),
                "Every comment handed in has exactly one moderation decision, in the order handed in.",
                (in, out, engine) -> {
                    List<String> problems = new ArrayList<>();
                    List<String> decided = out.moderation().stream().map(ModerationDecision::commentId).toList();
                    List<String> handedIn = in.comments().stream().map(Comment::id).toList();
                    if (!decided.equals(handedIn)) {
                        problems.add("decisions are for comments " + decided + " but comments " + handedIn
                                + " were handed in");
                    }
                    return problems;
                });
    }

    /**
     * @return a comment certainly hateful, insulting or defamatory (score at or above
     *         {@code moderation.actionThreshold}) is never left visible; an uncertain one (from
     *         {@code reviewThreshold}) is hidden while held when {@code hideHeldComments} says so (MOD-01, MOD-08)
     */
    public static Invariant abuseNeverLeftVisible() {
        return new Simple("abuse-never-left-visible", List.of("MOD-01", "MOD-08"),
                "Hateful, insulting or defamatory comments are never left visible.",
                (in, out, engine) -> {
                    ModerationSettings settings = engine.settings().moderation();
                    Map<String, ModerationDecision> decisions = byComment(out);
                    List<String> problems = new ArrayList<>();
                    for (Comment comment : in.comments()) {
                        ModerationDecision decision = decisions.get(comment.id());
                        if (decision == null) {
                            continue; // one-decision-per-comment reports it
                        }
                        double abuse = comment.abuseConfidence();
                        boolean mustHide = abuse >= settings.actionThreshold()
                                || (settings.hideHeldComments() && abuse >= settings.reviewThreshold());
                        if (mustHide && decision.action().leavesVisible()) {
                            problems.add("comment " + comment.id() + " has abuse confidence " + abuse
                                    + " (actionThreshold " + settings.actionThreshold() + ", reviewThreshold "
                                    + settings.reviewThreshold() + ", hideHeldComments "
                                    + settings.hideHeldComments() + ") but stays visible: " + decision.action());
                        }
                    }
                    return problems;
                });
    }

    /**
     * @return an author is blocked only with at least {@code moderation.blockAfterOffences - 1} earlier
     *         offences (in the batch, posted no later, or in the engine's offence history), so never on a
     *         first offence (MOD-04)
     */
    public static Invariant noBlockOnFirstOffence() {
        return new Simple("no-block-on-first-offence", List.of("MOD-04"),
                "An author is blocked only as a repeat offender, never on a first offence.",
                (in, out, engine) -> {
                    ModerationSettings settings = engine.settings().moderation();
                    Map<String, ModerationDecision> decisions = byComment(out);
                    Set<String> batchIds = in.comments().stream().map(Comment::id).collect(Collectors.toSet());
                    List<String> problems = new ArrayList<>();
                    for (Comment comment : in.comments()) {
                        ModerationDecision decision = decisions.get(comment.id());
                        if (decision == null || decision.action() != ModerationAction.BLOCK_AUTHOR) {
                            continue;
                        }
                        Set<String> earlier = new HashSet<>();
                        for (Comment other : in.comments()) {
                            ModerationDecision otherDecision = decisions.get(other.id());
                            if (!other.id().equals(comment.id()) && other.authorId().equals(comment.authorId())
                                    && otherDecision != null && otherDecision.action().isOffence()
                                    && !other.postedAt().isAfter(comment.postedAt())) {
                                earlier.add(other.id());
                            }
                        }
                        OffenceHistory history = engine.offenceHistory();
                        for (Offence offence : history.offencesSince(comment.authorId(),
                                out.evaluatedAt().minus(settings.offenceWindow()))) {
                            if (!batchIds.contains(offence.commentId())) {
                                earlier.add(offence.commentId());
                            }
                        }
                        if (earlier.isEmpty() || earlier.size() + 1 < settings.blockAfterOffences()) {
                            problems.add("comment " + comment.id() + " blocks author " + comment.authorId()
                                    + " with " + earlier.size() + " earlier offence(s) " + new java.util.TreeSet<>(earlier)
                                    + " but moderation.blockAfterOffences is " + settings.blockAfterOffences());
                        }
                    }
                    return problems;
                });
    }

    // ------------------------------------------------------------------------------------ response

    /**
     * @return every open incident whose first response is not recorded as done has a
     *         {@link ActionKind#FIRST_RESPONSE first response} due no later than
     *         {@code response.firstResponseWithin} after its detection (RSP-01)
     */
    public static Invariant firstResponseWithinDeadline() {
        return new Simple("first-response-within-deadline", List.of("RSP-01"),
                "Every incident gets a first response due within response.firstResponseWithin of detection.",
                (in, out, engine) -> {
                    Duration within = engine.settings().response().firstResponseWithin();
                    List<String> problems = new ArrayList<>();
                    for (Incident incident : out.incidents()) {
                        // a resolved or closed incident's first response lies behind it (RSP-01 plans
                        // it while the incident is open), and one the host recorded as done is not
                        // suggested again: its deadline says so instead
                        boolean done = out.deadlines().stream().anyMatch(d -> d.kind() == ActionKind.FIRST_RESPONSE
                                && d.doneAt() != null);
                        if (!incident.isOpen() || done) {
                            continue;
                        }
                        Instant deadline = incident.detectedAt().plus(within);
                        List<ResponseAction> first = out.actions().stream()
                                .filter(a -> a.incidentId().equals(incident.id()))
                                .filter(a -> a.kind() == ActionKind.FIRST_RESPONSE).toList();
                        if (first.isEmpty()) {
                            problems.add("open incident " + incident.id() + " (" + incident.status() + ", "
                                    + incident.crisisType() + ", " + incident.severity()
                                    + ") has no FIRST_RESPONSE action");
                        }
                        for (ResponseAction action : first) {
                            if (action.due().isAfter(deadline) || action.due().isBefore(incident.detectedAt())) {
                                problems.add("incident " + incident.id() + " detected at " + incident.detectedAt()
                                        + " has its first response due " + action.due() + ", outside "
                                        + "response.firstResponseWithin " + within + " (deadline " + deadline + ")");
                            }
                        }
                    }
                    return problems;
                });
    }

    /**
     * @return a plan never takes a denial stance and an accommodation stance (apology, compensation)
     *         on the same claim; an action without subject applies to every claim (RSP-18, RSP-04)
     */
    public static Invariant noDenialMixedWithApology() {
        return new Simple("no-denial-mixed-with-apology", List.of("RSP-18", "RSP-04"),
                "A plan never mixes denial with apology or compensation for the same claim (an action without subject concerns the main claims).",
                (in, out, engine) -> {
                    Map<String, Incident> incidents = out.incidents().stream()
                            .collect(Collectors.toMap(Incident::id, Function.identity(), (a, b) -> a));
                    List<String> problems = new ArrayList<>();
                    for (ResponseAction denial : out.actions()) {
                        if (denial.kind().stance() != ActionKind.Stance.DENIAL) {
                            continue;
                        }
                        for (ResponseAction accommodation : out.actions()) {
                            if (accommodation.kind().stance() == ActionKind.Stance.ACCOMMODATION
                                    && accommodation.incidentId().equals(denial.incidentId())
                                    && sameClaim(incidents.get(denial.incidentId()), denial.subject(),
                                    accommodation.subject())) {
                                problems.add("incident " + denial.incidentId() + " both denies (" + denial.key()
                                        + ") and accommodates (" + accommodation.key() + ") the same claim");
                            }
                        }
                    }
                    return problems;
                });
    }

    /**
     * @param isHumour recognises humour actions, e.g. {@link #HUMOUR}
     * @return no humour or self-mockery while the incident is major, when people were harmed (safety
     *         exposure, a confirmed safety claim) or for an internal error (RSP-06, RSP-05)
     */
    public static Invariant noHumourInMajorCrisisOrHarm(Predicate<ActionKind> isHumour) {
        Objects.requireNonNull(isHumour, "isHumour");
        return new Simple("no-humour-in-major-crisis-or-harm", List.of("RSP-06", "RSP-05"),
                "No humour in a major crisis, when people were harmed, or for an internal error with victims.",
                (in, out, engine) -> {
                    boolean confirmedHarm = in.claims().stream()
                            .anyMatch(c -> c.topic() == Topic.SAFETY && c.status() == Claim.Status.CONFIRMED)
                            || in.harm() != null && in.harm().kinds().stream().anyMatch(Harm.Kind::harmsPeople);
                    List<String> problems = new ArrayList<>();
                    for (Incident incident : out.incidents()) {
                        boolean harmed = confirmedHarm || incident.peopleHarmed()
                                || incident.aggravatingFactors().contains(Incident.AggravatingFactor.SAFETY_EXPOSURE);
                        String why = incident.severity() == Severity.MAJOR ? "the incident is major"
                                : harmed ? "people were harmed (" + incident.harms() + ")" : null;
                        if (why == null) {
                            continue;
                        }
                        out.actions().stream()
                                .filter(a -> a.incidentId().equals(incident.id()) && isHumour.test(a.kind()))
                                .forEach(a -> problems.add("incident " + incident.id() + " plans humour ("
                                        + a.key() + ") although " + why));
                    }
                    return problems;
                });
    }

    /**
     * @return no substantive answer (denial, accommodation, diminishing) while the incident's claims
     *         are unverified, nor about an unverified claim (TYP-03)
     */
    public static Invariant noSubstantiveAnswerToUnverifiedClaim() {
        return new Simple("no-substantive-answer-to-unverified-claim", List.of("TYP-03"),
                "A claim that is not validated gets no substantive answer, only a holding reply and a validation task.",
                (in, out, engine) -> {
                    Set<String> unverified = in.claims().stream()
                            .filter(c -> c.status() == Claim.Status.UNVERIFIED).map(Claim::id)
                            .collect(Collectors.toSet());
                    Map<String, Incident> incidents = out.incidents().stream()
                            .collect(Collectors.toMap(Incident::id, Function.identity(), (a, b) -> a));
                    List<String> problems = new ArrayList<>();
                    for (ResponseAction action : out.actions()) {
                        if (!action.kind().isSubstantive()) {
                            continue;
                        }
                        Incident incident = incidents.get(action.incidentId());
                        if (action.subject() != null && unverified.contains(action.subject())) {
                            problems.add("action " + action.key() + " (" + action.kind().stance()
                                    + ") answers claim " + action.subject() + ", which is UNVERIFIED");
                        } else if (incident != null && incident.isUnverified()) {
                            problems.add("action " + action.key() + " (" + action.kind().stance()
                                    + ") takes a position while incident " + incident.id() + " is UNVERIFIED");
                        }
                    }
                    return problems;
                });
    }

    /**
     * @return no compensation is offered where nobody suffered a loss: the incident's harms include a
     *         loss, and a host that said what people suffered named one (RSP-03, RSP-16)
     */
    public static Invariant noCompensationWithoutLoss() {
        return new Simple("no-compensation-without-loss", List.of("RSP-03", "RSP-16"),
                "Compensation is offered only where people suffered a loss (money, a service, their data, their health).",
                (in, out, engine) -> {
                    Map<String, Incident> incidents = out.incidents().stream()
                            .collect(Collectors.toMap(Incident::id, Function.identity(), (a, b) -> a));
                    boolean statedNoLoss = in.harm() != null && in.harm().kinds().stream().noneMatch(Harm.Kind::isLoss);
                    List<String> problems = new ArrayList<>();
                    for (ResponseAction action : out.actions()) {
                        if (action.kind() != ActionKind.OFFER_COMPENSATION) {
                            continue;
                        }
                        Incident incident = incidents.get(action.incidentId());
                        if (statedNoLoss) {
                            problems.add("action " + action.key() + " compensates although the host states harm "
                                    + in.harm().kinds() + ", no loss");
                        } else if (incident != null && !incident.hasLoss()) {
                            problems.add("action " + action.key() + " compensates although incident " + incident.id()
                                    + " records no loss (harms " + incident.harms() + ")");
                        }
                    }
                    return problems;
                });
    }

    /**
     * @return a crisis is framed preventable only on evidence of the brand's fault: a confirmed
     *         main claim of negligence, misconduct or offence, a trigger inside the brand, talk of its
     *         own error, a host override, or a history or reputation that raises the responsibility
     *         (RSP-16, RSP-17, TYP-06); an outage or a defect alone is accidental. A resolved or
     *         closed previous incident handed back as it was keeps its earlier frame.
     */
    public static Invariant noPreventableWithoutEvidenceOfFault() {
        return new Simple("no-preventable-without-evidence-of-fault", List.of("RSP-16", "TYP-06"),
                "An outage, a defect or a supplier failure without evidence of negligence or misconduct is never preventable.",
                (in, out, engine) -> {
                    boolean fault = in.trigger().isInternal()
                            || in.typeOverride().crisisType() != null || in.typeOverride().frame() != null
                            || in.claims().stream().anyMatch(c -> c.status() == Claim.Status.CONFIRMED
                            && c.role() != Claim.Role.SIDE && (c.allegation() == Claim.Allegation.NEGLIGENCE
                            || c.allegation() == Claim.Allegation.MISCONDUCT || c.allegation() == Claim.Allegation.OFFENCE))
                            || in.mentions().stream().anyMatch(m -> m.topics().entrySet().stream()
                            .anyMatch(t -> t.getValue() > 0 && OWN_ERROR_TOPICS.contains(t.getKey())))
                            || in.complaints().stream().anyMatch(c -> OWN_ERROR_TOPICS.contains(c.topic()))
                            || in.claims().stream().anyMatch(c -> c.status() != Claim.Status.REFUTED
                            && OWN_ERROR_TOPICS.contains(c.topic()));
                    if (fault || (in.previousIncident() != null && in.previousIncident().isOpen())) {
                        return List.of();
                    }
                    List<String> problems = new ArrayList<>();
                    for (Incident incident : out.incidents()) {
                        if (incident.cluster() == CrisisType.Responsibility.PREVENTABLE && !handedBack(in, incident)) {
                            problems.add("incident " + incident.id() + " is framed " + incident.frame()
                                    + " (preventable) with no evidence of the brand's fault");
                        }
                    }
                    return problems;
                });
    }

    private static final Set<Topic> OWN_ERROR_TOPICS = java.util.EnumSet.of(Topic.OFFENSIVE_REMARK,
            Topic.CAMPAIGN_MESSAGE, Topic.WRONG_INFORMATION, Topic.CRISIS_HANDLING);

    // ------------------------------------------------------------------------------------ completeness

    /**
     * @return the receipt counts everything handed in, every comment has a decision and every signal
     *         handed in is among the assessment's signals (DET-17, MOD-06)
     */
    public static Invariant nothingLost() {
        return new Simple("nothing-lost", List.of("DET-17", "MOD-06"),
                "Nothing handed in is lost: Assessment.received() counts it and signals handed in come back.",
                (in, out, engine) -> {
                    List<String> problems = new ArrayList<>();
                    InputReceipt expected = InputReceipt.of(in);
                    if (!expected.equals(out.received())) {
                        problems.add("received " + out.received() + " but the snapshot holds " + expected);
                    }
                    if (out.moderation().size() != in.comments().size()) {
                        problems.add(in.comments().size() + " comments handed in but " + out.moderation().size()
                                + " decisions returned");
                    }
                    Set<String> returned = out.signals().stream().map(WarningSignal::key).collect(Collectors.toSet());
                    for (WarningSignal signal : in.signals()) {
                        if (!returned.contains(signal.key())) {
                            problems.add("signal " + signal.key() + " was handed in but is not in the assessment");
                        }
                    }
                    return problems;
                });
    }

    // ------------------------------------------------------------------------------------ metamorphic

    /**
     * @return with more reach and more negative mentions in every listening window, the severity of
     *         the incident is at least as high, and an incident stays an incident (TYP-04, TYP-05, TYP-07);
     *         a resolved or closed previous incident handed back as it was is not sized by this evaluation
     */
    public static Invariant severityMonotoneInReach() {
        return new Simple("severity-monotone-in-reach", List.of("TYP-04"),
                "More reach and more negative mentions never lower the severity.",
                (in, out, engine) -> {
                    if (in.mentions().isEmpty()) {
                        return List.of();
                    }
                    Snapshot.Builder louder = withoutMentions(in);
                    in.mentions().forEach(m -> louder.mentions(amplified(m)));
                    Snapshot variant = louder.build();
                    Assessment again = replay(engine, out).withOffenceHistory(OffenceHistory.none()).evaluate(variant);
                    // a resolved or closed incident handed back keeps the severity it had; louder news
                    // opens a new incident, sized on the evidence alone
                    Severity before = out.incident().filter(incident -> !handedBack(in, incident))
                            .map(Incident::severity).orElse(null);
                    Severity after = again.incident().map(Incident::severity).orElse(null);
                    if (before != null && (after == null || after.compareTo(before) < 0)) {
                        return List.of("with more reach and negative mentions " + describe(variant.mentions())
                                + " the severity went from " + before + " to " + after + " (before: "
                                + describe(in.mentions()) + ")");
                    }
                    return List.of();
                });
    }

    /** @return evaluating the same snapshot again, at the same time, gives the same assessment (DET-17, MOD-06) */
    public static Invariant sameInputSameAssessment() {
        return new Simple("same-input-same-assessment", List.of("DET-17", "MOD-06"),
                "The same input, at the same time, gives the same assessment.",
                (in, out, engine) -> differences(out, replay(engine, out).evaluate(in), "evaluated again"));
    }

    /**
     * @return reversing or shuffling every list of the snapshot gives the same assessment, moderation
     *         decisions following the comments' new order (DET-17, MOD-04, MOD-06)
     */
    public static Invariant inputOrderDoesNotMatter() {
        return new Simple("input-order-does-not-matter", List.of("DET-17", "MOD-04", "MOD-06"),
                "The order of the lists handed in does not change the assessment.",
                (in, out, engine) -> {
                    List<String> problems = new ArrayList<>();
                    CrisisEngine same = replay(engine, out);
                    problems.addAll(differences(out, same.evaluate(reordered(in, null)), "with every list reversed"));
                    long seed = 31L * in.comments().size() + 17L * in.mentions().size() + in.metrics().size();
                    problems.addAll(differences(out, same.evaluate(reordered(in, new Random(seed))),
                            "with every list shuffled (seed " + seed + ")"));
                    return problems;
                });
    }

    /**
     * @param input  a snapshot
     * @param random how to shuffle, or {@code null} to reverse every list
     * @return the same snapshot with every list reversed or shuffled
     */
    public static Snapshot reordered(Snapshot input, Random random) {
        Snapshot.Builder builder = Snapshot.builder(input.brand()).trigger(input.trigger())
                .typeOverride(input.typeOverride()).previousIncident(input.previousIncident()).harm(input.harm());
        reorder(input.progress(), random).forEach(builder::progress);
        reorder(input.statements(), random).forEach(builder::statement);
        reorder(input.metrics(), random).forEach(builder::metric);
        reorder(input.mentions(), random).forEach(builder::mentions);
        reorder(input.relays(), random).forEach(builder::relay);
        reorder(input.claims(), random).forEach(builder::claim);
        reorder(input.comments(), random).forEach(builder::comment);
        reorder(input.complaints(), random).forEach(builder::complaint);
        reorder(input.customers(), random).forEach(builder::customer);
        reorder(input.mentionHistory(), random).forEach(builder::mentionCount);
        reorder(input.signals(), random).forEach(builder::signal);
        return builder.build();
    }

    // ------------------------------------------------------------------------------------ helpers

    private static <T> List<T> reorder(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        if (random == null) {
            Collections.reverse(copy);
        } else {
            Collections.shuffle(copy, random);
        }
        return copy;
    }

    private static CrisisEngine replay(CrisisEngine engine, Assessment out) {
        return engine.withClock(Clock.fixed(out.evaluatedAt(), ZoneOffset.UTC));
    }

    private static Snapshot.Builder withoutMentions(Snapshot in) {
        Snapshot.Builder builder = Snapshot.builder(in.brand()).trigger(in.trigger())
                .typeOverride(in.typeOverride()).previousIncident(in.previousIncident()).harm(in.harm());
        in.progress().forEach(builder::progress);
        in.statements().forEach(builder::statement);
        in.metrics().forEach(builder::metric);
        in.relays().forEach(builder::relay);
        in.claims().forEach(builder::claim);
        in.comments().forEach(builder::comment);
        in.complaints().forEach(builder::complaint);
        in.customers().forEach(builder::customer);
        in.mentionHistory().forEach(builder::mentionCount);
        in.signals().forEach(builder::signal);
        return builder;
    }

    /** Doubles (at least +1, +1000) the mentions, negative mentions, reach and negative reach of a window. */
    private static MentionStatistics amplified(MentionStatistics m) {
        long more = Math.max(1, Math.min(m.mentions(), Long.MAX_VALUE / 8));
        long wider = Math.max(1_000, Math.min(m.reach(), Long.MAX_VALUE / 8));
        return new MentionStatistics(m.window(), m.channel(), m.mentions() + more, m.negativeMentions() + more,
                m.reach() + wider, m.negativeReach() + wider, m.baselineNegativeShare(), m.topics());
    }

    private static String describe(List<MentionStatistics> mentions) {
        return mentions.stream().map(m -> m.scope() + "{mentions " + m.mentions() + ", negative "
                + m.negativeMentions() + ", reach " + m.reach() + ", negativeReach " + m.negativeReach() + "}")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * Whether the incident is the snapshot's resolved or closed previous incident, returned as the
     * host handed it back (its type, frame and severity are the earlier evaluation's, not this one's).
     */
    private static boolean handedBack(Snapshot in, Incident incident) {
        Incident previous = in.previousIncident();
        return previous != null && !previous.isOpen() && previous.id().equals(incident.id());
    }

    /** Whether two actions' subjects overlap: an action without subject concerns the incident's main claims. */
    private static boolean sameClaim(Incident incident, String a, String b) {
        if (java.util.Objects.equals(a, b)) {
            return true;
        }
        if (incident == null) {
            return a == null || b == null;
        }
        return a == null && incident.concernsMainFacts(b) || b == null && incident.concernsMainFacts(a);
    }

    private static Map<String, ModerationDecision> byComment(Assessment out) {
        Map<String, ModerationDecision> decisions = new HashMap<>();
        out.moderation().forEach(d -> decisions.putIfAbsent(d.commentId(), d));
        return decisions;
    }

    private static List<String> differences(Assessment expected, Assessment actual, String how) {
        List<String> problems = new ArrayList<>();
        compare(problems, how, "signals", expected.signals(), actual.signals());
        compare(problems, how, "incidents", expected.incidents(), actual.incidents());
        compare(problems, how, "actions", expected.actions(), actual.actions());
        compare(problems, how, "moderation", new LinkedHashMap<>(sortedByComment(expected)),
                new LinkedHashMap<>(sortedByComment(actual)));
        compare(problems, how, "monitoring", expected.monitoring(), actual.monitoring());
        compare(problems, how, "received", expected.received(), actual.received());
        compare(problems, how, "deadlines", expected.deadlines(), actual.deadlines());
        compare(problems, how, "readinessGaps", expected.readinessGaps(), actual.readinessGaps());
        return problems;
    }

    private static Map<String, ModerationDecision> sortedByComment(Assessment out) {
        Map<String, ModerationDecision> sorted = new java.util.TreeMap<>();
        out.moderation().forEach(d -> sorted.put(d.commentId(), d));
        return sorted;
    }

    private static void compare(List<String> problems, String how, String part, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(part + " differ " + how + ": first " + expected + ", then " + actual);
        }
    }

    /** Checks one evaluation and returns explanations of what is wrong. */
    @FunctionalInterface
    private interface Check {
        List<String> problems(Snapshot input, Assessment output, CrisisEngine engine);
    }

    private record Simple(String name, List<String> policyIds, String description, Check check) implements Invariant {
        @Override
        public List<Violation> check(Snapshot input, Assessment output, CrisisEngine engine) {
            return check.problems(input, output, engine).stream().map(this::violation).toList();
        }

        @Override
        public String toString() {
            return name + " " + policyIds;
        }
    }
}
