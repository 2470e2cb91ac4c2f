package io.crisisrules.internal;

import io.crisisrules.facts.AggravationEvidence;
import io.crisisrules.facts.FailureTypeEvidence;
import io.crisisrules.facts.FrameEvidence;
import io.crisisrules.facts.ExposureCap;
import io.crisisrules.facts.HarmEvidence;
import io.crisisrules.facts.IncidentOpening;
import io.crisisrules.facts.MainClaim;
import io.crisisrules.facts.ResponsibilityShift;
import io.crisisrules.facts.SeverityEvidence;
import io.crisisrules.facts.SeverityHold;
import io.crisisrules.facts.VerificationEvidence;
import io.crisisrules.model.CrisisFrame;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.Harm;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.Severity;
import io.crisisrules.model.TypeOverride;
import io.crisisrules.model.VerificationStatus;
import io.crisisrules.model.WarningSignal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns the classification evidence of one evaluation into at most one incident, with the
 * precedence each evidence type documents. Pure function of its inputs.
 */
final class IncidentResolver {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IncidentResolver() {
    }

    /**
     * @param handedInSignals signals detected elsewhere and handed in with the snapshot
     * @param evidence        what the classification rules concluded (openings, failure types, frames,
     *                        severity evidence, caps, holds, aggravations, harms, main claims) and the
     *                        signals the detection rules raised
     * @return the incident, or the previous one when nothing opens or continues one and it is over
     */
    static Optional<Incident> resolve(String brandId, Instant now, TypeOverride override, Incident previous,
                                      List<WarningSignal> handedInSignals, Evidence evidence) {
        List<IncidentOpening> openings = evidence.factsOf(IncidentOpening.class);
        if (openings.isEmpty()) {
            // A resolved or closed incident the host hands back is still reported as it is, so that
            // the decision rules plan what follows it (RSP-11, RSP-13, POST).
            return previous != null && !previous.isOpen() ? Optional.of(previous) : Optional.empty();
        }
        Incident continued = previous != null && previous.isOpen() ? previous : null;
        List<Object> because = new ArrayList<>(openings);

        List<FailureTypeEvidence> failureEvidence = evidence.factsOf(FailureTypeEvidence.class);
        FailureType failureType = override.failureType() != null ? override.failureType()
                : heaviestFailureType(failureEvidence);
        failureEvidence.stream().filter(e -> e.type() == failureType).forEach(because::add);

        List<FrameEvidence> frameEvidence = evidence.factsOf(FrameEvidence.class);
        Framing framing = framing(frameEvidence, override);
        CrisisFrame frame = framing.frame();
        CrisisType crisisType = framing.crisisType();
        frameEvidence.stream().filter(e -> e.frame() == frame && e.crisisType() == crisisType
                && e.strength() == framing.strength()).forEach(because::add);

        List<ResponsibilityShift> shifts = evidence.factsOf(ResponsibilityShift.class).stream()
                .filter(shift -> shift.appliesTo(crisisType)).toList();
        because.addAll(shifts);
        CrisisType.Responsibility responsibility = shifts.isEmpty() ? frame.cluster() : frame.cluster().raised();

        List<VerificationEvidence> verificationEvidence = evidence.factsOf(VerificationEvidence.class);
        VerificationStatus verification = verification(verificationEvidence);
        verificationEvidence.stream().filter(e -> e.status() == verification).forEach(because::add);

        List<SeverityEvidence> severityEvidence = evidence.factsOf(SeverityEvidence.class);
        // only a brand known to be the victim (a checked claim, the trigger, the host's word), not one
        // framed a rumour for want of evidence: an unexplained storm may still be the brand's doing
        boolean knownVictim = frame.cluster() == CrisisType.Responsibility.VICTIM
                && framing.strength().isAtLeast(FrameEvidence.Strength.TRIGGER);
        List<ExposureCap> caps = knownVictim ? evidence.factsOf(ExposureCap.class) : List.of();
        Severity base = severityEvidence.stream().map(e -> e.levelUnder(caps))
                .max(Comparator.comparingInt(Severity::rank)).orElse(Severity.MINOR);
        severityEvidence.stream().filter(e -> e.levelUnder(caps) == base).forEach(because::add);
        // base is the highest capped level: evidence above it was capped, and the cap explains the level
        if (severityEvidence.stream().anyMatch(e -> !base.isAtLeast(e.level()))) {
            because.addAll(caps);
        }
        // a recurrence aggravates when the past crisis matches any type the evidence supports, not only
        // the one that wins: more evidence (a public signal retyping a criticism as an internal error,
        // TYP-06) must not drop the recurrence and lower the severity (TYP-05); a host override decides
        boolean overridden = override.crisisType() != null || override.frame() != null;
        List<CrisisType> evidencedTypes = overridden ? List.of(crisisType)
                : Stream.concat(Stream.of(crisisType),
                        frameEvidence.stream().map(FrameEvidence::crisisType)).distinct().toList();
        List<AggravationEvidence> aggravations = evidence.factsOf(AggravationEvidence.class).stream()
                .filter(a -> evidencedTypes.stream().anyMatch(a::appliesTo)).toList();
        because.addAll(aggravations);
        Severity evidenced = Incident.AggravatingFactor.raise(base,
                aggravations.stream().map(AggravationEvidence::factor).toList());
        List<SeverityHold> holds = evidence.factsOf(SeverityHold.class);
        Severity held = holds.stream().map(SeverityHold::level).max(Comparator.comparingInt(Severity::rank))
                .orElse(Severity.MINOR);
        Severity severity = evidenced.isAtLeast(held) ? evidenced : held;
        if (severity != evidenced) {
            holds.stream().filter(h -> h.level() == severity).forEach(because::add);
        }
        Instant downgradePendingSince = severity == evidenced ? null
                : continued != null && continued.downgradePendingSince() != null ? continued.downgradePendingSince()
                : now;

        List<String> signalKeys = java.util.stream.Stream.concat(handedInSignals.stream(),
                        evidence.factsOf(WarningSignal.class).stream())
                .map(WarningSignal::key).sorted().distinct().toList();
        List<Incident.AggravatingFactor> factors = aggravations.stream().map(AggravationEvidence::factor)
                .distinct().sorted().toList();

        List<HarmEvidence> harmEvidence = evidence.factsOf(HarmEvidence.class);
        because.addAll(harmEvidence);
        List<Harm.Kind> harms = harmEvidence.stream().map(HarmEvidence::kind).distinct().toList();

        String id = continued != null ? continued.id() : brandId + "-" + ID_TIME.format(now);
        Instant detectedAt = continued != null ? continued.detectedAt() : now;
        IncidentStatus status = continued != null ? continued.status() : IncidentStatus.DETECTED;
        Instant statusSince = continued != null ? continued.statusSince() : now;
        return Optional.of(new Incident(id, brandId, detectedAt, status, failureType, crisisType,
                responsibility, verification, severity, factors, signalKeys, downgradePendingSince,
                evidence.explain(because), statusSince, frame, java.util.Set.copyOf(harms),
                evidence.factsOf(MainClaim.class).stream().map(MainClaim::id).sorted().distinct().toList()));
    }

