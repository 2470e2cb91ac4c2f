package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.Incident;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.PastCrisis;
import io.crisisrules.model.Relay;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Sector;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.model.TriggerOrigin;
import io.crisisrules.model.VerificationStatus;
import io.crisisrules.rules.support.Engines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Plans.claim;
import static io.crisisrules.rules.support.Plans.complaint;
import static io.crisisrules.rules.support.Plans.majorBuzz;
import static io.crisisrules.rules.support.Plans.minorBuzz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The policy stated as properties of every plan: a first-response deadline no later than the
 * setting (RSP-01), no denial with accommodation (RSP-18), no humour in a major crisis or when
 * people were harmed (RSP-06), no substantive answer to an unverified claim (TYP-03), the same plan
 * for the same input. Each property counts the categories it reached, so it cannot pass by never
 * generating the interesting case.
 */
class ResponsePlanProperties {
    private static final int TRIES = Integer.getInteger("crisis.tries", 100);
    private static final Map<String, AtomicInteger> REACHED = new ConcurrentHashMap<>();

    /** One generated situation: a snapshot and the first-response setting it is evaluated with. */
    record Case(Snapshot snapshot, int firstResponseMinutes) {
        CrisisEngine engine() {
            return Engines.defaults().withSettings(Engines.defaults().settings()
                    .with("response.firstResponseWithin", firstResponseMinutes + "m"));
        }

        boolean peopleHarmed() {
            return Stream.concat(snapshot.complaints().stream().map(Complaint::topic),
                            snapshot.mentions().stream().flatMap(m -> m.topics().keySet().stream()))
                    .anyMatch(topic -> topic == Topic.SAFETY);
        }
    }

    private static Gen<BrandContext> brands() {
        Gen<Optional<CrisisType>> history = arbitrary().pick(List.of(Optional.<CrisisType>empty(),
                Optional.of(CrisisType.PRODUCT_SERVICE_CRITICISM), Optional.of(CrisisType.BAD_BUZZ),
                Optional.of(CrisisType.INTERNAL_ERROR)));
        return arbitrary().pick(Sector.RETAIL, Sector.BANKING, Sector.FOOD, Sector.HEALTHCARE)
                .zip(history, arbitrary().enumValues(BrandContext.Reputation.class), (sector, past, reputation) ->
                        new BrandContext("acme", sector,
                                past.map(type -> List.of(new PastCrisis(type, NOW.minus(Duration.ofDays(90)))))
                                        .orElse(List.of()),
                                reputation, null));
    }

    private static Gen<Optional<MentionStatistics>> mentions() {
        Gen<Map<Topic, Long>> topics = arbitrary().pick(List.of(Map.of(), Map.of(Topic.DELIVERY, 40L),
                Map.of(Topic.PRODUCT_QUALITY, 40L), Map.of(Topic.SAFETY, 40L), Map.of(Topic.LEGAL, 40L)));
        return integers().between(0, 3).zip(topics, (level, topic) -> switch (level) {
            case 0 -> Optional.<MentionStatistics>empty();
            case 1, 2 -> Optional.of(minorBuzz(topic));
            default -> Optional.of(majorBuzz(topic));
        });
    }

    private static Gen<List<Claim>> claims() {
        Gen<Claim> one = arbitrary().enumValues(Claim.Status.class)
                .zip(booleans().all(), (status, accuses) -> claim("c", status, accuses));
        return lists().of(one).ofSizeBetween(0, 2).map(list -> IntStream.range(0, list.size())
                .mapToObj(i -> claim("c" + i, list.get(i).status(), list.get(i).accusesBrand())).toList());
    }

    private static Gen<List<Complaint>> complaints() {
        Gen<Complaint> one = arbitrary().pick(Topic.DELIVERY, Topic.SAFETY, Topic.PRICING)
                .zip(arbitrary().enumValues(ComplaintStatus.class), (topic, status) -> complaint("k", topic, status));
        return lists().of(one).ofSizeBetween(0, 2).map(list -> IntStream.range(0, list.size())
                .mapToObj(i -> complaint("k" + i, list.get(i).topic(), list.get(i).status())).toList());
    }

    private static Gen<Case> cases() {
        Gen<Snapshot.Builder> inputs = brands().zip(mentions(), claims(), complaints(),
                (brand, mention, claims, complaints) -> {
                    Snapshot.Builder builder = Snapshot.builder(brand);
                    mention.ifPresent(builder::mentions);
                    claims.forEach(builder::claim);
                    complaints.forEach(builder::complaint);
                    return builder;
                });
        return inputs.zip(arbitrary().enumValues(TriggerOrigin.class), booleans().all(),
                integers().between(30, 600), (builder, trigger, influencer, minutes) -> {
                    builder.trigger(trigger);
                    if (influencer) {
                        builder.relay(new Relay("@critic", Relay.Kind.INFLUENCER, 50_000, true));
                    }
                    return new Case(builder.build(), minutes);
                });
    }

    private static void reached(String category) {
        REACHED.computeIfAbsent(category, c -> new AtomicInteger()).incrementAndGet();
    }

