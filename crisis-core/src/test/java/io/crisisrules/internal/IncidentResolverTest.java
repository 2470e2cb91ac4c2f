package io.crisisrules.internal;

import io.crisisrules.facts.AggravationEvidence;
import io.crisisrules.facts.ExposureCap;
import io.crisisrules.facts.FailureTypeEvidence;
import io.crisisrules.facts.FrameEvidence;
import io.crisisrules.facts.IncidentOpening;
import io.crisisrules.facts.SeverityEvidence;
import io.crisisrules.facts.SeverityHold;
import io.crisisrules.model.CrisisFrame;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.RuleRef;
import io.crisisrules.model.Severity;
import io.crisisrules.model.TypeOverride;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The incident resolver on evidence written by hand: no rule session, only its precedence. */
class IncidentResolverTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final RuleRef OPENS = new RuleRef("opens", List.of("DET-20"));
    private static final RuleRef TYPES = new RuleRef("types", List.of("TYP-01"));
    private static final RuleRef SIZES = new RuleRef("sizes", List.of("TYP-04"));
    private static final RuleRef FRAMES = new RuleRef("frames", List.of("TYP-02"));
    private static final RuleRef AGGRAVATES = new RuleRef("aggravates", List.of("TYP-05"));

    /** Facts in insertion order, each with the rule that inserted it. */
    private final Map<Object, RuleRef> facts = new LinkedHashMap<>();

    private IncidentResolverTest with(Object fact, RuleRef by) {
        facts.put(fact, by);
        return this;
    }

    private Optional<Incident> resolve(Incident previous) {
        return IncidentResolver.resolve("acme", NOW, TypeOverride.NONE, previous, List.of(), Evidence.of(facts));
    }

    @Test
    void without_an_opening_there_is_no_incident_whatever_else_the_evidence_says() {
        with(new SeverityEvidence(Severity.MAJOR, "reach"), SIZES).with(new FailureTypeEvidence(FailureType.PRODUCT, 5), TYPES);

        assertThat(resolve(null)).isEmpty();
    }

    @Test
    void a_previous_incident_that_is_over_is_handed_back_as_it_was_when_nothing_opens_one() {
        Instant since = NOW.minus(Duration.ofDays(1));
        Incident closed = opened().transitionTo(IncidentStatus.ACKNOWLEDGED, since)
                .transitionTo(IncidentStatus.RESPONDING, since).transitionTo(IncidentStatus.RESOLVED, since)
                .transitionTo(IncidentStatus.CLOSED, since);

        assertThat(resolve(closed)).contains(closed);
    }

    @Test
    void the_heaviest_failure_type_wins_summed_over_its_evidence_and_only_its_evidence_explains_it() {
        with(new IncidentOpening("spike"), OPENS)
                .with(new FailureTypeEvidence(FailureType.CAMPAIGN, 2), TYPES)
                .with(new FailureTypeEvidence(FailureType.CAMPAIGN, 3), TYPES)
                .with(new FailureTypeEvidence(FailureType.PRODUCT, 4), new RuleRef("product", List.of("TYP-01")));

        Incident incident = resolve(null).orElseThrow();

        assertThat(incident.failureType()).isEqualTo(FailureType.CAMPAIGN);
        assertThat(incident.explanation().rules()).extracting(RuleRef::name).containsExactly("opens", "types");
    }

    @Test
    void a_stronger_frame_beats_a_heavier_one() {
        with(new IncidentOpening("spike"), OPENS)
                .with(new FrameEvidence(CrisisFrame.ORGANISATIONAL_MISDEED, CrisisType.INTERNAL_ERROR,
                        FrameEvidence.Strength.PUBLIC_BUZZ, 100), FRAMES)
                .with(new FrameEvidence(CrisisFrame.TECHNICAL_ERROR_ACCIDENT, CrisisType.PRODUCT_SERVICE_CRITICISM,
                        FrameEvidence.Strength.CONFIRMED_CLAIM, 1), FRAMES);

        Incident incident = resolve(null).orElseThrow();

        assertThat(incident.frame()).isEqualTo(CrisisFrame.TECHNICAL_ERROR_ACCIDENT);
        assertThat(incident.responsibility()).isEqualTo(CrisisType.Responsibility.ACCIDENTAL);
    }

    @Test
    void severity_is_the_highest_evidence_raised_one_level_however_many_consequences_apply() {
        with(new IncidentOpening("spike"), OPENS)
                .with(new SeverityEvidence(Severity.MINOR, "reach"), SIZES)
                .with(new SeverityEvidence(Severity.MODERATE, "complaints"), SIZES)
                .with(new AggravationEvidence(Incident.AggravatingFactor.SAFETY_EXPOSURE, null), AGGRAVATES)
                .with(new AggravationEvidence(Incident.AggravatingFactor.LEGAL_EXPOSURE, null), AGGRAVATES);

        Incident incident = resolve(null).orElseThrow();

        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
        assertThat(incident.aggravatingFactors()).containsExactly(Incident.AggravatingFactor.SAFETY_EXPOSURE,
                Incident.AggravatingFactor.LEGAL_EXPOSURE);
    }

    @Test
    void an_exposure_cap_limits_the_severity_of_a_known_victim_only() {
        FrameEvidence victimByTrigger = new FrameEvidence(CrisisFrame.MALEVOLENCE, CrisisType.MALEVOLENCE,
                FrameEvidence.Strength.TRIGGER, 1);
        with(new IncidentOpening("spike"), OPENS)
                .with(new SeverityEvidence(Severity.MAJOR, "reach", true), SIZES)
                .with(new ExposureCap(Severity.MODERATE), SIZES);
        Incident uncapped = resolve(null).orElseThrow();
        with(victimByTrigger, FRAMES);
        Incident capped = resolve(null).orElseThrow();

        assertThat(uncapped.severity()).isEqualTo(Severity.MAJOR);
        assertThat(capped.severity()).isEqualTo(Severity.MODERATE);
    }

    @Test
    void a_hold_keeps_the_severity_and_dates_the_pending_downgrade_from_the_first_evaluation_below_it() {
        with(new IncidentOpening("spike"), OPENS)
                .with(new SeverityEvidence(Severity.MINOR, "reach"), SIZES)
                .with(new SeverityHold(Severity.MAJOR), SIZES);
        Incident held = resolve(null).orElseThrow();
        Incident continued = IncidentResolver.resolve("acme", NOW.plus(Duration.ofHours(1)), TypeOverride.NONE, held,
                List.of(), Evidence.of(facts)).orElseThrow();

        assertThat(held.severity()).isEqualTo(Severity.MAJOR);
        assertThat(held.downgradePendingSince()).isEqualTo(NOW);
        assertThat(continued.downgradePendingSince()).isEqualTo(NOW);
        assertThat(continued.id()).isEqualTo(held.id());
        assertThat(continued.detectedAt()).isEqualTo(NOW);
    }

    @Test
    void a_new_incident_is_named_after_the_brand_and_the_time_it_was_detected() {
        with(new IncidentOpening("spike"), OPENS);

        Incident incident = resolve(null).orElseThrow();

        assertThat(incident.id()).isEqualTo("acme-20260310T090000Z");
        assertThat(incident.status()).isEqualTo(IncidentStatus.DETECTED);
        assertThat(incident.severity()).isEqualTo(Severity.MINOR);
        assertThat(incident.frame()).isEqualTo(CrisisFrame.NONE);
    }

    private Incident opened() {
        Map<Object, RuleRef> opening = new LinkedHashMap<>();
        opening.put(new IncidentOpening("spike"), OPENS);
        return IncidentResolver.resolve("acme", NOW.minus(Duration.ofDays(2)), TypeOverride.NONE, null, List.of(),
                Evidence.of(opening)).orElseThrow();
    }
}