    /** The evidence of a frame once same-frame weights are summed: what {@link #framing} ranks. */
    private record Framing(CrisisFrame frame, CrisisType crisisType, FrameEvidence.Strength strength, long weight) {
    }

    /**
     * Precedence of {@link FrameEvidence}, as its Javadoc states it: strength (its rank), weight,
     * responsibility (the cluster's rank), product harm. The last two steps are no policy: they only
     * break the remaining ties the same way on every run (crisis type in reverse declaration order,
     * then frame in declaration order), so that the outcome never depends on insertion order.
     */
    private static final Comparator<Framing> PRECEDENCE = Comparator.comparingInt((Framing f) -> f.strength().rank())
            .thenComparingLong(Framing::weight)
            .thenComparingInt(f -> f.frame().cluster().rank())
            .thenComparing(f -> f.frame().isProductHarm())
            .thenComparing(Framing::crisisType, Comparator.reverseOrder())
            .thenComparing(Framing::frame);

    private static Framing framing(List<FrameEvidence> evidence, TypeOverride override) {
        if (override.frame() != null) {
            CrisisFrame frame = override.frame();
            return new Framing(frame, override.crisisType() != null ? override.crisisType() : frame.crisisType(),
                    FrameEvidence.Strength.CONFIRMED_CLAIM, 0);
        }
        Map<List<Object>, Framing> summed = new java.util.LinkedHashMap<>();
        for (FrameEvidence e : evidence) {
            summed.merge(List.of(e.frame(), e.crisisType(), e.strength()),
                    new Framing(e.frame(), e.crisisType(), e.strength(), e.weight()),
                    (a, b) -> new Framing(a.frame(), a.crisisType(), a.strength(), a.weight() + b.weight()));
        }
        Stream<Framing> candidates = summed.values().stream();
        if (override.crisisType() != null) {
            CrisisType type = override.crisisType();
            return summed.values().stream().filter(f -> f.crisisType() == type || f.frame().crisisType() == type)
                    .max(PRECEDENCE)
                    .map(f -> new Framing(f.frame(), type, f.strength(), f.weight()))
                    .orElse(new Framing(CrisisFrame.typical(type), type, FrameEvidence.Strength.CONFIRMED_CLAIM, 0));
        }
        return candidates.max(PRECEDENCE)
                .orElse(new Framing(CrisisFrame.NONE, CrisisType.NONE, FrameEvidence.Strength.PUBLIC_BUZZ, 0));
    }

    private static FailureType heaviestFailureType(List<FailureTypeEvidence> evidence) {
        Map<FailureType, Long> weights = new EnumMap<>(FailureType.class);
        evidence.forEach(e -> weights.merge(e.type(), e.weight(), Long::sum));
        // the heaviest type wins; between types of equal weight, the reverse declaration order is no
        // policy, only a tie-break that gives the same answer on every run
        return weights.entrySet().stream()
                .max(Map.Entry.<FailureType, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(FailureType.UNDETERMINED);
    }

    private static VerificationStatus verification(List<VerificationEvidence> evidence) {
        for (VerificationStatus status : List.of(VerificationStatus.UNVERIFIED, VerificationStatus.CONFIRMED,
                VerificationStatus.REFUTED)) {
            if (evidence.stream().anyMatch(e -> e.status() == status)) {
                return status;
            }
        }
        return VerificationStatus.NOT_APPLICABLE;
    }
}
