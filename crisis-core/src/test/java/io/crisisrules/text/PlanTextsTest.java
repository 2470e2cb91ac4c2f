package io.crisisrules.text;

import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.ReadinessGap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PlanTextsTest {

    private static Properties bundle(String file) {
        try (InputStream in = PlanTexts.class.getResourceAsStream(file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> expectedKeys() {
        List<String> keys = new ArrayList<>();
        for (ActionKind kind : ActionKind.values()) {
            keys.add("action." + kind);
        }
        for (Guideline guideline : Guideline.values()) {
            keys.add("guideline." + guideline);
        }
        for (ReadinessGap.Kind kind : ReadinessGap.Kind.values()) {
            keys.add("gap." + kind);
        }
        for (ActionDeadline.Sla sla : ActionDeadline.Sla.values()) {
            keys.add("sla." + sla);
        }
        return keys;
    }

    @Test
    void every_stable_code_has_a_text_in_english_and_in_french_and_the_bundles_have_the_same_keys() {
        Properties english = bundle("messages.properties");
        Properties french = bundle("messages_fr.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(expectedKeys());
        assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(french.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void texts_are_chosen_by_locale_with_english_as_the_default() {
        assertThat(PlanTexts.of(Locale.FRENCH).title(ActionKind.APOLOGISE))
                .isEqualTo("Reconnaître l'erreur et présenter des excuses");
        assertThat(PlanTexts.of(Locale.CANADA_FRENCH).text(Guideline.SHOW_EMPATHY)).startsWith("Faire preuve d'empathie");
        assertThat(PlanTexts.of(Locale.ENGLISH).title(ActionKind.APOLOGISE)).isEqualTo("Acknowledge the mistake and apologise");
        assertThat(PlanTexts.of(Locale.GERMAN).title(ActionKind.APOLOGISE)).isEqualTo("Acknowledge the mistake and apologise");
        assertThat(PlanTexts.of(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(PlanTexts.of(Locale.FRANCE).locale().getLanguage()).isEqualTo("fr");
        assertThat(PlanTexts.english().text(ReadinessGap.Kind.CRM_CAPTURE)).contains("CRM");
        assertThat(PlanTexts.of(Locale.FRENCH).text(ActionDeadline.Sla.BREACHED)).isEqualTo("dépassé");
        assertThat(PlanTexts.SUPPORTED).isEqualTo(Set.of(Locale.ENGLISH, Locale.FRENCH));
    }

    @Test
    void the_jvm_default_locale_does_not_leak_into_english_texts() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(PlanTexts.of(Locale.ENGLISH).title(ActionKind.FIRST_RESPONSE))
                    .isEqualTo("Give the first response");
        } finally {
            Locale.setDefault(before);
        }
    }
}
