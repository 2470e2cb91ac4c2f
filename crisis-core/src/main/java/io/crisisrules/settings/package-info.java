/**
 * Policy settings: every threshold and deadline the rules read. Start with
 * {@link io.crisisrules.settings.PolicySettings#defaults()}; each value is documented by the
 * {@link io.crisisrules.settings.Setting} annotation on its record component.
 */
package io.crisisrules.settings;
