package io.crisisrules.text;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.ReadinessGap;
import io.crisisrules.model.ResponseAction;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The texts a crisis manager reads, in English (the default) or French, from the resource bundle
 * {@code io/crisisrules/text/messages} chosen by {@link Locale}: the title of each
 * {@link ActionKind}, each {@link Guideline}, each {@link ReadinessGap.Kind} and each
 * {@link ActionDeadline.Sla}, the name of every value of the model a reader sees ({@link #name(Enum)})
 * and what each policy ID is about ({@link #policy(String)}). Keys are the stable codes
 * {@code action.<KIND>}, {@code guideline.<NAME>}, {@code gap.<KIND>}, {@code sla.<STATE>},
 * {@code name.<type>.<CONSTANT>} and {@code policy.<ID>}, so a host can ship its own translations
 * under the same bundle name.
 *
 * <pre>{@code
 * PlanTexts fr = PlanTexts.of(Locale.FRENCH);
 * fr.title(ActionKind.APOLOGISE);            // "Reconnaître l'erreur et présenter des excuses"
 * fr.text(Guideline.JUSTIFICATION_SPIRAL);   // "Ne pas entrer dans une spirale de justification."
 * }</pre>
 *
 * <p>An unsupported locale falls back to English, never to the JVM's default locale. Instances are
 * immutable and thread-safe.
 */
public final class PlanTexts {
    /** The bundle's base name. */
    public static final String BUNDLE = "io.crisisrules.text.messages";
    /** The locales the library ships texts for. */
    public static final Set<Locale> SUPPORTED = Set.of(Locale.ENGLISH, Locale.FRENCH);

    // read by the library itself, not through ResourceBundle.getBundle: a ResourceBundle.Control (to
    // ignore the JVM's default locale) is unsupported in a named module, and a bundle lookup from
    // another module would not see this module's resources
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Locale locale;

    private PlanTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * @param locale the reader's locale; French for any French locale, English otherwise
     * @return the texts in that language
     */
    public static PlanTexts of(Locale locale) {
        Checks.required("locale", locale);
        Locale language = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        return new PlanTexts(BUNDLES.computeIfAbsent(language, PlanTexts::load), language);
    }

    /** @return the texts in English */
    public static PlanTexts english() {
        return of(Locale.ENGLISH);
    }

    /** @return the language the texts are in */
    public Locale locale() {
        return locale;
    }

    /** English is the base bundle; another language's bundle falls back on it key by key. */
    private static ResourceBundle load(Locale language) {
        ResourceBundle english = read("messages.properties", null);
        return language.equals(Locale.ENGLISH) ? english : read("messages_" + language.getLanguage() + ".properties", english);
    }

    private static ResourceBundle read(String file, ResourceBundle parent) {
        try (InputStream in = PlanTexts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new MissingResourceException("no " + file + " beside " + PlanTexts.class.getName(), BUNDLE, "");
            }
            return new Texts(new InputStreamReader(in, StandardCharsets.UTF_8), parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A properties bundle with a parent of our choosing. */
    private static final class Texts extends PropertyResourceBundle {
        Texts(Reader reader, ResourceBundle parent) throws IOException {
            super(reader);
            if (parent != null) {
                setParent(parent);
            }
        }
    }

    /**
     * @param kind the kind
     * @return what to do, e.g. "Give the first response"
     */
    public String title(ActionKind kind) {
        return text("action." + Checks.required("kind", kind).name());
    }

    /**
     * @param action an action of a plan
     * @return what to do: for a {@link ActionKind#HOUSE_ACTION}, its house action's text as declared in
     *         {@code house-actions.properties} (in the house's own words, not translated), else {@link #title(ActionKind)}
     */
    public String title(ResponseAction action) {
        Checks.required("action", action);
        return action.house() != null ? action.house().text() : title(action.kind());
    }

    /**
     * @param guideline the guideline
     * @return the guideline as a sentence
     */
    public String text(Guideline guideline) {
        return text("guideline." + Checks.required("guideline", guideline).name());
    }

    /**
     * @param kind the kind
     * @return what the gap is about
     */
    public String text(ReadinessGap.Kind kind) {
        return text("gap." + Checks.required("kind", kind).name());
    }

    /**
     * @param sla where an action stands against its deadline
     * @return the deadline state in words
     */
    public String text(ActionDeadline.Sla sla) {
        return text("sla." + Checks.required("sla", sla).name());
    }

    /**
     * The name of a value of the model a reader sees: a signal kind, a severity, a crisis type, an
     * owner role, a channel, a moderation action, an alert state... Its key is
     * {@code name.<type>.<CONSTANT>}, the type as declared in {@code io.crisisrules.model} (a nested
     * type after its outer type): {@code name.SignalKind.MENTION_SPIKE},
     * {@code name.Incident.AggravatingFactor.SAFETY_EXPOSURE}.
     *
     * @param value a constant of one of the model's enums
     * @return its name in words, e.g. "Mention spike"
     * @throws MissingResourceException if the bundle has no name for it (an enum of another package)
     */
    public String name(Enum<?> value) {
        Class<?> type = Checks.required("value", value).getDeclaringClass();
        String typeName = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
        return text("name." + typeName + "." + value.name());
    }

    /**
     * @param policyId a policy ID of the catalogue, e.g. {@code MOD-01}
     * @return what the policy is about, in a few words, e.g. "block a repeat offender"
     * @throws MissingResourceException if the bundle has no text for that ID (a house policy)
     */
    public String policy(String policyId) {
        return text("policy." + Checks.required("policyId", policyId));
    }

    /**
     * @param key a key of the bundle
     * @return its text
     * @throws MissingResourceException if the bundle has no such key
     */
    public String text(String key) {
        return bundle.getString(key);
    }
}
