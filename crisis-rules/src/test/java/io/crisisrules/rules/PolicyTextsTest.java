package io.crisisrules.rules;

import io.crisisrules.rules.support.PolicyCatalogue;
import io.crisisrules.text.PlanTexts;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A report explains every decision by its policy IDs, in the reader's language: none may be missing. */
class PolicyTextsTest {

    @Test
    void every_policy_id_of_the_catalogue_says_what_it_is_about_in_english_and_in_french() {
        PlanTexts english = PlanTexts.english();
        PlanTexts french = PlanTexts.of(Locale.FRENCH);

        assertThat(PolicyCatalogue.ids()).hasSizeGreaterThan(50).allSatisfy(id -> {
            assertThat(english.policy(id)).as(id).isNotBlank();
            assertThat(french.policy(id)).as(id).isNotBlank().isNotEqualToIgnoringCase(english.policy(id));
        });
    }
}
