package io.crisisrules.invariants;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
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
 * <p>The invariants live in one class per policy family — {@link ModerationInvariants},
 * {@link ResponseInvariants}, {@link EscalationInvariants}, {@link CompletenessInvariants}, {@link MetamorphicInvariants} — and
 * this class gathers them; the factory methods here return the same invariants. Response-action
 * kinds are recognised by their attributes: a humour action by {@link ActionKind#tone()}
 * ({@link #HUMOUR}), denial, accommodation and substantive answers by {@link ActionKind#stance()}
 * and {@link ActionKind#isSubstantive()}.
 */
public final class PolicyInvariants {

    /** Recognises a humour or self-mockery action: its kind's tone is light (RSP-05, RSP-06). */
    public static final Predicate<ActionKind> HUMOUR = kind -> kind.tone() == ActionKind.Tone.LIGHT;

    private static final List<Invariant> ALL = List.of(
            ModerationInvariants.oneDecisionPerComment(), ModerationInvariants.abuseNeverLeftVisible(),
            ModerationInvariants.noBlockOnFirstOffence(), ModerationInvariants.houseLabelsExplained(),
            ResponseInvariants.firstResponseWithinDeadline(), ResponseInvariants.housePlanActionsExplained(),
            ResponseInvariants.noDenialMixedWithApology(), ResponseInvariants.noHumourInMajorCrisisOrHarm(HUMOUR),
            ResponseInvariants.noSubstantiveAnswerToUnverifiedClaim(), ResponseInvariants.noCompensationWithoutLoss(),
            ResponseInvariants.noPreventableWithoutEvidenceOfFault(), EscalationInvariants.everyEscalationConcernsAPlannedAction(),
            CompletenessInvariants.nothingLost(),
            MetamorphicInvariants.severityMonotoneInReach(), MetamorphicInvariants.sameInputSameAssessment(),
            MetamorphicInvariants.inputOrderDoesNotMatter());

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

    // ------------------------------------------------------------------ the families' invariants

    /** @return {@link ModerationInvariants#oneDecisionPerComment()} */
    public static Invariant oneDecisionPerComment() {
        return ModerationInvariants.oneDecisionPerComment();
    }

    /** @return {@link ModerationInvariants#abuseNeverLeftVisible()} */
    public static Invariant abuseNeverLeftVisible() {
        return ModerationInvariants.abuseNeverLeftVisible();
    }

    /** @return {@link ModerationInvariants#noBlockOnFirstOffence()} */
    public static Invariant noBlockOnFirstOffence() {
        return ModerationInvariants.noBlockOnFirstOffence();
    }

    /** @return {@link ModerationInvariants#houseLabelsExplained()} */
    public static Invariant houseLabelsExplained() {
        return ModerationInvariants.houseLabelsExplained();
    }

    /** @return {@link ResponseInvariants#housePlanActionsExplained()} */
    public static Invariant housePlanActionsExplained() {
        return ResponseInvariants.housePlanActionsExplained();
    }

    /** @return {@link ResponseInvariants#firstResponseWithinDeadline()} */
    public static Invariant firstResponseWithinDeadline() {
        return ResponseInvariants.firstResponseWithinDeadline();
    }

    /** @return {@link ResponseInvariants#noDenialMixedWithApology()} */
    public static Invariant noDenialMixedWithApology() {
        return ResponseInvariants.noDenialMixedWithApology();
    }

    /** @return {@link ResponseInvariants#noSubstantiveAnswerToUnverifiedClaim()} */
    public static Invariant noSubstantiveAnswerToUnverifiedClaim() {
        return ResponseInvariants.noSubstantiveAnswerToUnverifiedClaim();
    }

    /** @return {@link ResponseInvariants#noCompensationWithoutLoss()} */
    public static Invariant noCompensationWithoutLoss() {
        return ResponseInvariants.noCompensationWithoutLoss();
    }

    /** @return {@link ResponseInvariants#noPreventableWithoutEvidenceOfFault()} */
    public static Invariant noPreventableWithoutEvidenceOfFault() {
        return ResponseInvariants.noPreventableWithoutEvidenceOfFault();
    }

    /** @return {@link EscalationInvariants#everyEscalationConcernsAPlannedAction()} */
    public static Invariant everyEscalationConcernsAPlannedAction() {
        return EscalationInvariants.everyEscalationConcernsAPlannedAction();
    }

    /** @return {@link CompletenessInvariants#nothingLost()} */
    public static Invariant nothingLost() {
        return CompletenessInvariants.nothingLost();
    }

    /** @return {@link MetamorphicInvariants#severityMonotoneInReach()} */
    public static Invariant severityMonotoneInReach() {
        return MetamorphicInvariants.severityMonotoneInReach();
    }

    /** @return {@link MetamorphicInvariants#sameInputSameAssessment()} */
    public static Invariant sameInputSameAssessment() {
        return MetamorphicInvariants.sameInputSameAssessment();
    }

    /** @return {@link MetamorphicInvariants#inputOrderDoesNotMatter()} */
    public static Invariant inputOrderDoesNotMatter() {
        return MetamorphicInvariants.inputOrderDoesNotMatter();
    }

    /**
     * @param isHumour recognises humour actions, e.g. {@link #HUMOUR}
     * @return {@link ResponseInvariants#noHumourInMajorCrisisOrHarm(Predicate)}
     */
    public static Invariant noHumourInMajorCrisisOrHarm(Predicate<ActionKind> isHumour) {
        return ResponseInvariants.noHumourInMajorCrisisOrHarm(isHumour);
    }

    /**
     * @param input  a snapshot
     * @param random how to shuffle, or {@code null} to reverse every list
     * @return {@link MetamorphicInvariants#reordered(Snapshot, Random)}
     */
    public static Snapshot reordered(Snapshot input, Random random) {
        return MetamorphicInvariants.reordered(input, random);
    }
}
