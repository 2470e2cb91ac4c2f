/**
 * Human-readable texts of the results in English and French: action titles, message guidelines and
 * readiness gaps, keyed by their stable codes (the enum constant names). Start with
 * {@link io.crisisrules.text.PlanTexts#of(java.util.Locale)}.
 */
package io.crisisrules.text;
