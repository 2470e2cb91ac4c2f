package io.crisisrules.model;

import io.crisisrules.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A progress record that names no action of any plan is rejected naming the field and the value:
 * accepted, it would match nothing, and the real action would show as BREACHED and be escalated
 * hours after the response was published.
 */
class ProgressReferencesTest {
    private static final Instant AT = Instant.parse("2026-03-10T09:00:00Z");
    private static final BrandContext BRAND = BrandContext.of("acme", Sector.RETAIL);
    private static final Incident INCIDENT = new Incident("acme-1", "acme", AT, IncidentStatus.DETECTED,
            FailureType.PRODUCT, CrisisType.PRODUCT_SERVICE_CRITICISM, CrisisType.Responsibility.ACCIDENTAL,
            VerificationStatus.UNVERIFIED, Severity.MODERATE, List.of(), List.of(), null, Explanation.NONE, AT,
            null, Set.of());

    private static ActionProgress done(String key) {
        return new ActionProgress("acme-1", key, ActionProgress.State.PUBLISHED, AT.plusSeconds(3600));
    }

    private static Snapshot.Builder continuing() {
        return Snapshot.builder(BRAND).previousIncident(INCIDENT)
                .claim(new Claim("claim-1", "they test on animals", Topic.ETHICS, "forum", Claim.Status.UNVERIFIED, true))
                .relay(new Relay("@critic", Relay.Kind.INFLUENCER, 50_000, true));
    }

    @Test
    void a_key_in_lower_case_is_rejected_showing_how_the_plan_writes_it() {
        assertThatThrownBy(() -> done("first_response"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("actionKey must start with the kind of an action of the plan, written as ResponseAction.key()"
                        + " writes it (FIRST_RESPONSE, not first_response), but was \"first_response\"")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("actionKey"));
    }

    @Test
    void a_key_whose_kind_is_no_action_kind_is_rejected_listing_the_kinds() {
        assertThatThrownBy(() -> done("FRIST_RESPONSE/claim-1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("actionKey must start with the kind of an action of the plan")
                .hasMessageContaining("KIND or KIND/subject, KIND one of ADJUSTING_INFORMATION, AMBASSADOR_PROGRAMME")
                .hasMessageEndingWith("but was \"FRIST_RESPONSE/claim-1\"");
    }

    @Test
    void a_blank_subject_and_an_escalation_of_an_unknown_action_are_rejected() {
        assertThatThrownBy(() -> done("PRESENT_EVIDENCE/ "))
                .hasMessageContaining("have a subject after the '/' of PRESENT_EVIDENCE/");
        assertThatThrownBy(() -> done("ESCALATE_OVERDUE/first_response"))
                .hasMessageContaining("(FIRST_RESPONSE, not first_response)")
                .hasMessageEndingWith("but was \"ESCALATE_OVERDUE/first_response\"");
    }

    @Test
    void keys_the_plan_writes_are_accepted() {
        Snapshot snapshot = continuing().progress(List.of(done("FIRST_RESPONSE"), done("PRESENT_EVIDENCE/claim-1"),
                done("VALIDATE_CLAIM/claim-1"), done("CONTACT_INFLUENCER/@critic"),
                done("ESCALATE_OVERDUE/FIRST_RESPONSE"), done("ESCALATE_APPROVAL/PRESENT_EVIDENCE/claim-1"))).build();

        assertThat(snapshot.progress()).hasSize(6);
    }

    @Test
    void a_key_about_a_claim_the_snapshot_does_not_hold_is_rejected_naming_the_claims() {
        assertThatThrownBy(() -> continuing().progress(List.of(done("FIRST_RESPONSE"), done("PRESENT_EVIDENCE/claim-9"))).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("progress[1].actionKey must name a claim of the snapshot after PRESENT_EVIDENCE/ (one of the"
                        + " claims' ids: claim-1), but was \"PRESENT_EVIDENCE/claim-9\"");
    }

    @Test
    void a_key_about_an_influencer_the_snapshot_does_not_hold_is_rejected_even_inside_an_escalation() {
        assertThatThrownBy(() -> continuing().progress(done("ESCALATE_OVERDUE/CONTACT_INFLUENCER/@nobody")).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("progress[0].actionKey must name a relay of the snapshot after CONTACT_INFLUENCER/ (one of"
                        + " the relays' handles: @critic), but was \"ESCALATE_OVERDUE/CONTACT_INFLUENCER/@nobody\"");
    }

    @Test
    void a_house_plan_action_key_names_the_house_action_by_its_key() {
        assertThat(continuing().progress(List.of(done("HOUSE_ACTION/acme.safety-team"),
                done("ESCALATE_OVERDUE/HOUSE_ACTION/acme.safety-team"))).build().progress()).hasSize(2);
        assertThatThrownBy(() -> done("HOUSE_ACTION"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("actionKey must name the house action after HOUSE_ACTION/, as in HOUSE_ACTION/acme.safety-team,"
                        + " but was \"HOUSE_ACTION\"");
        assertThatThrownBy(() -> done("HOUSE_ACTION/Safety Team"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("by its key, lower case with the house's prefix and a dot")
                .hasMessageEndingWith("but was \"HOUSE_ACTION/Safety Team\"");
        assertThatThrownBy(() -> done("HOUSE_ACTON/acme.safety-team"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("KIND one of").hasMessageContaining("HOUSE_ACTION");
    }

    @Test
    void only_a_house_action_carries_a_house_action_and_its_subject_is_the_key() {
        HouseAction safety = new HouseAction("acme.safety-team", "Safety team", "slack:#safety", "Check it.", "ACME-102");
        ResponseAction action = new ResponseAction("acme-1", ActionKind.HOUSE_ACTION, "acme.safety-team",
                OwnerRole.MANAGEMENT, Channel.INTERNAL, AT, List.of(), List.of(), Explanation.NONE, safety);
        assertThat(action.key()).isEqualTo("HOUSE_ACTION/acme.safety-team");
        assertThat(action.withExplanation(Explanation.NONE).house()).isEqualTo(safety);
        assertThat(new ResponseAction("acme-1", ActionKind.FIRST_RESPONSE, null, OwnerRole.SPOKESPERSON, Channel.X, AT,
                List.of(), List.of()).house()).isNull();

        assertThatThrownBy(() -> new ResponseAction("acme-1", ActionKind.HOUSE_ACTION, "acme.safety-team",
                OwnerRole.MANAGEMENT, Channel.INTERNAL, AT, List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("house must be the declared house action")
                .hasMessageContaining("HousePlanFinding");
        assertThatThrownBy(() -> new ResponseAction("acme-1", ActionKind.HOUSE_ACTION, "acme.legal-queue",
                OwnerRole.MANAGEMENT, Channel.INTERNAL, AT, List.of(), List.of(), Explanation.NONE, safety))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("subject must be the key of the house action, acme.safety-team, but was \"acme.legal-queue\"");
        assertThatThrownBy(() -> new ResponseAction("acme-1", ActionKind.FIRST_RESPONSE, null, OwnerRole.SPOKESPERSON,
                Channel.X, AT, List.of(), List.of(), Explanation.NONE, safety))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only a HOUSE_ACTION carries a house action");
    }
}