    private static boolean has(Assessment assessment, ActionKind.Stance stance) {
        return assessment.actions().stream().anyMatch(a -> a.kind().stance() == stance);
    }

    @Test
    void RSP_01_every_incident_gets_a_first_response_deadline_no_later_than_the_setting() {
        qt().withExamples(TRIES).forAll(cases()).checkAssert(c -> {
            Assessment assessment = c.engine().evaluate(c.snapshot());
            assessment.incident().ifPresent(incident -> {
                reached("incident " + incident.crisisType());
                List<ResponseAction> first = assessment.actions(ActionKind.FIRST_RESPONSE);
                assertThat(first).as("first response of %s", incident).hasSize(1);
                assertThat(first.get(0).due())
                        .isBeforeOrEqualTo(incident.detectedAt().plus(Duration.ofMinutes(c.firstResponseMinutes())));
            });
        });
        assertThat(REACHED.keySet()).contains("incident INTERNAL_ERROR", "incident PRODUCT_SERVICE_CRITICISM",
                "incident UNFOUNDED_ACCUSATION", "incident BAD_BUZZ");
    }

    @Test
    void RSP_18_no_plan_mixes_denial_with_apology_or_compensation() {
        qt().withExamples(TRIES).forAll(cases()).checkAssert(c -> {
            Assessment assessment = c.engine().evaluate(c.snapshot());
            boolean denial = has(assessment, ActionKind.Stance.DENIAL);
            boolean accommodation = has(assessment, ActionKind.Stance.ACCOMMODATION);
            reached(denial && accommodation ? "plan denying a side rumour beside an accommodation"
                    : denial ? "plan with denial" : accommodation ? "plan with accommodation" : "plan with neither");
            // per claim: a side rumour may be denied beside the apology for the main facts
            assertThat(io.crisisrules.invariants.PolicyInvariants.noDenialMixedWithApology()
                    .check(c.snapshot(), assessment, c.engine())).as("in %s", assessment.actions()).isEmpty();
            if (denial && accommodation) {
                Incident incident = assessment.incident().orElseThrow();
                assertThat(assessment.actions()).filteredOn(a -> a.kind().stance() == ActionKind.Stance.DENIAL)
                        .allSatisfy(a -> assertThat(incident.concernsMainFacts(a.subject())).as(a.key()).isFalse());
            }
        });
        assertThat(REACHED.keySet()).contains("plan with denial", "plan with accommodation",
                "plan denying a side rumour beside an accommodation");
    }

    @Test
    void RSP_06_no_humour_when_the_crisis_is_major_or_people_were_harmed() {
        qt().withExamples(TRIES).forAll(cases()).checkAssert(c -> {
            Assessment assessment = c.engine().evaluate(c.snapshot());
            boolean humour = !assessment.actions(ActionKind.HUMOUR).isEmpty();
            Optional<Incident> incident = assessment.incident();
            boolean major = incident.map(i -> i.severity() == Severity.MAJOR).orElse(false);
            if (humour) {
                reached("humour offered");
            }
            if (major) {
                reached("major crisis");
            }
            if (incident.isPresent() && c.peopleHarmed()) {
                reached("people harmed");
            }
            if (major || c.peopleHarmed()) {
                assertThat(humour).as("humour in %s", incident).isFalse();
            }
        });
        assertThat(REACHED.keySet()).contains("humour offered", "major crisis", "people harmed");
    }

    @Test
    void TYP_03_unverified_claims_never_get_a_substantive_answer() {
        qt().withExamples(TRIES).forAll(cases()).checkAssert(c -> {
            Assessment assessment = c.engine().evaluate(c.snapshot());
            boolean unverified = assessment.incident().map(i -> i.verification() == VerificationStatus.UNVERIFIED)
                    .orElse(false);
            if (unverified) {
                reached("unverified incident");
                assertThat(assessment.actions()).noneMatch(a -> a.kind().isSubstantive());
                assertThat(assessment.actions(ActionKind.HOLDING_REPLY)).hasSize(1);
            } else if (assessment.actions().stream().anyMatch(a -> a.kind().isSubstantive())) {
                reached("substantive answer");
            }
        });
        assertThat(REACHED.keySet()).contains("unverified incident", "substantive answer");
    }

    @Test
    void the_same_input_gives_the_same_plan() {
        qt().withExamples(TRIES).forAll(cases()).checkAssert(c -> {
            Assessment once = c.engine().evaluate(c.snapshot());
            Assessment again = c.engine().evaluate(c.snapshot().toBuilder().build());
            assertThat(again).isEqualTo(once);
            if (!once.actions().isEmpty()) {
                reached("non-empty plan");
            }
        });
        assertThat(REACHED.keySet()).contains("non-empty plan");
    }

    @AfterAll
    static void report() {
        List<String> lines = new ArrayList<>();
        REACHED.forEach((category, count) -> lines.add(category + "=" + count));
        org.slf4j.LoggerFactory.getLogger(ResponsePlanProperties.class).info("categories reached: {}",
                lines.stream().sorted().toList());
    }
}
