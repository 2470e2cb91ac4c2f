package io.crisisrules.report;

import io.crisisrules.text.PlanTexts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text of a report in one language: the report's own headings (the bundle
 * {@code io/crisisrules/report/report*.properties}) and the plan's and the model's texts
 * ({@link PlanTexts}). A missing key fails loudly rather than showing a key or another language.
 */
final class ReportTexts {
    private static final Map<Locale, Properties> BUNDLES = new ConcurrentHashMap<>();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Properties headings;
    private final PlanTexts plan;
    private final Locale locale;

    private ReportTexts(Locale locale) {
        this.plan = PlanTexts.of(locale);
        this.locale = plan.locale();
        this.headings = BUNDLES.computeIfAbsent(this.locale, ReportTexts::load);
    }

    static ReportTexts of(Locale locale) {
        return new ReportTexts(locale);
    }

    /** @return the properties file of a language: report.properties for English, report_fr.properties... */
    static String file(Locale language) {
        return language.equals(Locale.ENGLISH) ? "report.properties" : "report_" + language.getLanguage() + ".properties";
    }

    static Properties load(Locale language) {
        String file = file(language);
        try (InputStream in = ReportTexts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new MissingResourceException("no " + file + " beside " + ReportTexts.class.getName(),
                        ReportTexts.class.getName(), "");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    Locale locale() {
        return locale;
    }

    PlanTexts plan() {
        return plan;
    }

    String text(String key, Object... arguments) {
        String text = headings.getProperty(key);
        if (text == null) {
            throw new MissingResourceException("no text " + key + " in " + file(locale), ReportTexts.class.getName(), key);
        }
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    /** @return the text of a key that may be absent, such as a measure named by a house rule */
    Optional<String> optional(String key) {
        return Optional.ofNullable(headings.getProperty(key));
    }

    String name(Enum<?> value) {
        return plan.name(value);
    }

    /** @return what a policy ID is about, or the ID alone for a house policy the bundle does not know */
    String policy(String id) {
        try {
            return plan.policy(id);
        } catch (MissingResourceException houseRule) {
            return id;
        }
    }

    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    String number(double value) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.abs(value) >= 100 ? 0 : 2);
        return format.format(value);
    }

    String percent(double fraction) {
        return (fraction > 0 ? "+" : "") + number(fraction * 100) + "\u00a0%";
    }
}
