package io.crisisrules.invariants;

import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.CustomerActivity;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Harm;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.PublicStatement;
import io.crisisrules.model.Relay;
import io.crisisrules.model.Sector;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;
import io.crisisrules.model.TriggerOrigin;
import io.crisisrules.model.TypeOverride;
import io.crisisrules.model.VerificationStatus;
import io.crisisrules.model.WarningSignal;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The metamorphic transforms carry every component of {@link Snapshot} through, found by reflection:
 * a component added to the record and forgotten by a transform (as {@code progress} once was) fails
 * here. The fixture must give every component a value other than its default, so a new component
 * also fails here until the fixture fills it.
 */
class SnapshotTransformsTest {
    private static final Instant AT = Instant.parse("2026-03-10T09:00:00Z");
    private static final ObservationPeriod WINDOW = ObservationPeriod.of(AT, Duration.ofHours(2));
    private static final ObservationPeriod EARLIER = ObservationPeriod.of(AT.minus(Duration.ofHours(2)), Duration.ofHours(2));
    private static final BrandContext BRAND = BrandContext.of("acme", Sector.RETAIL);
    private static final Incident PREVIOUS = new Incident("acme-1", "acme", AT, IncidentStatus.DETECTED,
            FailureType.PRODUCT, CrisisType.PRODUCT_SERVICE_CRITICISM, CrisisType.Responsibility.ACCIDENTAL,
            VerificationStatus.UNVERIFIED, Severity.MODERATE, List.of(), List.of(), null, Explanation.NONE, AT,
            null, Set.of());

    /** Every component set, every list with two different elements. */
    private static Snapshot everything() {
        MetricObservation roi = new MetricObservation(Metric.ROI, "spring", WINDOW, 0.1, 0.4, null);
        MetricObservation spend = new MetricObservation(Metric.SPEND, "spring", WINDOW, 900, 500.0, null);
        return Snapshot.builder(BRAND)
                .trigger(TriggerOrigin.CUSTOMERS)
                .typeOverride(new TypeOverride(FailureType.PRODUCT, null))
                .metric(roi).metric(spend)
                .mentions(new MentionStatistics(WINDOW, Channel.FACEBOOK, 100, 60, 10_000, 6_000, null, Map.of()))
                .mentions(new MentionStatistics(EARLIER, Channel.FACEBOOK, 40, 10, 4_000, 1_000, null, Map.of()))
                .relay(new Relay("@critic", Relay.Kind.INFLUENCER, 50_000, true))
                .relay(new Relay("@paper", Relay.Kind.JOURNALIST, 200_000, false))
                .claim(new Claim("claim-1", "it is toxic", Topic.SAFETY, "forum", Claim.Status.UNVERIFIED, true))
                .claim(new Claim("claim-2", "it is late", Topic.ETHICS, "forum", Claim.Status.UNVERIFIED, false))
                .comment(new Comment("c1", "a1", Channel.FACEBOOK, "bad", AT, Set.of(), Map.of(), null))
                .comment(new Comment("c2", "a2", Channel.FACEBOOK, "worse", AT, Set.of(), Map.of(), null))
                .complaint(new Complaint("k1", "u1", ComplaintChannel.EMAIL, ComplaintStatus.OPEN, AT, Topic.SAFETY))
                .complaint(new Complaint("k2", "u2", ComplaintChannel.PHONE, ComplaintStatus.OPEN, AT, Topic.SAFETY))
                .customer(new CustomerActivity("u1", Duration.ofDays(7), AT.minus(Duration.ofDays(30))))
                .customer(new CustomerActivity("u2", Duration.ofDays(7), AT.minus(Duration.ofDays(1))))
                .mentionCount(new MentionCount(AT.minus(Duration.ofHours(1)), 10))
                .mentionCount(new MentionCount(AT, 90))
                .signal(WarningSignal.fromBaseline(SignalKind.ROI_DROP, roi))
                .signal(WarningSignal.fromBaseline(SignalKind.ACQUISITION_COST_SURGE, spend))
                .previousIncident(PREVIOUS)
                .progress(new ActionProgress("acme-1", "FIRST_RESPONSE", ActionProgress.State.PUBLISHED, AT))
                .progress(new ActionProgress("acme-1", "VALIDATE_CLAIM/claim-1", ActionProgress.State.COMPLETED, AT))
                .harm(Harm.of(Harm.Kind.INJURY))
                .statement(new PublicStatement(AT, PublicStatement.Stance.HOLDING, null, Channel.FACEBOOK))
                .statement(new PublicStatement(AT, PublicStatement.Stance.DENIAL, "claim-1", Channel.FACEBOOK))
                .build();
    }

