package io.crisisrules.model;

import io.crisisrules.internal.Checks;

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
 */
public record Incident(String id, String brandId, Instant detectedAt, IncidentStatus status, FailureType failureType,
                       CrisisType crisisType, CrisisType.Responsibility responsibility,
                       VerificationStatus verification, Severity severity,
                       List<AggravatingFactor> aggravatingFactors, List<String> signalKeys,
                       Instant downgradePendingSince, Explanation explanation) {

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
    }

    /** @return whether the incident is still open (not resolved or closed) */
    public boolean isOpen() {
        return status != IncidentStatus.RESOLVED && status != IncidentStatus.CLOSED;
    }

    /** @return whether its claims still wait for validation */
    public boolean isUnverified() {
        return verification == VerificationStatus.UNVERIFIED;
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
