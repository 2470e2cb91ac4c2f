package io.crisisrules.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one policy setting: a component of a settings record. The annotation is the single
 * source of the setting's default, allowed range, policy ID and documentation; defaults, range
 * checks, file loading and the README table all read it.
 *
 * <p>Values are written as in a properties file: numbers ({@code 0.2}, {@code 1500}), booleans,
 * durations ({@code 4h}, {@code 30d}, {@code 90m}, or ISO-8601 such as {@code PT4H}), and
 * comma-separated enum names for sets.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Setting {

    /** @return the policy IDs the setting parametrises, e.g. {@code "DET-01"} */
    String[] policy();

    /** @return what the setting means, one sentence */
    String description();

    /** @return the documented default, as written in a settings file */
    String defaultValue();

    /** @return the smallest allowed value (numbers and durations), empty for no bound */
    String min() default "";

    /** @return the largest allowed value (numbers and durations), empty for no bound */
    String max() default "";
}
