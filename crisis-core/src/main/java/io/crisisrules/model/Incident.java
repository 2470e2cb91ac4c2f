package io.crisisrules.model;

import io.crisisrules.IllegalTransitionException;
import io.crisisrules.InvalidInputException;
import io.crisisrules.checks.Checks;

import java.time.Instant;
import java.util.List;
import java.util.Set;

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
 * @param frame              how the public frames it (SCCT crisis type), which gives its
 *                           {@link #cluster() cluster}
 * @param harms              what people suffered, as the host said or the evidence shows (harm
 *                           decides compensation, RSP-03/RSP-16, and forbids humour, RSP-06)
 * @param mainClaims         the ids of the claims the incident is about (TYP-03): its frame and
 *                           verification follow them; an action without a subject concerns them
 */
public record Incident(String id, String brandId, Instant detectedAt, IncidentStatus status, FailureType failureType,
                       CrisisType crisisType, CrisisType.Responsibility responsibility,
                       VerificationStatus verification, Severity severity,
                       List<AggravatingFactor> aggravatingFactors, List<String> signalKeys,
                       Instant downgradePendingSince, Explanation explanation, Instant statusSince,
                       CrisisFrame frame, Set<Harm.Kind> harms, List<String> mainClaims) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param id stable identifier, derived from the brand and the detection time
     * @param brandId the brand
     * @param detectedAt when it was detected; deadlines count from here
     * @param status where it stands
     * @param failureType what kind of marketing failure
     * @param crisisType what kind of reputation crisis
     * @param responsibility the responsibility attributed to the brand, after history (RSP-16, RSP-17)
     * @param verification whether the claims behind it are validated
     * @param severity how big it is
     * @param aggravatingFactors what raised its severity
     * @param signalKeys the {@link WarningSignal#key() keys} of the signals grouped in it
     * @param downgradePendingSince when the evidence first fell below {@code severity}, or {@code null}: the severity goes down once that has held for the downgrade window (TYP-07)
     * @param explanation the rules that opened, typed and sized it
     * @param statusSince when it entered its current {@code status}; post-crisis deadlines count from when it was resolved or closed
     * @param frame how the public frames it (SCCT crisis type), which gives its {@link #cluster() cluster}
     * @param harms what people suffered, as the host said or the evidence shows (harm decides compensation, RSP-03/RSP-16, and forbids humour, RSP-06)
     * @param mainClaims the ids of the claims the incident is about (TYP-03): its frame and verification follow them; an action without a subject concerns them
     */
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
        frame = frame == null ? CrisisFrame.typical(crisisType) : frame;
        harms = Checks.enumSet("harms", harms, Harm.Kind.class);
        mainClaims = Checks.list("mainClaims", mainClaims);
    }

    /**
     * An incident about all its claims (no main claims named).
     *
     * @param id stable identifier, derived from the brand and the detection time
     * @param brandId the brand
     * @param detectedAt when it was detected; deadlines count from here
     * @param status where it stands
     * @param failureType what kind of marketing failure
     * @param crisisType what kind of reputation crisis
     * @param responsibility the responsibility attributed to the brand, after history (RSP-16, RSP-17)
     * @param verification whether the claims behind it are validated
     * @param severity how big it is
     * @param aggravatingFactors what raised its severity
     * @param signalKeys the {@link WarningSignal#key() keys} of the signals grouped in it
     * @param downgradePendingSince when the evidence first fell below {@code severity}, or {@code null}: the severity goes down once that has held for the downgrade window (TYP-07)
     * @param explanation the rules that opened, typed and sized it
     * @param statusSince when it entered its current {@code status}; post-crisis deadlines count from when it was resolved or closed
     * @param frame how the public frames it (SCCT crisis type), which gives its {@link #cluster() cluster}
     * @param harms what people suffered, as the host said or the evidence shows (harm decides compensation, RSP-03/RSP-16, and forbids humour, RSP-06)
     */
    public Incident(String id, String brandId, Instant detectedAt, IncidentStatus status, FailureType failureType,
                    CrisisType crisisType, CrisisType.Responsibility responsibility,
                    VerificationStatus verification, Severity severity,
                    List<AggravatingFactor> aggravatingFactors, List<String> signalKeys,
                    Instant downgradePendingSince, Explanation explanation, Instant statusSince, CrisisFrame frame,
                    Set<Harm.Kind> harms) {
        this(id, brandId, detectedAt, status, failureType, crisisType, responsibility, verification, severity,
                aggravatingFactors, signalKeys, downgradePendingSince, explanation, statusSince, frame, harms, List.of());
    }

    /**
     * The form of earlier versions, without frame and harms: the frame is the crisis type's
     * {@linkplain CrisisFrame#typical typical one} and no harm is known.
     *
     * @param id stable identifier, derived from the brand and the detection time
     * @param brandId the brand
     * @param detectedAt when it was detected; deadlines count from here
     * @param status where it stands
     * @param failureType what kind of marketing failure
     * @param crisisType what kind of reputation crisis
     * @param responsibility the responsibility attributed to the brand, after history (RSP-16, RSP-17)
     * @param verification whether the claims behind it are validated
     * @param severity how big it is
     * @param aggravatingFactors what raised its severity
     * @param signalKeys the {@link WarningSignal#key() keys} of the signals grouped in it
     * @param downgradePendingSince when the evidence first fell below {@code severity}, or {@code null}: the severity goes down once that has held for the downgrade window (TYP-07)
     * @param explanation the rules that opened, typed and sized it
     * @param statusSince when it entered its current {@code status}; post-crisis deadlines count from when it was resolved or closed
     */
    public Incident(String id, String brandId, Instant detectedAt, IncidentStatus status, FailureType failureType,
                    CrisisType crisisType, CrisisType.Responsibility responsibility,
                    VerificationStatus verification, Severity severity,
                    List<AggravatingFactor> aggravatingFactors, List<String> signalKeys,
                    Instant downgradePendingSince, Explanation explanation, Instant statusSince) {
        this(id, brandId, detectedAt, status, failureType, crisisType, responsibility, verification, severity,
                aggravatingFactors, signalKeys, downgradePendingSince, explanation, statusSince, null, Set.of(), List.of());
    }

    /**
     * The form without {@code statusSince}: the status is taken to date from the detection.
     *
     * @param id stable identifier, derived from the brand and the detection time
     * @param brandId the brand
     * @param detectedAt when it was detected; deadlines count from here
     * @param status where it stands
     * @param failureType what kind of marketing failure
     * @param crisisType what kind of reputation crisis
     * @param responsibility the responsibility attributed to the brand, after history (RSP-16, RSP-17)
     * @param verification whether the claims behind it are validated
     * @param severity how big it is
     * @param aggravatingFactors what raised its severity
     * @param signalKeys the {@link WarningSignal#key() keys} of the signals grouped in it
     * @param downgradePendingSince when the evidence first fell below {@code severity}, or {@code null}: the severity goes down once that has held for the downgrade window (TYP-07)
     * @param explanation the rules that opened, typed and sized it
     */
    public Incident(String id, String brandId, Instant detectedAt, IncidentStatus status, FailureType failureType,
                    CrisisType crisisType, CrisisType.Responsibility responsibility,
                    VerificationStatus verification, Severity severity,
                    List<AggravatingFactor> aggravatingFactors, List<String> signalKeys,
                    Instant downgradePendingSince, Explanation explanation) {
        this(id, brandId, detectedAt, status, failureType, crisisType, responsibility, verification, severity,
                aggravatingFactors, signalKeys, downgradePendingSince, explanation, detectedAt, null, Set.of(), List.of());
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
                severity, aggravatingFactors, signalKeys, downgradePendingSince, explanation, at, frame, harms, mainClaims);
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

    /**
     * @param claimId a claim id, or {@code null}
     * @return whether an action about this subject concerns the incident's main facts: no subject, or
     *         one of its main claims (RSP-18 judges consistency per claim)
     */
    public boolean concernsMainFacts(String claimId) {
        return claimId == null || mainClaims.contains(claimId);
    }

    /** @return the SCCT responsibility cluster of its frame, before any intensifier (RSP-16) */
    public CrisisType.Responsibility cluster() {
        return frame.cluster();
    }

    /** @return whether people were hurt, put at risk, lost money or had their data exposed */
    public boolean peopleHarmed() {
        return harms.stream().anyMatch(Harm.Kind::harmsPeople);
    }

    /** @return whether people suffered a loss that compensation can make up for (RSP-03, RSP-16) */
    public boolean hasLoss() {
        return harms.stream().anyMatch(Harm.Kind::isLoss);
    }

    /**
     * What raises an incident's severity (TYP-05), only when it really aggravates, one level however
     * many apply. A <em>consequence</em> (people endangered, the law or an authority involved, a
     * partner leaving) raises any level; an <em>amplifier</em> (a critical relay, a recurrence, fast
     * growth, a denial proven wrong) makes a contained crisis moderate but never makes one major on
     * its own: crisis-severity matrices reserve major for consequences or national-scale exposure.
     */
    public enum AggravatingFactor {
        /** People's health or safety is at stake. */
        SAFETY_EXPOSURE(true),
        /** A lawsuit, a regulator or an authority involved, a breach of law, personal data exposed. */
        LEGAL_EXPOSURE(true),
        /**
         * A critical relay (journalist, influencer, NGO, public figure) carries the story beyond the
         * brand's own audience.
         */
        RELAYED_BY_JOURNALIST_OR_INFLUENCER(false),
        /** The same kind of crisis happened within the recurrence window. */
        RECURRENCE(false),
        /** Negative mentions grow fast from one window to the next. */
        ACCELERATING(false),
        /** A business partner, a sponsor or an ambassador distances itself from the brand. */
        PARTNER_DISTANCING(true),
        /** The brand denied in public what is now confirmed: a mishandled crisis. */
        EARLIER_DENIAL_CONTRADICTED(false);

        private final boolean consequence;

        AggravatingFactor(boolean consequence) {
            this.consequence = consequence;
        }

        /** @return whether this is a consequence, which can make a crisis major, rather than an amplifier */
        public boolean isConsequence() {
            return consequence;
        }

        /**
         * @param base    the level the measures give
         * @param factors the factors that apply
         * @return the level they raise it to: one level for a consequence, one level up to moderate
         *         for amplifiers alone, the same level without any
         */
        public static Severity raise(Severity base, java.util.Collection<AggravatingFactor> factors) {
            if (factors.stream().anyMatch(AggravatingFactor::isConsequence)) {
                return base.raised();
            }
            return factors.isEmpty() || base != Severity.MINOR ? base : Severity.MODERATE;
        }
    }
}
