package io.crisisrules.model;

import io.crisisrules.checks.Checks;

/**
 * One measured value of a {@link Metric} for one scope (a campaign, a channel, the whole brand)
 * over one period, with the references the detection rules compare it to. A missing reference
 * means the rules that need it stay silent: no signal, no error.
 *
 * @param metric   what was measured
 * @param scope    what it was measured on: a campaign, a channel, {@code "brand"} for everything
 * @param period   when it was measured
 * @param value    the measured value; finite, and not negative except for {@link Metric#ROI}
 * @param baseline the usual value (history), or {@code null} when unknown
 * @param forecast the planned value, or {@code null} when none was planned
 */
public record MetricObservation(Metric metric, String scope, ObservationPeriod period, double value,
                                Double baseline, Double forecast) {

    /** The scope used when an observation covers the whole brand. */
    public static final String WHOLE_BRAND = "brand";

    /**
     * Creates one, rejecting invalid components.
     *
     * @param metric what was measured
     * @param scope what it was measured on: a campaign, a channel, {@code "brand"} for everything
     * @param period when it was measured
     * @param value the measured value; finite, and not negative except for {@link Metric#ROI}
     * @param baseline the usual value (history), or {@code null} when unknown
     * @param forecast the planned value, or {@code null} when none was planned
     */
    public MetricObservation {
        Checks.required("metric", metric);
        scope = scope == null ? WHOLE_BRAND : Checks.text("scope", scope);
        Checks.required("period", period);
        if (metric.isFraction()) {
            Checks.fraction("value", value);
            Checks.optionalFraction("baseline", baseline);
            Checks.optionalFraction("forecast", forecast);
        } else if (metric.allowsNegative()) {
            Checks.finite("value", value);
            Checks.optionalFinite("baseline", baseline);
            Checks.optionalFinite("forecast", forecast);
        } else {
            Checks.nonNegative("value", value);
            Checks.optionalNonNegative("baseline", baseline);
            Checks.optionalNonNegative("forecast", forecast);
        }
    }

    /** @return (value − baseline) / |baseline|, or {@code null} without a non-zero baseline */
    public Double changeFromBaseline() {
        return relativeChange(value, baseline);
    }

    /** @return (value − forecast) / |forecast|, or {@code null} without a non-zero forecast */
    public Double changeFromForecast() {
        return relativeChange(value, forecast);
    }

    /** @return whether a baseline is known */
    public boolean hasBaseline() {
        return baseline != null;
    }

    /** @return whether a forecast is known */
    public boolean hasForecast() {
        return forecast != null;
    }

    static Double relativeChange(double value, Double reference) {
        if (reference == null || reference == 0.0) {
            return null;
        }
        return Checks.decimal((value - reference) / Math.abs(reference));
    }
}
