package io.crisisrules.functions;

import io.crisisrules.model.MetricObservation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Trends of one indicator over consecutive periods. */
public final class MetricTrends {

    private MetricTrends() {
    }

    /**
     * @param series observations of one metric and scope, any order (other items are ignored)
     * @return its launch trend in a list, or an empty list with fewer than two observations
     */
    public static List<LaunchTrend> launchTrend(Collection<?> series) {
        List<MetricObservation> ordered = new ArrayList<>();
        for (Object item : series) {
            if (item instanceof MetricObservation observation) {
                ordered.add(observation);
            }
        }
        if (ordered.size() < 2) {
            return List.of();
        }
        ordered.sort(Comparator.comparing(MetricObservation::period));
        int declining = 0;
        for (int i = ordered.size() - 1; i > 0 && ordered.get(i).value() < ordered.get(i - 1).value(); i--) {
            declining++;
        }
        MetricObservation first = ordered.get(0);
        Double change = first.changeFromForecast();
        return List.of(new LaunchTrend(first, ordered.get(ordered.size() - 1), change == null ? Double.NaN : change,
                declining));
    }
}
