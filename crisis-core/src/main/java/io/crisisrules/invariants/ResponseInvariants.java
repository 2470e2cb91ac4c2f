package io.crisisrules.invariants;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Claim;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.Harm;
import io.crisisrules.model.HouseAction;
import io.crisisrules.model.Incident;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Topic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The response-plan family of the policy's invariants (RSP-01, RSP-03…RSP-06, RSP-10, RSP-16, RSP-18,
 * TYP-03, TYP-06): deadlines, the stances a plan may not mix, when humour, compensation and a
 * substantive answer are allowed, when a crisis may be framed preventable, and house plan actions explained. Action kinds are
 * recognised by their attributes ({@link ActionKind#stance()}, {@link ActionKind#isSubstantive()},
 * {@link ActionKind#tone()}), so these keep working as strategies add kinds.
 */
public final class ResponseInvariants {

    private ResponseInvariants() {
    }

    /**
     * @return every {@link ActionKind#HOUSE_ACTION} of the plan (issue 18) carries the house action the
     *         engine's rules declare under its subject ({@link CrisisEngine#houseActions()}), is owned and
     *         kept internal, appears once per incident, and is explained by a rule of its house policy:
     *         a house's own action is named, never silent (RSP-10: each action names its owner)
     */
    public static Invariant housePlanActionsExplained() {
        return new SimpleInvariant("house-plan-actions-explained", List.of("RSP-10"),
                "Each house plan action carries its declared house action, once per incident, internal, explained by a rule of its policy.",
                (in, out, engine) -> {
                    Map<String, HouseAction> declared = engine.houseActions();
                    List<String> problems = new ArrayList<>();
                    Set<String> seen = new HashSet<>();
                    for (ResponseAction action : out.actions()) {
                        if (action.kind() != ActionKind.HOUSE_ACTION) {
                            continue;
                        }
                        HouseAction house = action.house();
                        String key = action.subject();
                        if (house == null || !declared.containsKey(key) || !declared.get(key).equals(house)) {
                            problems.add("house action " + action.key() + " carries " + house + ", not the one the"
                                    + " rules declare (" + declared.get(key) + ")");
                            continue;
                        }
                        if (!seen.add(action.incidentId() + "|" + key)) {
                            problems.add("house action " + action.key() + " is in the plan of incident "
                                    + action.incidentId() + " more than once");
                        }
                        if (action.channel().isPublic()) {
                            problems.add("house action " + action.key() + " is published on " + action.channel()
                                    + ": a house action is internal");
                        }
                        List<String> explained = action.explanation().policyIds();
                        if (!explained.contains(house.policyId())) {
                            problems.add("house action " + action.key() + " of policy " + house.policyId()
                                    + " is explained only by " + explained);
                        }
                    }
                    return problems;
                });
    }

    /**
     * @return every open incident whose first response is not recorded as done has a
     *         {@link ActionKind#FIRST_RESPONSE first response} due no later than
     *         {@code response.firstResponseWithin} after its detection (RSP-01)
     */
    public static Invariant firstResponseWithinDeadline() {
        return new SimpleInvariant("first-response-within-deadline", List.of("RSP-01"),
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
        return new SimpleInvariant("no-denial-mixed-with-apology", List.of("RSP-18", "RSP-04"),
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
     * @param isHumour recognises humour actions, e.g. {@link PolicyInvariants#HUMOUR}
     * @return no humour or self-mockery while the incident is major, when people were harmed (safety
     *         exposure, a confirmed safety claim) or for an internal error (RSP-06, RSP-05)
     */
    public static Invariant noHumourInMajorCrisisOrHarm(Predicate<ActionKind> isHumour) {
        Objects.requireNonNull(isHumour, "isHumour");
        return new SimpleInvariant("no-humour-in-major-crisis-or-harm", List.of("RSP-06", "RSP-05"),
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
        return new SimpleInvariant("no-substantive-answer-to-unverified-claim", List.of("TYP-03"),
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
        return new SimpleInvariant("no-compensation-without-loss", List.of("RSP-03", "RSP-16"),
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
        return new SimpleInvariant("no-preventable-without-evidence-of-fault", List.of("RSP-16", "TYP-06"),
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
                        if (incident.cluster() == CrisisType.Responsibility.PREVENTABLE && !Snapshots.handedBack(in, incident)) {
                            problems.add("incident " + incident.id() + " is framed " + incident.frame()
                                    + " (preventable) with no evidence of the brand's fault");
                        }
                    }
                    return problems;
                });
    }

    private static final Set<Topic> OWN_ERROR_TOPICS = java.util.EnumSet.of(Topic.OFFENSIVE_REMARK,
            Topic.CAMPAIGN_MESSAGE, Topic.WRONG_INFORMATION, Topic.CRISIS_HANDLING);

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
}
