package io.crisisrules.functions;

import io.crisisrules.model.MetricObservation;

/**
 * The shape of a campaign indicator over its first periods (DET-16): how strong the start was and
 * for how many periods it has been declining since.
 *
 * @param first                    the earliest observation
 * @param latest                   the latest observation
 * @param firstChangeFromForecast  the first period's change against its forecast, or NaN without one
 * @param decliningPeriodsAtEnd    how many of the latest periods were each lower than the one before
 */
public record LaunchTrend(MetricObservation first, MetricObservation latest, double firstChangeFromForecast,
                          int decliningPeriodsAtEnd) {
}
