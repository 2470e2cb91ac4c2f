package io.crisisrules.json;

import io.crisisrules.InvalidInputException;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.ComplaintChannel;
import io.crisisrules.model.ComplaintStatus;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.OwnerRole;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Topic;
import io.crisisrules.model.CrisisFrame;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Harm;
import io.crisisrules.model.HouseAction;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.RuleRef;
import io.crisisrules.model.Sector;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.VerificationStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrisisJsonTest {
    private static final CrisisJson JSON = CrisisJson.create();
    static final Instant AT = Instant.parse("2026-03-10T09:00:00Z");

    static Incident incident() {
        return new Incident("acme-20260310T0900Z", "acme", AT, IncidentStatus.ACKNOWLEDGED, FailureType.PRODUCT,
                CrisisType.PRODUCT_SERVICE_CRITICISM, CrisisType.Responsibility.ACCIDENTAL,
                VerificationStatus.CONFIRMED, Severity.MODERATE,
                List.of(Incident.AggravatingFactor.ACCELERATING, Incident.AggravatingFactor.SAFETY_EXPOSURE),
                List.of("MENTION_SPIKE/MENTIONS/all/2026-03-10T08:00:00Z/2026-03-10T09:00:00Z"), null,
                new Explanation(List.of(new RuleRef("TYP-04 Severity", List.of("TYP-04")))), AT.plusSeconds(60),
                CrisisFrame.TECHNICAL_ERROR_PRODUCT_HARM, Set.of(Harm.Kind.SERVICE_LOSS, Harm.Kind.INJURY));
    }

    @Test
    void an_incident_written_reads_back_equal_without_its_derived_accessors() {
        String written = JSON.write(incident());

        assertThat(written).startsWith("{\"$schema\":\"https://crisisrules.io/schema/crisis-rules-1.json#/$defs/incident\"")
                .doesNotContain("\"open\"", "\"unverified\"", "\"cluster\"");
        assertThat(JSON.read(written, Incident.class)).isEqualTo(incident());
    }

    @Test
    void a_snapshot_continuing_an_incident_reads_back_equal() {
        Snapshot snapshot = Snapshot.builder(BrandContext.of("acme", Sector.RETAIL)).previousIncident(incident()).build();

        assertThat(JSON.read(JSON.write(snapshot), Snapshot.class)).isEqualTo(snapshot);
    }

    @Test
    void a_document_of_another_version_is_rejected_naming_the_version() {
        String written = JSON.write(incident()).replace("crisis-rules-1.json", "crisis-rules-2.json");

        assertThatThrownBy(() -> JSON.read(written, Incident.class)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("$schema must be of format version 1, the one this library reads")
                .hasMessageContaining("but was version 2");
    }

    @Test
    void a_document_of_another_type_is_rejected_naming_both() {
        assertThatThrownBy(() -> JSON.read(JSON.write(incident()), Snapshot.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("$schema must name the definition of a Snapshot (#/$defs/snapshot), but the document is a incident");
    }

    @Test
    void a_bad_value_is_named_by_its_path_and_echoed() {
        String written = JSON.write(incident()).replace("\"MODERATE\"", "\"HUGE\"");

        assertThatThrownBy(() -> JSON.read(written, Incident.class)).isInstanceOf(InvalidInputException.class)
                .hasMessage("severity must be one of MINOR, MODERATE, MAJOR, but was \"HUGE\"");
    }

    @Test
    void malformed_json_is_located_by_line_and_column() {
        assertThatThrownBy(() -> JSON.readLine("{\"id\": ,}", 7, Incident.class)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("line 7, column 8: not well-formed JSON");
    }

    @Test
    void a_monitors_inputs_are_documents_that_read_back_equal() {
        List<Object> events = List.of(new MentionCount(AT, 412), new Mention(AT, Channel.X, true, 12_000, Topic.DELIVERY),
                new MetricObservation(Metric.CHURN_RATE, "all", ObservationPeriod.of(AT, Duration.ofDays(1)), 0.08, 0.05, null),
                new Complaint("k1", "u1", ComplaintChannel.EMAIL, ComplaintStatus.OPEN, AT, Topic.DELIVERY),
                BrandContext.of("acme", Sector.RETAIL));

        for (Object event : events) {
            String written = JSON.write(event);
            assertThat(written).startsWith("{\"$schema\":\"" + CrisisJson.schemaUri(event.getClass()) + "\"");
            assertThat(JSON.read(written, event.getClass())).isEqualTo(event);
        }
        assertThatThrownBy(() -> JSON.read(JSON.write(new MentionCount(AT, 1)).replace("1}", "-1}"), MentionCount.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("mentions");
    }

    @Test
    void a_decision_with_house_labels_reads_back_equal_and_a_malformed_key_is_refused() {
        ModerationDecision decision = new ModerationDecision("c1", ModerationAction.REPLY, false, true, AT.plusSeconds(3600),
                new Explanation(List.of(new RuleRef("ACME-101 Route defamation claims to the legal queue", List.of("ACME-101")))),
                List.of(new HouseAction("acme.legal-queue", "Legal team", "zendesk:legal",
                        "A defamation claim: the legal team reviews it before anyone replies.", "ACME-101")));

        String written = JSON.write(decision);
        assertThat(written).contains("\"labels\":[{\"key\":\"acme.legal-queue\"");
        assertThat(JSON.read(written, ModerationDecision.class)).isEqualTo(decision);
        assertThatThrownBy(() -> JSON.read(written.replace("acme.legal-queue", "Legal Queue"), ModerationDecision.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("labels[0].key");
    }

    @Test
    void a_house_plan_action_reads_back_equal_with_its_house_action_and_ours_have_none() {
        HouseAction safety = new HouseAction("acme.safety-team", "Safety team", "slack:#safety",
                "A safety claim: the safety team checks the product and the facts.", "ACME-102");
        ResponseAction house = new ResponseAction("acme-1", ActionKind.HOUSE_ACTION, "acme.safety-team",
                OwnerRole.MANAGEMENT, Channel.INTERNAL, AT.plus(Duration.ofMinutes(90)), List.of(), List.of(),
                new Explanation(List.of(new RuleRef("ACME-102 A safety claim goes to the safety team", List.of("ACME-102")))),
                safety);
        ResponseAction ours = new ResponseAction("acme-1", ActionKind.FIRST_RESPONSE, null, OwnerRole.SPOKESPERSON,
                Channel.X, AT.plus(Duration.ofHours(4)), List.of(), List.of());

        String written = JSON.write(house);
        assertThat(written).contains("\"kind\":\"HOUSE_ACTION\"").contains("\"house\":{\"key\":\"acme.safety-team\"");
        assertThat(JSON.read(written, ResponseAction.class)).isEqualTo(house);
        assertThat(JSON.write(ours)).doesNotContain("house");
        assertThat(JSON.read(JSON.write(ours), ResponseAction.class)).isEqualTo(ours);
        // a HOUSE_ACTION without its house action, or another kind with one, is refused as the constructor refuses it
        assertThatThrownBy(() -> JSON.read(JSON.write(ours).replace("FIRST_RESPONSE", "HOUSE_ACTION"), ResponseAction.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("house");
        assertThatThrownBy(() -> JSON.read(written.replace("HOUSE_ACTION", "FIRST_RESPONSE"), ResponseAction.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only a HOUSE_ACTION carries a house action");
    }

    @Test
    void a_type_the_format_does_not_hold_is_refused() {
        assertThatThrownBy(() -> JSON.write("text")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("type must be one of the documents of the format");
    }
}