    private static Object valueOf(RecordComponent component, Snapshot snapshot) throws Exception {
        return component.getAccessor().invoke(snapshot);
    }

    @Test
    void the_fixture_gives_every_component_of_the_snapshot_a_value_of_its_own() throws Exception {
        Snapshot empty = Snapshot.builder(BRAND).build();
        Snapshot full = everything();
        for (RecordComponent component : Snapshot.class.getRecordComponents()) {
            Object value = valueOf(component, full);
            if (value instanceof List<?> list) {
                assertThat(list).as("fill %s in the fixture with two different elements", component.getName())
                        .hasSize(2).doesNotHaveDuplicates();
            } else if (!component.getName().equals("brand")) {
                assertThat(value).as("give %s a value in the fixture", component.getName())
                        .isNotNull().isNotEqualTo(valueOf(component, empty));
            }
        }
    }

    @Test
    void reversing_reverses_every_list_component_and_keeps_every_other_one() throws Exception {
        Snapshot full = everything();
        Snapshot reversed = MetamorphicInvariants.reordered(full, null);
        for (RecordComponent component : Snapshot.class.getRecordComponents()) {
            Object before = valueOf(component, full);
            Object after = valueOf(component, reversed);
            if (before instanceof List<?> list) {
                List<Object> expected = new ArrayList<>(list);
                Collections.reverse(expected);
                assertThat(after).as(component.getName()).isEqualTo(expected);
            } else {
                assertThat(after).as(component.getName()).isEqualTo(before);
            }
        }
        assertThat(MetamorphicInvariants.reordered(reversed, null)).isEqualTo(full);
    }

    @Test
    void shuffling_keeps_every_element_of_every_component() throws Exception {
        Snapshot full = everything();
        for (long seed = 0; seed < 8; seed++) {
            Snapshot shuffled = MetamorphicInvariants.reordered(full, new Random(seed));
            for (RecordComponent component : Snapshot.class.getRecordComponents()) {
                Object before = valueOf(component, full);
                Object after = valueOf(component, shuffled);
                if (before instanceof List<?> list) {
                    assertThat(new ArrayList<Object>((List<?>) after)).as(component.getName()).containsExactlyInAnyOrderElementsOf(new ArrayList<Object>(list));
                } else {
                    assertThat(after).as(component.getName()).isEqualTo(before);
                }
            }
        }
    }

    @Test
    void replacing_one_component_keeps_every_other_one_and_an_unknown_component_is_refused() throws Exception {
        Snapshot full = everything();
        List<MentionStatistics> louder = List.of(new MentionStatistics(WINDOW, Channel.FACEBOOK, 200, 120, 20_000,
                12_000, null, Map.of()));
        Snapshot replaced = Snapshots.replacing(full, "mentions", louder);
        for (RecordComponent component : Snapshot.class.getRecordComponents()) {
            assertThat(valueOf(component, replaced)).as(component.getName())
                    .isEqualTo(component.getName().equals("mentions") ? louder : valueOf(component, full));
        }
        assertThatThrownBy(() -> Snapshots.replacing(full, "mention", louder))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Snapshot has no component mention");
    }

    @Test
    void to_builder_carries_every_component_too() {
        Snapshot full = everything();

        assertThat(full.toBuilder().build()).isEqualTo(full);
    }
}
