package io.crisisrules.bench;

import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.settings.DetectionSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * The lower bound of KPI detection: DET-01, DET-05, DET-08, DET-09 and DET-12 written by hand, one
 * pass over the observations, producing the same {@link WarningSignal}s. Benchmark sources only;
 * {@code EquivalenceTest} checks it against the engine.
 */
public final class PlainDetection {
    /** The signal kinds this bound covers. */
    public static final List<SignalKind> KINDS = List.of(SignalKind.ROI_DROP, SignalKind.CANCELLATION_SPIKE,
            SignalKind.UNSUBSCRIBE_RISE, SignalKind.ACQUISITION_COST_SURGE, SignalKind.CHURN_RISE);

    private final DetectionSettings settings;

    public PlainDetection(DetectionSettings settings) {
        this.settings = settings;
    }

    public List<WarningSignal> detect(List<MetricObservation> observations) {
        List<WarningSignal> signals = new ArrayList<>();
        for (MetricObservation o : observations) {
            SignalKind kind = switch (o.metric()) {
                case ROI -> {
                    Double change = o.changeFromBaseline();
                    yield change != null && change <= -settings.roiDrop() ? SignalKind.ROI_DROP : null;
                }
                case CANCELLATIONS -> o.baseline() != null && o.baseline() > 0
                        && o.value() >= o.baseline() * settings.cancellationMultiple() ? SignalKind.CANCELLATION_SPIKE : null;
                case UNSUBSCRIBE_RATE -> rise(o, settings.unsubscribeRise(), SignalKind.UNSUBSCRIBE_RISE);
                case ACQUISITION_COST -> rise(o, settings.acquisitionCostSurge(), SignalKind.ACQUISITION_COST_SURGE);
                case CHURN_RATE -> rise(o, settings.churnRise(), SignalKind.CHURN_RISE);
                default -> null;
            };
            if (kind != null) {
                signals.add(WarningSignal.fromBaseline(kind, o));
            }
        }
        return signals;
    }

    private static SignalKind rise(MetricObservation o, double threshold, SignalKind kind) {
        Double change = o.changeFromBaseline();
        return change != null && change >= threshold ? kind : null;
    }
}
