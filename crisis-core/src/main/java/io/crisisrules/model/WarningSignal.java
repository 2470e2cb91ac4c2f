package io.crisisrules.model;

import io.crisisrules.checks.Checks;

/**
 * A measured symptom that a failure or crisis may be under way, with what a person needs to see
 * why it fired: the measure, the observed value, the reference it was compared with and the
 * relative change. Detection rules insert these; one metric, scope and window give at most one
 * signal of a kind ({@link #key()}).
 *
 * @param kind           which signal
 * @param metric         what was measured: a {@link Metric} name, or a listening measure such as
 *                       {@code "NEGATIVE_SHARE"}
 * @param scope          what it was measured on: campaign, channel, customer, {@code "brand"}
 * @param window         when
 * @param observed       the observed value
 * @param reference      the value it was compared with (baseline, forecast or threshold)
 * @param referenceKind  what the reference is
 * @param relativeChange (observed − reference) / |reference|, or the change in points for shares
 * @param explanation    the rules that raised it ({@link Explanation#NONE} while in working memory)
 */
public record WarningSignal(SignalKind kind, String metric, String scope, ObservationPeriod window, double observed,
                            double reference, ReferenceKind referenceKind, double relativeChange,
                            Explanation explanation) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param kind which signal
     * @param metric what was measured: a {@link Metric} name, or a listening measure such as {@code "NEGATIVE_SHARE"}
     * @param scope what it was measured on: campaign, channel, customer, {@code "brand"}
     * @param window when
     * @param observed the observed value
     * @param reference the value it was compared with (baseline, forecast or threshold)
     * @param referenceKind what the reference is
     * @param relativeChange (observed − reference) / |reference|, or the change in points for shares
     * @param explanation the rules that raised it ({@link Explanation#NONE} while in working memory)
     */
    public WarningSignal {
        Checks.required("kind", kind);
        Checks.text("metric", metric);
        Checks.text("scope", scope);
        Checks.required("window", window);
        Checks.finite("observed", observed);
        Checks.finite("reference", reference);
        Checks.required("referenceKind", referenceKind);
        Checks.finite("relativeChange", relativeChange);
        Checks.required("explanation", explanation);
    }

    /**
     * The form detection rules use; the engine adds the explanation.
     *
     * @param kind which signal
     * @param metric what was measured: a {@link Metric} name, or a listening measure such as {@code "NEGATIVE_SHARE"}
     * @param scope what it was measured on: campaign, channel, customer, {@code "brand"}
     * @param window when
     * @param observed the observed value
     * @param reference the value it was compared with (baseline, forecast or threshold)
     * @param referenceKind what the reference is
     * @param relativeChange (observed − reference) / |reference|, or the change in points for shares
     */
    public WarningSignal(SignalKind kind, String metric, String scope, ObservationPeriod window, double observed,
                         double reference, ReferenceKind referenceKind, double relativeChange) {
        this(kind, metric, scope, window, observed, reference, referenceKind, relativeChange, Explanation.NONE);
    }

    /**
     * A signal comparing an observation with its baseline.
     *
     * @param kind        the signal
     * @param observation the observation; must have a baseline
     * @return the signal
     */
    public static WarningSignal fromBaseline(SignalKind kind, MetricObservation observation) {
        return new WarningSignal(kind, observation.metric().name(), observation.scope(), observation.period(),
                observation.value(), observation.baseline(), ReferenceKind.BASELINE, observation.changeFromBaseline());
    }

    /**
     * A signal comparing an observation with its forecast.
     *
     * @param kind        the signal
     * @param observation the observation; must have a forecast
     * @return the signal
     */
    public static WarningSignal fromForecast(SignalKind kind, MetricObservation observation) {
        return new WarningSignal(kind, observation.metric().name(), observation.scope(), observation.period(),
                observation.value(), observation.forecast(), ReferenceKind.FORECAST, observation.changeFromForecast());
    }

    /**
     * A signal on a share (a fraction in [0, 1]) compared with its baseline share; the change is in
     * points (0.15 for 15 points).
     *
     * @param kind      the signal
     * @param measure   what share, e.g. {@code "NEGATIVE_SHARE"}
     * @param scope     what it was measured on
     * @param window    when
     * @param observed  the observed share
     * @param reference the baseline share
     * @return the signal
     */
    public static WarningSignal ofShare(SignalKind kind, String measure, String scope, ObservationPeriod window,
                                        double observed, double reference) {
        return new WarningSignal(kind, measure, scope, window, observed, reference, ReferenceKind.BASELINE,
                Checks.decimal(observed - reference));
    }

    /** @return what identifies the signal: kind, metric, scope and window (its start and end) */
    public String key() {
        return kind + "/" + metric + "/" + scope + "/" + window.start() + "/" + window.end();
    }

    /**
     * @param explanation the rules that raised it ({@link Explanation#NONE} while in working memory)
     * @return the same signal with its explanation
     */
    public WarningSignal withExplanation(Explanation explanation) {
        return new WarningSignal(kind, metric, scope, window, observed, reference, referenceKind, relativeChange,
                explanation);
    }

    /** What a signal's reference value is. */
    public enum ReferenceKind {
        /** The usual value, from history. */
        BASELINE,
        /** The planned value. */
        FORECAST,
        /** A fixed floor or ceiling from the policy settings. */
        THRESHOLD,
        /** The same indicator in an earlier period. */
        EARLIER_PERIOD
    }
}
