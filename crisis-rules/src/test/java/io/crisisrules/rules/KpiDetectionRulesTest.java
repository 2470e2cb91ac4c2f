package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.CustomerActivity;
import io.crisisrules.model.Metric;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.SignalKind;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.WarningSignal;
import io.crisisrules.model.WarningSignal.ReferenceKind;
import io.crisisrules.rules.support.Engines;
import io.crisisrules.rules.support.RecordingListener;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.crisisrules.rules.support.Engines.NOW;
import static io.crisisrules.rules.support.Fixtures.LAST_WEEK;
import static io.crisisrules.rules.support.Fixtures.againstBaseline;
import static io.crisisrules.rules.support.Fixtures.againstForecast;
import static io.crisisrules.rules.support.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The KPI and CRM detection rules (DET-01…DET-13 and DET-16, batch): each fires at its threshold
 * with the numbers a person needs, stays silent just short of it, and reads its threshold from the
 * settings.
 */
class KpiDetectionRulesTest {
    private final RecordingListener recorder = new RecordingListener();

    // ---- helpers -------------------------------------------------------------------------------

    private Assessment evaluate(MetricObservation... observations) {
        return evaluate(Engines.recording(recorder), observations);
    }

    private Assessment evaluate(CrisisEngine engine, MetricObservation... observations) {
        Snapshot.Builder builder = snapshot();
        for (MetricObservation observation : observations) {
            builder.metric(observation);
        }
        return engine.evaluate(builder.build());
    }

    private static CrisisEngine withSetting(String key, String value) {
        return Engines.defaults().withSettings(Engines.defaults().settings().with(key, value));
    }

    private static void assertSignal(WarningSignal signal, SignalKind kind, String metric, String scope,
                                     ObservationPeriod window, double observed, double reference,
                                     ReferenceKind referenceKind, double relativeChange) {
        assertThat(signal.kind()).isEqualTo(kind);
        assertThat(signal.metric()).isEqualTo(metric);
        assertThat(signal.scope()).isEqualTo(scope);
        assertThat(signal.window()).isEqualTo(window);
        assertThat(signal.observed()).isCloseTo(observed, within(1e-12));
        assertThat(signal.reference()).isCloseTo(reference, within(1e-12));
        assertThat(signal.referenceKind()).isEqualTo(referenceKind);
        assertThat(signal.relativeChange()).isCloseTo(relativeChange, within(1e-9));
        assertThat(signal.explanation().policyIds()).containsExactly(kind.policyId());
    }

    private static ObservationPeriod weeksAgo(int weeks) {
        return ObservationPeriod.of(LAST_WEEK.start().minus(Duration.ofDays(7L * weeks)), Duration.ofDays(7));
    }

    // ---- DET-01 ROI drop -----------------------------------------------------------------------

