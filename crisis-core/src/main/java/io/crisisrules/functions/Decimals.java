package io.crisisrules.functions;

import io.crisisrules.checks.Checks;

/** Rounding of derived ratios for rules, so that a signal's figures compare as a person expects. */
public final class Decimals {

    private Decimals() {
    }

    /**
     * @param value a ratio computed from decimal inputs
     * @return it rounded to 12 decimal places: 0.35 − 0.20 is 0.15, not 0.1499999…
     */
    public static double decimal(double value) {
        return Checks.decimal(value);
    }
}
