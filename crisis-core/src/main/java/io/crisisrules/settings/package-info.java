/**
 * Policy settings: every threshold and deadline the rules read. Start with
 * {@link io.crisisrules.settings.PolicySettings#defaults()}; each value is documented by the
 * {@link io.crisisrules.settings.Setting} annotation on its record component. House rules declare
 * settings of their own beside their DRL ({@link io.crisisrules.settings.HouseSettings},
 * {@code house-settings.properties}), overridden through the same keys and files.
 */
package io.crisisrules.settings;