    @Test
    void DET_01_roi_a_fifth_below_its_baseline_raises_a_signal_with_its_numbers() {
        Assessment assessment = evaluate(againstBaseline(Metric.ROI, "spring-sale", 0.8, 1.0));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> assertSignal(signal,
                SignalKind.ROI_DROP, "ROI", "spring-sale", LAST_WEEK, 0.8, 1.0, ReferenceKind.BASELINE, -0.2));
        assertThat(recorder.names()).containsOnlyOnce("DET-01 ROI falls well below its baseline");
    }

    @Test
    void DET_01_roi_just_short_of_the_drop_or_without_baseline_raises_nothing_and_the_drop_is_a_setting() {
        assertThat(evaluate(againstBaseline(Metric.ROI, "spring-sale", 0.81, 1.0)).signals()).isEmpty();
        assertThat(evaluate(new MetricObservation(Metric.ROI, "spring-sale", LAST_WEEK, -3.0, null, 1.0))
                .signals()).isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-01")).isFalse();

        CrisisEngine stricter = withSetting("detection.roiDrop", "0.25");
        assertThat(evaluate(stricter, againstBaseline(Metric.ROI, "spring-sale", 0.8, 1.0)).signals()).isEmpty();
        assertThat(evaluate(stricter, againstBaseline(Metric.ROI, "spring-sale", 0.75, 1.0)).signals()).hasSize(1);
    }

    @Test
    void DET_01_a_negative_roi_falling_further_below_a_negative_baseline_is_a_drop() {
        Assessment worse = evaluate(againstBaseline(Metric.ROI, "spring-sale", -0.6, -0.5));
        Assessment better = evaluate(againstBaseline(Metric.ROI, "spring-sale", -0.3, -0.5));

        assertThat(worse.signals()).singleElement().satisfies(signal ->
                assertThat(signal.relativeChange()).isCloseTo(-0.2, within(1e-9)));
        assertThat(better.signals()).isEmpty();
    }

    // ---- DET-02 low engagement -----------------------------------------------------------------

    @Test
    void DET_02_engagement_thirty_percent_below_forecast_raises_a_signal_against_the_forecast() {
        Assessment assessment = evaluate(againstForecast(Metric.ENGAGEMENT_RATE, "instagram-post", 0.007, 0.01));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> assertSignal(signal,
                SignalKind.LOW_ENGAGEMENT, "ENGAGEMENT_RATE", "instagram-post", LAST_WEEK, 0.007, 0.01,
                ReferenceKind.FORECAST, -0.3));
        assertThat(recorder.count("DET-02 Engagement falls well short of its forecast")).isEqualTo(1);
        assertThat(recorder.firedRuleStartingWith("DET-02 Engagement under the usual floor")).isFalse();
    }

    @Test
    void DET_02_engagement_under_the_usual_floor_is_low_even_against_a_low_forecast() {
        Assessment assessment = evaluate(againstForecast(Metric.ENGAGEMENT_RATE, "instagram-post", 0.004, 0.005));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> assertSignal(signal,
                SignalKind.LOW_ENGAGEMENT, "ENGAGEMENT_RATE", "instagram-post", LAST_WEEK, 0.004, 0.005,
                ReferenceKind.THRESHOLD, -0.2));
        assertThat(recorder.names()).contains("DET-02 Engagement under the usual floor is low whatever the forecast");
    }

    @Test
    void DET_02_engagement_far_below_both_forecast_and_floor_raises_one_signal_not_two() {
        Assessment assessment = evaluate(againstForecast(Metric.ENGAGEMENT_RATE, "instagram-post", 0.003, 0.01));

        assertThat(assessment.signals()).singleElement().satisfies(signal ->
                assertThat(signal.referenceKind()).isEqualTo(ReferenceKind.FORECAST));
    }

    @Test
    void DET_02_engagement_just_short_of_the_shortfall_and_at_the_floor_raises_nothing_and_both_are_settings() {
        assertThat(evaluate(againstForecast(Metric.ENGAGEMENT_RATE, "post", 0.0071, 0.01)).signals()).isEmpty();
        assertThat(evaluate(new MetricObservation(Metric.ENGAGEMENT_RATE, "post", LAST_WEEK, 0.005, null, null))
                .signals()).isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-02")).isFalse();

        assertThat(evaluate(withSetting("detection.engagementShortfall", "0.25"),
                againstForecast(Metric.ENGAGEMENT_RATE, "post", 0.0071, 0.01)).signals()).hasSize(1);
        assertThat(evaluate(withSetting("detection.engagementRateFloor", "0.006"),
                new MetricObservation(Metric.ENGAGEMENT_RATE, "post", LAST_WEEK, 0.005, null, null))
                .signals()).hasSize(1);
    }

    // ---- DET-04 no interest --------------------------------------------------------------------

    @Test
    void DET_04_responses_to_an_offer_half_below_forecast_raise_a_signal() {
        Assessment assessment = evaluate(againstForecast(Metric.OFFER_RESPONSE_RATE, "black-friday", 0.05, 0.1));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> assertSignal(signal,
                SignalKind.NO_INTEREST, "OFFER_RESPONSE_RATE", "black-friday", LAST_WEEK, 0.05, 0.1,
                ReferenceKind.FORECAST, -0.5));
        assertThat(recorder.names()).contains("DET-04 The target does not react to an offer");
    }

    @Test
    void DET_04_responses_just_short_of_the_shortfall_raise_nothing_and_the_shortfall_is_a_setting() {
        assertThat(evaluate(againstForecast(Metric.OFFER_RESPONSE_RATE, "black-friday", 0.051, 0.1)).signals())
                .isEmpty();
        assertThat(evaluate(againstBaseline(Metric.OFFER_RESPONSE_RATE, "black-friday", 0.01, 0.1)).signals())
                .as("a baseline is not a forecast").isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-04")).isFalse();

        assertThat(evaluate(withSetting("detection.offerResponseShortfall", "0.4"),
                againstForecast(Metric.OFFER_RESPONSE_RATE, "black-friday", 0.051, 0.1)).signals()).hasSize(1);
    }

    // ---- DET-05 cancellation spike -------------------------------------------------------------

    @Test
    void DET_05_cancellations_at_three_times_their_rate_raise_a_signal() {
        Assessment assessment = evaluate(againstBaseline(Metric.CANCELLATIONS, "premium-plan", 300, 100));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> assertSignal(signal,
                SignalKind.CANCELLATION_SPIKE, "CANCELLATIONS", "premium-plan", LAST_WEEK, 300, 100,
                ReferenceKind.BASELINE, 2.0));
        assertThat(recorder.names()).contains("DET-05 Cancellations peak at a multiple of their usual rate");
    }

    @Test
    void DET_05_cancellations_just_under_twice_their_rate_raise_nothing_and_the_multiple_is_a_setting() {
        assertThat(evaluate(againstBaseline(Metric.CANCELLATIONS, "premium-plan", 199, 100)).signals()).isEmpty();
        assertThat(evaluate(againstBaseline(Metric.CANCELLATIONS, "premium-plan", 5, 0)).signals())
                .as("no usual rate, no multiple of it").isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-05")).isFalse();
        assertThat(evaluate(againstBaseline(Metric.CANCELLATIONS, "premium-plan", 200, 100)).signals()).hasSize(1);

        CrisisEngine stricter = withSetting("detection.cancellationMultiple", "3.5");
        assertThat(evaluate(stricter, againstBaseline(Metric.CANCELLATIONS, "premium-plan", 300, 100)).signals())
                .isEmpty();
        assertThat(evaluate(stricter, againstBaseline(Metric.CANCELLATIONS, "premium-plan", 350, 100)).signals())
                .hasSize(1);
    }

    // ---- DET-06 stalled conversion -------------------------------------------------------------

    @Test
    void DET_06_flat_conversion_while_spend_rises_raises_a_signal_on_the_conversion() {
        Assessment assessment = evaluate(
                againstBaseline(Metric.CONVERSION_RATE, "search-ads", 0.0204, 0.02),
                againstBaseline(Metric.SPEND, "search-ads", 13_000, 10_000));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> assertSignal(signal,
                SignalKind.STALLED_CONVERSION, "CONVERSION_RATE", "search-ads", LAST_WEEK, 0.0204, 0.02,
                ReferenceKind.BASELINE, 0.02));
        assertThat(recorder.names()).contains("DET-06 Conversion stays flat or falls while spend holds or rises");
    }

    @Test
    void DET_06_falling_conversion_with_flat_spend_also_stalls() {
        Assessment assessment = evaluate(
                againstBaseline(Metric.CONVERSION_RATE, "search-ads", 0.01, 0.02),
                againstBaseline(Metric.SPEND, "search-ads", 9_600, 10_000));

        assertThat(assessment.signals()).singleElement().satisfies(signal ->
                assertThat(signal.relativeChange()).isCloseTo(-0.5, within(1e-9)));
    }

    @Test
    void DET_06_rising_conversion_falling_spend_or_another_campaign_raise_nothing_and_the_band_is_a_setting() {
        assertThat(evaluate(againstBaseline(Metric.CONVERSION_RATE, "search-ads", 0.0212, 0.02),
                againstBaseline(Metric.SPEND, "search-ads", 13_000, 10_000)).signals())
                .as("conversion 6 %% up is not flat").isEmpty();
        assertThat(evaluate(againstBaseline(Metric.CONVERSION_RATE, "search-ads", 0.02, 0.02),
                againstBaseline(Metric.SPEND, "search-ads", 9_400, 10_000)).signals())
                .as("spend cut by 6 %%: less effort").isEmpty();
        assertThat(evaluate(againstBaseline(Metric.CONVERSION_RATE, "search-ads", 0.02, 0.02),
                againstBaseline(Metric.SPEND, "display", 13_000, 10_000)).signals())
                .as("spend of another campaign").isEmpty();
        assertThat(evaluate(againstBaseline(Metric.CONVERSION_RATE, "search-ads", 0.02, 0.02)).signals())
                .as("spend unknown").isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-06")).isFalse();

        assertThat(evaluate(withSetting("detection.conversionFlatBand", "0.10"),
                againstBaseline(Metric.CONVERSION_RATE, "search-ads", 0.0212, 0.02),
                againstBaseline(Metric.SPEND, "search-ads", 13_000, 10_000)).signals()).hasSize(1);
    }

    // ---- DET-07 results below forecast ---------------------------------------------------------

    @Test
    void DET_07_main_result_a_quarter_below_forecast_raises_a_signal() {
        Assessment assessment = evaluate(againstForecast(Metric.MAIN_RESULT, "spring-sale", 750, 1_000));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> assertSignal(signal,
                SignalKind.RESULTS_BELOW_FORECAST, "MAIN_RESULT", "spring-sale", LAST_WEEK, 750, 1_000,
                ReferenceKind.FORECAST, -0.25));
        assertThat(recorder.names()).contains("DET-07 The campaign's main result falls well below forecast");
    }

    @Test
    void DET_07_main_result_just_short_of_the_shortfall_raises_nothing_and_the_shortfall_is_a_setting() {
        assertThat(evaluate(againstForecast(Metric.MAIN_RESULT, "spring-sale", 751, 1_000)).signals()).isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-07")).isFalse();

        assertThat(evaluate(withSetting("detection.resultShortfall", "0.2"),
                againstForecast(Metric.MAIN_RESULT, "spring-sale", 751, 1_000)).signals()).hasSize(1);
        assertThat(evaluate(withSetting("detection.resultShortfall", "0.3"),
                againstForecast(Metric.MAIN_RESULT, "spring-sale", 750, 1_000)).signals()).isEmpty();
    }

    // ---- DET-09 acquisition cost surge ---------------------------------------------------------

    @Test
    void DET_09_acquisition_cost_half_again_above_its_baseline_raises_a_signal() {
        Assessment assessment = evaluate(againstBaseline(Metric.ACQUISITION_COST, "brand", 60, 40));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> assertSignal(signal,
                SignalKind.ACQUISITION_COST_SURGE, "ACQUISITION_COST", "brand", LAST_WEEK, 60, 40,
                ReferenceKind.BASELINE, 0.5));
        assertThat(recorder.names()).contains("DET-09 The cost of acquiring a customer surges within one period");
    }

    @Test
    void DET_09_acquisition_cost_just_short_of_the_surge_raises_nothing_and_the_surge_is_a_setting() {
        assertThat(evaluate(againstBaseline(Metric.ACQUISITION_COST, "brand", 59.9, 40)).signals()).isEmpty();
        assertThat(evaluate(againstBaseline(Metric.ACQUISITION_COST, "brand", 20, 40)).signals())
                .as("a cheaper acquisition is no surge").isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-09")).isFalse();

        assertThat(evaluate(withSetting("detection.acquisitionCostSurge", "0.4"),
                againstBaseline(Metric.ACQUISITION_COST, "brand", 59.9, 40)).signals()).hasSize(1);
    }

    // ---- DET-10 traffic drop on a major channel ------------------------------------------------

    private Assessment traffic(CrisisEngine engine, double searchNow, double emailNow) {
        return evaluate(engine,
                againstBaseline(Metric.CHANNEL_VISITS, "search", searchNow, 5_000),
                againstBaseline(Metric.CHANNEL_VISITS, "social", 4_000, 4_000),
                againstBaseline(Metric.CHANNEL_VISITS, "email", emailNow, 1_000));
    }

    @Test
    void DET_10_visits_a_quarter_down_on_a_channel_carrying_half_the_traffic_raise_a_signal() {
        Assessment assessment = traffic(Engines.recording(recorder), 3_750, 1_000);

        assertThat(assessment.signals()).singleElement().satisfies(signal -> assertSignal(signal,
                SignalKind.CHANNEL_TRAFFIC_DROP, "CHANNEL_VISITS", "search", LAST_WEEK, 3_750, 5_000,
                ReferenceKind.BASELINE, -0.25));
        assertThat(recorder.count("DET-10 Visits fall on a channel that carries a large share of traffic"))
                .isEqualTo(1);
    }

    @Test
    void DET_10_a_minor_channel_or_a_smaller_drop_raises_nothing_and_the_share_and_drop_are_settings() {
        assertThat(traffic(Engines.recording(recorder), 3_760, 400).signals())
                .as("search 24.8 %% down; email 60 %% down but only 10 %% of traffic").isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-10")).isFalse();

        assertThat(traffic(withSetting("detection.majorChannelShare", "0.10"), 5_000, 400).signals())
                .singleElement().satisfies(signal -> assertThat(signal.scope()).isEqualTo("email"));
        assertThat(traffic(withSetting("detection.channelTrafficDrop", "0.2"), 3_760, 1_000).signals())
                .singleElement().satisfies(signal -> assertThat(signal.scope()).isEqualTo("search"));
    }

    @Test
    void DET_10_the_share_is_measured_among_channels_of_the_same_period() {
        Assessment assessment = evaluate(
                againstBaseline(Metric.CHANNEL_VISITS, "email", 400, 1_000),
                new MetricObservation(Metric.CHANNEL_VISITS, "search", weeksAgo(1), 9_000, 9_000.0, null));
        Assessment sameWeek = evaluate(
                againstBaseline(Metric.CHANNEL_VISITS, "email", 400, 1_000),
                againstBaseline(Metric.CHANNEL_VISITS, "search", 9_000, 9_000));

        assertThat(sameWeek.signals()).as("email is a tenth of its week's traffic").isEmpty();
        assertThat(assessment.signals()).as("email is all the traffic of its week")
                .singleElement().satisfies(signal -> assertThat(signal.scope()).isEqualTo("email"));
    }

    // ---- DET-11 open / click decline -----------------------------------------------------------

    @Test
    void DET_11_open_and_click_rates_a_fifth_below_baseline_raise_one_signal_each() {
        Assessment assessment = evaluate(
                againstBaseline(Metric.EMAIL_OPEN_RATE, "newsletter", 0.2, 0.25),
                againstBaseline(Metric.EMAIL_CLICK_RATE, "newsletter", 0.016, 0.02));

        assertThat(assessment.signals()).hasSize(2);
        assertSignal(assessment.signals().stream().filter(s -> s.metric().equals("EMAIL_OPEN_RATE")).findFirst()
                        .orElseThrow(), SignalKind.OPEN_CLICK_DECLINE, "EMAIL_OPEN_RATE", "newsletter", LAST_WEEK,
                0.2, 0.25, ReferenceKind.BASELINE, -0.2);
        assertSignal(assessment.signals().stream().filter(s -> s.metric().equals("EMAIL_CLICK_RATE")).findFirst()
                        .orElseThrow(), SignalKind.OPEN_CLICK_DECLINE, "EMAIL_CLICK_RATE", "newsletter", LAST_WEEK,
                0.016, 0.02, ReferenceKind.BASELINE, -0.2);
        assertThat(recorder.count("DET-11 Email open or click rate declines")).isEqualTo(2);
    }

    @Test
    void DET_11_rates_just_short_of_the_decline_raise_nothing_and_the_decline_is_a_setting() {
        assertThat(evaluate(againstBaseline(Metric.EMAIL_OPEN_RATE, "newsletter", 0.2001, 0.25),
                againstBaseline(Metric.EMAIL_CLICK_RATE, "newsletter", 0.0161, 0.02)).signals()).isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-11")).isFalse();

        assertThat(evaluate(withSetting("detection.openClickDecline", "0.15"),
                againstBaseline(Metric.EMAIL_OPEN_RATE, "newsletter", 0.2001, 0.25)).signals()).hasSize(1);
    }

    // ---- DET-12 churn rise ---------------------------------------------------------------------

    @Test
    void DET_12_churn_thirty_percent_above_baseline_raises_a_signal() {
        Assessment assessment = evaluate(againstBaseline(Metric.CHURN_RATE, "subscribers", 0.026, 0.02));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> assertSignal(signal,
                SignalKind.CHURN_RISE, "CHURN_RATE", "subscribers", LAST_WEEK, 0.026, 0.02,
                ReferenceKind.BASELINE, 0.3));
        assertThat(recorder.names()).contains("DET-12 Churn rises well above its baseline");
    }

    @Test
    void DET_12_churn_just_short_of_the_rise_raises_nothing_and_the_rise_is_a_setting() {
        assertThat(evaluate(againstBaseline(Metric.CHURN_RATE, "subscribers", 0.0259, 0.02)).signals()).isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-12")).isFalse();

        assertThat(evaluate(withSetting("detection.churnRise", "0.25"),
                againstBaseline(Metric.CHURN_RATE, "subscribers", 0.0259, 0.02)).signals()).hasSize(1);
    }

    // ---- DET-13 customer gone silent -----------------------------------------------------------

    private Assessment silent(CrisisEngine engine, Duration sinceLastActivity) {
        return engine.evaluate(snapshot()
                .customer(new CustomerActivity("cust-42", Duration.ofDays(30), NOW.minus(sinceLastActivity)))
                .build());
    }

    @Test
    void DET_13_a_customer_silent_for_twice_their_usual_interval_raises_a_follow_up_signal() {
        Assessment assessment = silent(Engines.recording(recorder), Duration.ofDays(60));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> assertSignal(signal,
                SignalKind.CUSTOMER_SILENT, "SILENT_INTERVALS", "cust-42",
                new ObservationPeriod(NOW.minus(Duration.ofDays(60)), NOW), 2.0, 2.0, ReferenceKind.THRESHOLD, 0.0));
        assertThat(recorder.names()).contains("DET-13 A known customer has gone silent");
        assertThat(assessment.incidents()).as("a silent customer is a CRM follow-up, not an incident").isEmpty();
    }

    @Test
    void DET_13_a_customer_just_short_of_two_intervals_raises_nothing_and_the_intervals_are_a_setting() {
        assertThat(silent(Engines.recording(recorder), Duration.ofDays(59)).signals()).isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-13")).isFalse();

        assertThat(silent(withSetting("detection.silentIntervals", "1.5"), Duration.ofDays(59)).signals())
                .singleElement().satisfies(signal -> {
                    assertThat(signal.observed()).isCloseTo(59 / 30.0, within(1e-9));
                    assertThat(signal.reference()).isEqualTo(1.5);
                });
    }

    // ---- DET-16 fading launch ------------------------------------------------------------------

    private Assessment launch(CrisisEngine engine, double firstForecast, double... values) {
        Snapshot.Builder builder = snapshot();
        for (int i = 0; i < values.length; i++) {
            ObservationPeriod period = weeksAgo(values.length - 1 - i);
            builder.metric(new MetricObservation(Metric.CLICK_RATE, "launch-video", period, values[i], null,
                    i == 0 ? firstForecast : null));
        }
        return engine.evaluate(builder.build());
    }

    @Test
    void DET_16_a_strong_first_week_followed_by_two_declining_weeks_is_a_fading_launch() {
        Assessment assessment = launch(Engines.recording(recorder), 0.02, 0.03, 0.025, 0.02);

        assertThat(assessment.signals()).singleElement().satisfies(signal -> assertSignal(signal,
                SignalKind.FADING_LAUNCH, "CLICK_RATE", "launch-video", LAST_WEEK, 0.02, 0.03,
                ReferenceKind.EARLIER_PERIOD, -1.0 / 3));
        assertThat(recorder.count("DET-16 A strong start followed by steady decline is a fading launch"))
                .isEqualTo(1);
    }

    @Test
    void DET_16_a_weak_start_or_a_single_decline_raise_nothing_and_both_are_settings() {
        assertThat(launch(Engines.recording(recorder), 0.02, 0.0258, 0.025, 0.02).signals())
                .as("first week 29 %% above forecast is no strong start").isEmpty();
        assertThat(launch(Engines.recording(recorder), 0.02, 0.03, 0.02, 0.025).signals())
                .as("the last week rebounded").isEmpty();
        assertThat(launch(Engines.recording(recorder), 0.02, 0.03, 0.035, 0.03).signals())
                .as("one declining week").isEmpty();
        assertThat(launch(Engines.recording(recorder), 0.02, 0.03).signals()).as("one week only").isEmpty();
        assertThat(recorder.firedRuleStartingWith("DET-16")).isFalse();

        assertThat(launch(withSetting("detection.fadingPeriods", "1"), 0.02, 0.03, 0.035, 0.03).signals())
                .hasSize(1);
        assertThat(launch(withSetting("detection.strongStart", "0.25"), 0.02, 0.0258, 0.025, 0.02).signals())
                .hasSize(1);
    }
}
