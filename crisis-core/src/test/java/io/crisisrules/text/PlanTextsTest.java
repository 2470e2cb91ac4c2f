package io.crisisrules.text;

import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.AlertState;
import io.crisisrules.model.Channel;
import io.crisisrules.model.CrisisFrame;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.Harm;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.Metric;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.OwnerRole;
import io.crisisrules.model.ReadinessGap;
import io.crisisrules.model.Severity;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.VerificationStatus;
import io.crisisrules.model.WarningSignal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        for (Class<? extends Enum<?>> type : NAMED_TYPES) {
            for (Enum<?> value : type.getEnumConstants()) {
                keys.add(nameKey(value));
            }
        }
        return keys;
    }

    /** Every enum of the model whose values a report shows a reader. */
    private static final List<Class<? extends Enum<?>>> NAMED_TYPES = List.of(SignalKind.class, Metric.class,
            WarningSignal.ReferenceKind.class, Severity.class, CrisisType.class, CrisisType.Responsibility.class,
            FailureType.class, CrisisFrame.class, Incident.AggravatingFactor.class, Harm.Kind.class,
            VerificationStatus.class, IncidentStatus.class, OwnerRole.class, Channel.class, ModerationAction.class,
            AlertState.class, IncidentChange.Kind.class);

    /** Words that are the same in both languages: brand names and loanwords French uses as they are. */
    private static final Set<String> SAME_IN_FRENCH = Set.of("name.Channel.FACEBOOK", "name.Channel.INSTAGRAM",
            "name.Channel.X", "name.Channel.TIKTOK", "name.Channel.LINKEDIN", "name.Channel.YOUTUBE",
            "name.Channel.FAQ", "name.Channel.BLOG", "name.Channel.FORUM", "name.OwnerRole.COMMUNITY_MANAGER",
            "name.AlertState.INACTIVE");

    private static String nameKey(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        return "name." + type.getName().substring(type.getPackageName().length() + 1).replace('$', '.') + "." + value.name();
    }

    @Test
    void every_stable_code_has_a_text_in_english_and_in_french_and_the_bundles_have_the_same_keys() {
        Properties english = bundle("messages.properties");
        Properties french = bundle("messages_fr.properties");

        assertThat(english.stringPropertyNames().stream().filter(key -> !key.startsWith("policy.")))
                .containsExactlyInAnyOrderElementsOf(expectedKeys());
        assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(french.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void no_french_text_falls_back_to_the_english_one() {
        Properties english = bundle("messages.properties");
        Properties french = bundle("messages_fr.properties");

        List<String> untranslated = english.stringPropertyNames().stream().sorted()
                .filter(key -> !SAME_IN_FRENCH.contains(key))
                .filter(key -> english.getProperty(key).equalsIgnoreCase(french.getProperty(key)))
                .toList();

        assertThat(untranslated).as("keys whose French text is the English one").isEmpty();
        assertThat(SAME_IN_FRENCH).allSatisfy(key -> assertThat(english).containsKey(key));
    }

    @Test
    void values_of_the_model_and_policy_ids_have_names_in_each_language() {
        PlanTexts french = PlanTexts.of(Locale.FRENCH);
        assertThat(french.name(SignalKind.MENTION_SPIKE)).isEqualTo("Pic de mentions");
        assertThat(french.name(Incident.AggravatingFactor.SAFETY_EXPOSURE)).isEqualTo("risque pour la sécurité");
        assertThat(PlanTexts.english().name(ModerationAction.BLOCK_AUTHOR)).isEqualTo("Block the author");
        assertThat(french.policy("MOD-04")).isEqualTo("bloquer un récidiviste");
        assertThatThrownBy(() -> french.name(java.time.DayOfWeek.MONDAY)).isInstanceOf(MissingResourceException.class);
        assertThatThrownBy(() -> french.policy("ACME-01")).isInstanceOf(MissingResourceException.class);
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
