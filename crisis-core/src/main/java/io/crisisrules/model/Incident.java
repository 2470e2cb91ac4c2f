package io.crisisrules.model;

import io.crisisrules.IllegalTransitionException;
import io.crisisrules.InvalidInputException;
import io.crisisrules.checks.Checks;

import java.time.Instant;
import java.util.List;

/**
 * One crisis or marketing failure of a brand, grouping the warning signals and evidence seen
 * together (DET-17), typed (TYP-01, TYP-02), validated (TYP-03) and sized (TYP-04, TYP-05).
 *
 * @param id                 stable identifier, derived from the brand and the detection time
 * @param brandId            the brand
 * @param detectedAt         when it was detected; deadlines count from here
 * @param status             where it stands
 * @param failureType        what kind of marketing failure
 * @param crisisType         what kind of reputation crisis
 * @param responsibility     the responsibility attributed to the brand, after history (RSP-16, RSP-17)
 * @param verification       whether the claims behind it are validated
 * @param severity           how big it is
 * @param aggravatingFactors what raised its severity
 * @param signalKeys         the {@link WarningSignal#key() keys} of the signals grouped in it
 * @param downgradePendingSince when the evidence first fell below {@code severity}, or {@code null}:
 *                           the severity goes down once that has held for the downgrade window (TYP-07)
 * @param explanation        the rules that opened, typed and sized it
 * @param statusSince        when it entered its current {@code status}; post-crisis deadlines count
 *                           from when it was resolved or closed
 */
public record Incident(String id, String brandId, Instant detectedAt, IncidentStatus status, FailureType failureType,
                       CrisisType crisisType, CrisisType.Responsibility responsibility,
                       VerificationStatus verification, Severity severity,
                       List<AggravatingFactor> aggravatingFactors, List<String> signalKeys,
                       Instant downgradePendingSince, Explanation explanation, Instant statusSince) {

    public Incident {
        Checks.text("id", id);
        Checks.text("brandId", brandId);
        Checks.required("detectedAt", detectedAt);
        Checks.required("status", status);
        Checks.required("failureType", failureType);
        Checks.required("crisisType", crisisType);
        Checks.required("responsibility", responsibility);
        Checks.required("verification", verification);
        Checks.required("severity", severity);
        aggravatingFactors = Checks.list("aggravatingFactors", aggravatingFactors);
        signalKeys = Checks.list("signalKeys", signalKeys);
        Checks.required("explanation", explanation);
        statusSince = statusSince == null ? detectedAt : statusSince;
        if (statusSince.isBefore(detectedAt)) {
            throw new InvalidInputException("statusSince", statusSince, "not be before detectedAt (" + detectedAt + ")");
        }
    }

    /** The form without {@code statusSince}: the status is taken to date from the detection. */
    public Incident(String id, String brandId, Instant detectedAt, IncidentStatus status, FailureType failureType,
                    CrisisType crisisType, CrisisType.Responsibility responsibility,
                    VerificationStatus verification, Severity severity,
                    List<AggravatingFactor> aggravatingFactors, List<String> signalKeys,
                    Instant downgradePendingSince, Explanation explanation) {
        this(id, brandId, detectedAt, status, failureType, crisisType, responsibility, verification, severity,
                aggravatingFactors, signalKeys, downgradePendingSince, explanation, detectedAt);
    }

    /**
     * Moves the incident along its lifecycle (see {@link IncidentStatus}): the host calls this when
     * the crisis team acknowledges, responds, resolves or closes it, and hands the result in as the
     * next snapshot's {@code previousIncident}. Closing it produces the post-crisis plan.
     *
     * @param target the new status
     * @param at     when it changed; not before the current status began
     * @return the same incident in {@code target} since {@code at}
     * @throws IllegalTransitionException if the lifecycle does not allow the move
     * @throws InvalidInputException      if {@code target} or {@code at} is null, or {@code at} is
     *                                    before {@link #statusSince()}
     */
    public Incident transitionTo(IncidentStatus target, Instant at) {
        Checks.required("status", target);
        Checks.required("at", at);
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target);
        }
        if (at.isBefore(statusSince)) {
            throw new InvalidInputException("at", at, "not be before statusSince (" + statusSince + ")");
        }
        return new Incident(id, brandId, detectedAt, target, failureType, crisisType, responsibility, verification,
                severity, aggravatingFactors, signalKeys, downgradePendingSince, explanation, at);
    }

    /** @return whether the incident is still open (not resolved or closed) */
    public boolean isOpen() {
        return status != IncidentStatus.RESOLVED && status != IncidentStatus.CLOSED;
    }

    /** @return whether its claims still wait for validation */
    public boolean isUnverified() {
        return verification == VerificationStatus.UNVERIFIED;
    }

    /**
     * @return whether there is a real failure of the brand's to correct: an internal error or a
     *         product criticism whose claims are not waiting for validation (RSP-11, RSP-15). A
     *         rumour, an accusation or an unverified claim has nothing proven to correct.
     */
    public boolean hasFailureToCorrect() {
        return !isUnverified()
                && (crisisType == CrisisType.INTERNAL_ERROR || crisisType == CrisisType.PRODUCT_SERVICE_CRITICISM);
    }

    /** What raises an incident's severity one level (TYP-05). */
    public enum AggravatingFactor {
        /** People's health or safety is at stake. */
        SAFETY_EXPOSURE,
        /** A lawsuit, a regulator, a breach of law. */
        LEGAL_EXPOSURE,
        /** A journalist or influencer relays it. */
        RELAYED_BY_JOURNALIST_OR_INFLUENCER,
        /** The same kind of crisis happened within the recurrence window. */
        RECURRENCE
    }
}
