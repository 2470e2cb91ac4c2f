package io.crisisrules.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextsTest {

    /** The same word in both languages. */
    private static final Set<String> SAME_IN_FRENCH = Set.of("section.incident", "column.signal", "column.mentions",
            "column.incident", "column.action", "incident.id", "volume.mentions", "measure.MENTIONS");

    @Test
    void every_heading_has_a_french_text_that_is_not_the_english_one() {
        Properties english = ReportTexts.load(Locale.ENGLISH);
        Properties french = ReportTexts.load(Locale.FRENCH);

        assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        List<String> untranslated = english.stringPropertyNames().stream().sorted()
                .filter(key -> !SAME_IN_FRENCH.contains(key))
                .filter(key -> english.getProperty(key).equalsIgnoreCase(french.getProperty(key)))
                .toList();
        assertThat(untranslated).as("keys whose French text is the English one").isEmpty();
        assertThat(SAME_IN_FRENCH).allSatisfy(key -> assertThat(english).containsKey(key));
        assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(french.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void texts_follow_the_locale_and_any_other_language_reads_english() {
        assertThat(ReportTexts.of(Locale.CANADA_FRENCH).text("section.plan")).isEqualTo("Plan de réponse");
        assertThat(ReportTexts.of(Locale.GERMAN).text("section.plan")).isEqualTo("Response plan");
        assertThat(ReportTexts.of(Locale.FRENCH).text("moderation.summary", 3, 1, 2, 0))
                .isEqualTo("3 commentaires : 1 provisoires, 2 dossiers CRM ouverts, 0 auteurs bloqués.");
        assertThat(ReportTexts.of(Locale.FRENCH).percent(0.4088)).isEqualTo("+40,88\u00a0%");
    }
}
