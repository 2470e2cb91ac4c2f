package io.crisisrules.json;

import io.crisisrules.InvalidInputException;
import io.crisisrules.model.Claim;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.Harm;
import io.crisisrules.model.PublicStatement;
import io.crisisrules.model.Relay;
import io.crisisrules.model.Severity;
import io.crisisrules.model.TriggerOrigin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scenario fields of issue 13 (allegation, role, harm, statements, audience, expect) and their errors. */
class JudgementFieldsFormatTest {
    private static final ScenarioFormat FORMAT = new ScenarioFormat();

    private static String with(String extra) {
        return """
                {"now": "2026-03-10T09:00:00Z",
                 "brand": {"brandId": "acme", "sector": "RETAIL", "audience": 250000, "usualMentionsPerDay": 1200},
                 %s}
                """.formatted(extra);
    }

    private static void assertRejected(String json, String expectedMessage) {
        assertThatThrownBy(() -> FORMAT.read(json)).isInstanceOf(InvalidInputException.class)
                .satisfies(error -> assertThat(error.getMessage()).doesNotContain("\n"))
                .hasMessageContaining(expectedMessage);
    }

    private static final String CLAIM = """
            "claims": [{"id": "k1", "statement": "the battery overheats", "topic": "PRODUCT_QUALITY",
                        "source": "@tester", "status": "CONFIRMED", "allegation": "FAILURE", "role": "MAIN"}]""";

    @Test
    void the_new_fields_are_read_into_the_snapshot() {
        Scenario scenario = FORMAT.read(with(CLAIM + """
                , "trigger": "SUPPLIER",
                "harm": {"kinds": ["SERVICE_LOSS", "FINANCIAL_LOSS"], "peopleAffected": 12000},
                "statements": [{"at": "2026-03-10T07:00:00Z", "stance": "APOLOGY", "claimId": "k1", "channel": "X"}],
                "relays": [{"handle": "ngo", "kind": "NGO", "audience": 40000, "critical": true}],
                "typeOverride": {"frame": "TECHNICAL_ERROR_ACCIDENT"},
                "expect": {"crisisType": "PRODUCT_SERVICE_CRITICISM", "cluster": "ACCIDENTAL", "severity": "MODERATE",
                           "actions": {"include": ["EXPLAIN_CIRCUMSTANCES"], "exclude": ["HUMOUR"]}},
                "sources": [{"url": "https://example.org/story", "supports": "the outage"}],
                "rationale": {"severity": "regional press only"}
                """));

        var snapshot = scenario.snapshot();
        assertThat(snapshot.brand().audience()).isEqualTo(250_000L);
        assertThat(snapshot.brand().usualMentionsPerDay()).isEqualTo(1200.0);
        assertThat(snapshot.trigger()).isEqualTo(TriggerOrigin.SUPPLIER);
        assertThat(snapshot.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.allegation()).isEqualTo(Claim.Allegation.FAILURE);
            assertThat(claim.role()).isEqualTo(Claim.Role.MAIN);
            assertThat(claim.accusesBrand()).isTrue();
        });
        assertThat(snapshot.harm()).isEqualTo(new Harm(java.util.Set.of(Harm.Kind.SERVICE_LOSS, Harm.Kind.FINANCIAL_LOSS), 12_000));
        assertThat(snapshot.statements()).singleElement().extracting(PublicStatement::stance)
                .isEqualTo(PublicStatement.Stance.APOLOGY);
        assertThat(snapshot.relays()).singleElement().extracting(Relay::kind).isEqualTo(Relay.Kind.NGO);
        assertThat(snapshot.typeOverride().frame()).isNotNull();
        assertThat(scenario.expectations().crisisType()).containsExactly(CrisisType.PRODUCT_SERVICE_CRITICISM);
        assertThat(scenario.expectations().severity()).containsExactly(Severity.MODERATE);
        assertThat(scenario.expectations().actions().exclude()).containsExactly("HUMOUR");
    }

    @Test
    void the_count_of_people_affected_is_optional() {
        Scenario scenario = FORMAT.read(with("""
                "harm": {"kinds": ["HEALTH_RISK"]}"""));

        assertThat(scenario.snapshot().harm()).isEqualTo(new Harm(java.util.Set.of(Harm.Kind.HEALTH_RISK), 0));
    }

    @Test
    void an_earlier_claim_without_allegation_is_read_from_accuses_brand_and_its_topic() {
        Scenario scenario = FORMAT.read(with("""
                "claims": [{"id": "k1", "statement": "the site is down", "topic": "WEBSITE_OUTAGE", "source": "@a",
                            "status": "CONFIRMED", "accusesBrand": true},
                           {"id": "k2", "statement": "free flights for all", "source": "@b", "status": "REFUTED",
                            "accusesBrand": false}]
                """));

        assertThat(scenario.snapshot().claims()).extracting(Claim::allegation)
                .containsExactly(Claim.Allegation.FAILURE, Claim.Allegation.NONE);
        assertThat(scenario.snapshot().claims()).extracting(Claim::role).containsOnlyNulls();
    }

    @Test
    void bad_values_in_the_new_fields_are_rejected_naming_the_field_and_the_value() {
        assertRejected(with("""
                "claims": [{"id": "k1", "statement": "s", "source": "@a", "status": "CONFIRMED", "allegation": "ATTACK",
                            "accusesBrand": true}]"""),
                "claims[0].accusesBrand must agree with allegation ATTACK (which does not blame the brand), but was true");
        assertRejected(with("""
                "claims": [{"id": "k1", "statement": "s", "source": "@a", "status": "CONFIRMED", "allegation": "LIES"}]"""),
                "claims[0].allegation");
        assertRejected(with(CLAIM + """
                , "statements": [{"at": "2026-03-10T07:00:00Z", "stance": "APOLOGY", "claimId": "k9"}]"""),
                "statements[0].claimId must be the id of one of the claims (k1), but was \"k9\"");
        assertRejected(with("""
                "harm": {"kinds": ["INJURY"], "peopleAffected": -4}"""), "harm.peopleAffected");
        assertRejected(with("""
                "harm": {"kinds": ["BROKEN_HEART"]}"""), "harm.kinds[0]");
        assertRejected(with("""
                "relays": [{"handle": "x", "kind": "ASTROLOGER", "audience": 1, "critical": true}]"""), "relays[0].kind");
        assertRejected("""
                {"now": "2026-03-10T09:00:00Z", "brand": {"brandId": "acme", "sector": "RETAIL", "audience": -1}}
                """, "brand.audience");
    }

    @Test
    void a_typo_in_an_expectation_is_an_error_not_an_expectation_that_passes() {
        assertRejected(with("""
                "expect": {"actions": {"include": ["APOLOGIZE"]}}"""), "expect.actions.include[0] must be one of [");
        assertRejected(with("""
                "expect": {"aggravatingFactors": {"exclude": ["VIRALITY"]}}"""), "expect.aggravatingFactors.exclude[0]");
        assertRejected(with("""
                "expect": {"actions": {"include": ["HUMOUR"], "exclude": ["HUMOUR"]}}"""),
                "expect.actions.exclude[0] must not also be in actions.include");
        assertRejected(with("""
                "expect": {"moderation": {"c404": "IGNORE"}}"""), "expect.moderation.c404 must be the id of one of the comments");
        assertRejected(with("""
                "expect": {"severity": "HUGE"}"""), "expect.severity");
    }
}
