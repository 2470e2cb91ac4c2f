package io.crisisrules.model;

import io.crisisrules.InvalidInputException;
import io.crisisrules.facts.FrameEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

class ModelValidationTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final ObservationPeriod TWO_HOURS = ObservationPeriod.of(NOON, Duration.ofHours(2));
    private static final BrandContext BRAND = BrandContext.of("acme", Sector.COSMETICS);

    private static InvalidInputException rejection(Executable construction) {
        return catchThrowableOfType(InvalidInputException.class, construction::execute);
    }

    // --- MentionStatistics ----------------------------------------------------------------------

    @Test
    void negative_reach_is_rejected_naming_field_and_value() {
        InvalidInputException e = rejection(() -> mentions(10, 2, -3, 0));

        assertThat(e).hasMessage("reach must be >= 0, but was -3");
        assertThat(e.field()).isEqualTo("reach");
        assertThat(e.value()).isEqualTo(-3L);
    }

    @Test
    void more_negative_mentions_than_mentions_are_rejected() {
        InvalidInputException e = rejection(() -> mentions(5, 7, 100, 10));

        assertThat(e).hasMessage("negativeMentions must be <= mentions (5), but was 7");
        assertThat(e.field()).isEqualTo("negativeMentions");
        assertThat(e.value()).isEqualTo(7L);
    }

    @Test
    void more_negative_reach_than_reach_is_rejected() {
        assertThatThrownBy(() -> mentions(5, 2, 100, 101))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("negativeReach must be <= reach (100), but was 101");
    }

    @Test
    void a_baseline_negative_share_outside_the_unit_interval_is_rejected() {
        assertThatThrownBy(() -> new MentionStatistics(TWO_HOURS, null, 1, 0, 1, 0, 1.2, Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("baselineNegativeShare must be within [0, 1], but was 1.2");
    }

    @Test
    void a_negative_topic_count_is_rejected_naming_the_topic() {
        InvalidInputException e = rejection(() -> new MentionStatistics(TWO_HOURS, null, 1, 0, 1, 0, null,
                Map.of(Topic.PRICING, -1L)));

        assertThat(e).hasMessage("topics.PRICING must be >= 0, but was -1");
        assertThat(e.field()).isEqualTo("topics.PRICING");
    }

    @Test
    void mention_statistics_need_a_window() {
        assertThatThrownBy(() -> new MentionStatistics(null, null, 1, 0, 1, 0, null, Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("window must be present, but was null");
    }

    @Test
    void negative_share_is_negative_over_all_mentions_and_zero_without_mentions() {
        assertThat(mentions(40, 10, 1000, 300).negativeShare()).isEqualTo(0.25);
        assertThat(mentions(0, 0, 0, 0).negativeShare()).isZero();
    }

    @Test
    void negative_reach_per_hour_divides_by_the_window_length() {
        assertThat(mentions(40, 10, 10_000, 3_000).negativeReachPerHour()).isEqualTo(1_500.0);

        MentionStatistics halfHour = new MentionStatistics(ObservationPeriod.of(NOON, Duration.ofMinutes(30)),
                Channel.X, 10, 5, 1_000, 900, null, Map.of());
        assertThat(halfHour.negativeReachPerHour()).isEqualTo(1_800.0);
        assertThat(halfHour.mentionsPerHour()).isEqualTo(20.0);
    }

    @Test
    void negative_share_change_is_in_points_over_the_baseline_and_null_without_one() {
        MentionStatistics withBaseline = new MentionStatistics(TWO_HOURS, null, 100, 35, 1000, 300, 0.2, Map.of());

        assertThat(withBaseline.negativeShareChange()).isEqualTo(0.15);
        assertThat(withBaseline.hasBaselineNegativeShare()).isTrue();
        assertThat(mentions(100, 35, 1000, 300).negativeShareChange()).isNull();
    }

    @Test
    void scope_is_the_channel_name_or_all() {
        assertThat(mentions(1, 0, 1, 0).scope()).isEqualTo("all");
        assertThat(new MentionStatistics(TWO_HOURS, Channel.TIKTOK, 1, 0, 1, 0, null, Map.of()).scope())
                .isEqualTo("TIKTOK");
    }

    @Test
    void topics_are_a_defensive_copy() {
        Map<Topic, Long> topics = new HashMap<>(Map.of(Topic.PRICING, 3L));
        MentionStatistics statistics = new MentionStatistics(TWO_HOURS, null, 3, 0, 3, 0, null, topics);

        topics.put(Topic.SAFETY, 9L);

        assertThat(statistics.topics()).containsOnlyKeys(Topic.PRICING);
    }

    // --- MetricObservation ----------------------------------------------------------------------

    @Test
    void a_nan_metric_value_is_rejected() {
        InvalidInputException e = rejection(() -> metric(Metric.ENGAGEMENT_RATE, Double.NaN, null));

        assertThat(e).hasMessage("value must be a finite number, but was NaN");
        assertThat(e.field()).isEqualTo("value");
        assertThat((Double) e.value()).isNaN();
    }

    @Test
    void a_nan_roi_is_rejected_too() {
        assertThatThrownBy(() -> metric(Metric.ROI, Double.NaN, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("value must be a finite number, but was NaN");
    }

    @Test
    void an_infinite_baseline_is_rejected() {
        assertThatThrownBy(() -> metric(Metric.ROI, 0.1, Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("baseline must be a finite number, but was Infinity");
    }

    @Test
    void a_negative_value_is_rejected_for_a_metric_that_cannot_be_negative() {
        InvalidInputException e = rejection(() -> metric(Metric.ACQUISITION_COST, -0.02, null));

        assertThat(e).hasMessage("value must be >= 0, but was -0.02");
        assertThat(e.value()).isEqualTo(-0.02);
    }

    @Test
    void a_negative_baseline_is_rejected_for_a_metric_that_cannot_be_negative() {
        assertThatThrownBy(() -> metric(Metric.SPEND, 0.02, -0.01))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("baseline must be >= 0, but was -0.01");
    }

    @Test
    void a_negative_roi_is_accepted() {
        MetricObservation roi = new MetricObservation(Metric.ROI, "spring", TWO_HOURS, -0.3, -0.1, -0.2);

        assertThat(roi.value()).isEqualTo(-0.3);
        assertThat(roi.baseline()).isEqualTo(-0.1);
        assertThat(roi.forecast()).isEqualTo(-0.2);
    }

    @Test
    void a_rate_given_as_a_percentage_is_rejected_where_it_cannot_exceed_one() {
        assertThatThrownBy(() -> new MetricObservation(Metric.CONVERSION_RATE, "spring", TWO_HOURS, 3.5, 0.021, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("value must be a fraction within [0, 1] (0.012 for 1.2 %), but was 3.5");
        assertThatThrownBy(() -> new MetricObservation(Metric.UNSUBSCRIBE_RATE, "news", TWO_HOURS, 0.009, 0.4 * 10, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("baseline must be a fraction");
        assertThat(new MetricObservation(Metric.CHURN_RATE, "all", TWO_HOURS, 1.0, 0.0, null).value()).isEqualTo(1.0);
        assertThat(new MetricObservation(Metric.ENGAGEMENT_RATE, "x", TWO_HOURS, 1.4, 0.9, null).value())
                .as("several interactions per person reached").isEqualTo(1.4);
    }

    @Test
    void a_blank_scope_is_rejected_and_a_missing_scope_means_the_whole_brand() {
        assertThatThrownBy(() -> new MetricObservation(Metric.ROI, "  ", TWO_HOURS, 0.1, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("scope must not be blank, but was \"  \"");
        assertThat(new MetricObservation(Metric.ROI, null, TWO_HOURS, 0.1, null, null).scope())
                .isEqualTo(MetricObservation.WHOLE_BRAND);
    }

    @Test
    void change_from_baseline_is_relative_to_the_baseline() {
        assertThat(metric(Metric.ROI, 0.16, 0.2).changeFromBaseline()).isCloseTo(-0.2, within(1e-12));
        assertThat(metric(Metric.CANCELLATIONS, 30, 10.0).changeFromBaseline()).isEqualTo(2.0);
    }

    @Test
    void change_from_a_negative_baseline_is_relative_to_its_magnitude() {
        assertThat(metric(Metric.ROI, -0.3, -0.2).changeFromBaseline()).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void change_from_baseline_is_null_without_a_baseline_or_with_a_zero_baseline() {
        assertThat(metric(Metric.ROI, 0.1, null).changeFromBaseline()).isNull();
        assertThat(metric(Metric.ROI, 0.1, 0.0).changeFromBaseline()).isNull();
        assertThat(metric(Metric.ROI, 0.1, -0.0).changeFromBaseline()).isNull();
    }

    @Test
    void change_from_baseline_reads_as_decimal_arithmetic() {
        // (0.35 - 0.2) / 0.2 is 0.7499999999999998 in raw doubles
        assertThat(metric(Metric.ROI, 0.35, 0.2).changeFromBaseline()).isEqualTo(0.75);
    }

    @Test
    void a_huge_change_from_baseline_is_not_capped() {
        assertThat(metric(Metric.CANCELLATIONS, 20_000_000, 1.0).changeFromBaseline()).isEqualTo(19_999_999.0);
    }

    @Test
    void change_from_forecast_is_relative_to_the_forecast() {
        MetricObservation result = new MetricObservation(Metric.MAIN_RESULT, "spring", TWO_HOURS, 75, null, 100.0);

        assertThat(result.changeFromForecast()).isEqualTo(-0.25);
        assertThat(result.hasForecast()).isTrue();
        assertThat(result.hasBaseline()).isFalse();
    }

    // --- Comment --------------------------------------------------------------------------------

    @Test
    void a_blank_comment_id_is_rejected() {
        InvalidInputException e = rejection(() -> comment("", Set.of(), Map.of()));

        assertThat(e).hasMessage("id must not be blank, but was \"\"");
        assertThat(e.field()).isEqualTo("id");
        assertThat(e.value()).isEqualTo("");
    }

    @Test
    void a_score_above_one_is_rejected_naming_the_label() {
        InvalidInputException e = rejection(() -> comment("c1", Set.of(), Map.of(CommentLabel.HATEFUL, 1.3)));

        assertThat(e).hasMessage("scores.HATEFUL must be within [0, 1], but was 1.3");
        assertThat(e.field()).isEqualTo("scores.HATEFUL");
        assertThat(e.value()).isEqualTo(1.3);
    }

    @Test
    void a_negative_score_is_rejected() {
        assertThatThrownBy(() -> comment("c1", Set.of(), Map.of(CommentLabel.SPAM, -0.1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("scores.SPAM must be within [0, 1], but was -0.1");
    }

    @Test
    void a_null_score_is_rejected_naming_the_label() {
        Map<CommentLabel, Double> scores = new HashMap<>();
        scores.put(CommentLabel.INSULTING, null);

        assertThatThrownBy(() -> comment("c1", Set.of(), scores))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("scores.INSULTING must be present, but was null");
    }

    @Test
    void a_blank_subject_is_rejected_but_a_missing_one_is_fine() {
        assertThatThrownBy(() -> new Comment("c1", "a1", Channel.X, "t", NOON, Set.of(), Map.of(), " "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("subject must not be blank when present, but was \" \"");
        assertThat(new Comment("c1", "a1", Channel.X, "t", NOON, null, null, null).subject()).isNull();
    }

    @Test
    void missing_text_becomes_empty_and_missing_labels_and_scores_become_empty() {
        Comment comment = new Comment("c1", "a1", Channel.X, null, NOON, null, null, null);

        assertThat(comment.text()).isEmpty();
        assertThat(comment.labels()).isEmpty();
        assertThat(comment.scores()).isEmpty();
    }

    @Test
    void confidence_is_one_for_a_label_else_the_score_else_zero() {
        Comment comment = comment("c1", Set.of(CommentLabel.INSULTING),
                Map.of(CommentLabel.INSULTING, 0.4, CommentLabel.SPAM, 0.7));

        assertThat(comment.confidence(CommentLabel.INSULTING)).isEqualTo(1.0);
        assertThat(comment.confidence(CommentLabel.SPAM)).isEqualTo(0.7);
        assertThat(comment.confidence(CommentLabel.QUESTION)).isZero();
        assertThat(comment.hasLabel(CommentLabel.INSULTING)).isTrue();
        assertThat(comment.hasLabel(CommentLabel.SPAM)).isFalse();
    }

    @Test
    void abuse_confidence_is_the_highest_of_hateful_insulting_and_defamatory() {
        Comment scored = comment("c1", Set.of(),
                Map.of(CommentLabel.HATEFUL, 0.3, CommentLabel.DEFAMATORY, 0.6, CommentLabel.SPAM, 0.99));
        Comment labelled = comment("c2", Set.of(CommentLabel.INSULTING), Map.of(CommentLabel.HATEFUL, 0.2));
        Comment clean = comment("c3", Set.of(CommentLabel.SPAM), Map.of(CommentLabel.PROVOCATION, 0.9));

        assertThat(scored.abuseConfidence()).isEqualTo(0.6);
        assertThat(labelled.abuseConfidence()).isEqualTo(1.0);
        assertThat(clean.abuseConfidence()).isZero();
    }

    @Test
    void comment_labels_and_scores_are_defensive_copies() {
        Set<CommentLabel> labels = EnumSet.of(CommentLabel.QUESTION);
        Map<CommentLabel, Double> scores = new HashMap<>(Map.of(CommentLabel.SPAM, 0.1));
        Comment comment = comment("c1", labels, scores);

        labels.add(CommentLabel.HATEFUL);
        scores.put(CommentLabel.HATEFUL, 0.99);

        assertThat(comment.labels()).containsExactly(CommentLabel.QUESTION);
        assertThat(comment.scores()).containsOnlyKeys(CommentLabel.SPAM);
        assertThat(comment.abuseConfidence()).isZero();
    }

    @Test
    void comment_scores_behave_as_an_immutable_map_equal_to_the_one_handed_in() {
        Map<CommentLabel, Double> given = new HashMap<>(Map.of(CommentLabel.SPAM, 0.1, CommentLabel.HATEFUL, 0.7));
        Comment comment = comment("c1", EnumSet.of(CommentLabel.QUESTION), given);

        assertThat(comment.scores()).isEqualTo(given).hasSameHashCodeAs(given).hasSize(2);
        assertThat(comment.scores().get(CommentLabel.HATEFUL)).isEqualTo(0.7);
        assertThat(comment.scores().get(CommentLabel.QUESTION)).isNull();
        assertThat(comment.scores()).doesNotContainKey(CommentLabel.QUESTION);
        assertThat(((Map<?, ?>) comment.scores()).containsKey("HATEFUL")).isFalse();
        assertThatThrownBy(() -> comment.scores().put(CommentLabel.SPAM, 1.0))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> comment.scores().entrySet().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(comment.confidence(CommentLabel.QUESTION)).as("a label is certain").isEqualTo(1.0);
        assertThat(comment.confidence(CommentLabel.HATEFUL)).isEqualTo(0.7);
        assertThat(comment.confidence(CommentLabel.PROVOCATION)).isZero();
        assertThat(comment("c2", Set.of(), Map.of())).isEqualTo(comment("c2", Set.of(), Map.of()));
        assertThat(comment("c2", Set.of(), Map.of()).scores()).isEqualTo(Map.of());
    }

    // --- required fields ------------------------------------------------------------------------

    @Test
    void null_required_fields_are_rejected_as_missing() {
        assertThat(rejection(() -> new Comment("c1", "a1", null, "t", NOON, Set.of(), Map.of(), null)))
                .hasMessage("channel must be present, but was null");
        assertThat(rejection(() -> new Comment("c1", "a1", Channel.X, "t", null, Set.of(), Map.of(), null)))
                .hasMessage("postedAt must be present, but was null");
        assertThat(rejection(() -> new Comment(null, "a1", Channel.X, "t", NOON, Set.of(), Map.of(), null)))
                .hasMessage("id must be present, but was null");
        assertThat(rejection(() -> new MetricObservation(null, "s", TWO_HOURS, 1, null, null)))
                .hasMessage("metric must be present, but was null");
        assertThat(rejection(() -> new Complaint("k1", null, ComplaintChannel.PHONE, null, NOON, null)))
                .hasMessage("status must be present, but was null");
        assertThat(rejection(() -> new Relay("@critic", null, 10, true)))
                .hasMessage("kind must be present, but was null");
        assertThat(rejection(() -> Snapshot.builder(null)))
                .hasMessage("brand must be present, but was null");
    }

    @Test
    void a_missing_field_is_reported_with_a_null_value() {
        InvalidInputException e = rejection(() -> new ObservationPeriod(NOON, null));

        assertThat(e.field()).isEqualTo("end");
        assertThat(e.value()).isNull();
        assertThat(e).hasMessage("end must be present, but was null");
    }

    // --- ObservationPeriod, Relay, CustomerActivity, Complaint ---------------------------------

    @Test
    void a_period_ending_before_it_starts_is_rejected() {
        Instant before = NOON.minusSeconds(60);

        InvalidInputException e = rejection(() -> new ObservationPeriod(NOON, before));

        assertThat(e).hasMessage("end must be after start (" + NOON + "), but was " + before);
        assertThat(e.field()).isEqualTo("end");
        assertThat(e.value()).isEqualTo(before);
    }

    @Test
    void an_empty_period_is_rejected() {
        assertThatThrownBy(() -> new ObservationPeriod(NOON, NOON))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("end must be after start");
        assertThatThrownBy(() -> ObservationPeriod.of(NOON, Duration.ZERO))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("length must be positive, but was PT0S");
    }

    @Test
    void a_period_is_half_open() {
        assertThat(TWO_HOURS.contains(NOON)).isTrue();
        assertThat(TWO_HOURS.contains(NOON.plus(Duration.ofHours(2)).minusNanos(1))).isTrue();
        assertThat(TWO_HOURS.contains(NOON.plus(Duration.ofHours(2)))).isFalse();
        assertThat(TWO_HOURS.contains(NOON.minusNanos(1))).isFalse();
        assertThat(TWO_HOURS.hours()).isEqualTo(2.0);
    }

    @Test
    void a_relay_with_a_blank_handle_is_rejected() {
        InvalidInputException e = rejection(() -> new Relay("   ", Relay.Kind.JOURNALIST, 1000, true));

        assertThat(e).hasMessage("handle must not be blank, but was \"   \"");
        assertThat(e.field()).isEqualTo("handle");
        assertThat(e.value()).isEqualTo("   ");
    }

    @Test
    void a_relay_with_a_negative_audience_is_rejected() {
        assertThatThrownBy(() -> new Relay("@critic", Relay.Kind.INFLUENCER, -1, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("audience must be >= 0, but was -1");
    }

    @Test
    void a_customer_with_a_non_positive_usual_interval_is_rejected() {
        assertThatThrownBy(() -> new CustomerActivity("u1", Duration.ZERO, NOON))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("usualInterval must be at least 1 millisecond, but was PT0S");
    }

    @Test
    void intervals_silent_counts_usual_intervals_since_the_last_activity() {
        CustomerActivity customer = new CustomerActivity("u1", Duration.ofDays(10), NOON);

        assertThat(customer.intervalsSilentAt(NOON.plus(Duration.ofDays(25)))).isEqualTo(2.5);
        assertThat(customer.intervalsSilentAt(NOON)).isZero();
        assertThat(customer.intervalsSilentAt(NOON.minus(Duration.ofDays(3)))).isZero();
    }

    @Test
    void complaint_age_is_the_time_since_it_was_received_and_never_negative() {
        Complaint complaint = new Complaint("k1", "u1", ComplaintChannel.EMAIL, ComplaintStatus.OPEN, NOON, null);

        assertThat(complaint.ageAt(NOON.plus(Duration.ofHours(5)))).isEqualTo(Duration.ofHours(5));
        assertThat(complaint.ageAt(NOON.minus(Duration.ofHours(1)))).isEqualTo(Duration.ZERO);
        assertThat(complaint.isUnresolved()).isTrue();
        assertThat(new Complaint("k2", null, ComplaintChannel.EMAIL, ComplaintStatus.RESOLVED, NOON, null)
                .isUnresolved()).isFalse();
    }

    @Test
    void a_blank_customer_id_on_a_complaint_is_rejected_but_an_anonymous_one_is_fine() {
        assertThatThrownBy(() -> new Complaint("k1", "", ComplaintChannel.EMAIL, ComplaintStatus.OPEN, NOON, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("customerId must not be blank when present, but was \"\"");
        assertThat(new Complaint("k1", null, ComplaintChannel.EMAIL, ComplaintStatus.OPEN, NOON, null).customerId())
                .isNull();
    }

    // --- Snapshot -------------------------------------------------------------------------------

    @Test
    void a_snapshot_rejects_a_duplicate_comment_id() {
        InvalidInputException e = rejection(() -> Snapshot.builder(BRAND)
                .comment(comment("c1", Set.of(), Map.of()))
                .comment(comment("c1", Set.of(CommentLabel.SPAM), Map.of()))
                .build());

        assertThat(e).hasMessage("comments[1] must have a unique id, but \"c1\" appears more than once");
        assertThat(e.field()).isEqualTo("comments[1]");
        assertThat(e.value()).isEqualTo("c1");
    }

    @Test
    void a_snapshot_names_the_position_of_the_repeated_comment() {
        assertThatThrownBy(() -> Snapshot.builder(BRAND)
                .comment(comment("c1", Set.of(), Map.of()))
                .comment(comment("c2", Set.of(), Map.of()))
                .comment(comment("c3", Set.of(), Map.of()))
                .comment(comment("c2", Set.of(), Map.of()))
                .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("comments[3] ")
                .hasMessageContaining("\"c2\"");
    }

    @Test
    void a_snapshot_rejects_a_duplicate_complaint_id() {
        Complaint first = new Complaint("k1", "u1", ComplaintChannel.EMAIL, ComplaintStatus.OPEN, NOON, null);
        Complaint second = new Complaint("k1", "u2", ComplaintChannel.PHONE, ComplaintStatus.RESOLVED, NOON, null);

        InvalidInputException e = rejection(() -> Snapshot.builder(BRAND).complaint(first).complaint(second).build());

        assertThat(e).hasMessage("complaints[1] must have a unique id, but \"k1\" appears more than once");
        assertThat(e.field()).isEqualTo("complaints[1]");
    }

    @Test
    void a_snapshot_rejects_a_second_observation_of_one_metric_for_the_same_scope_and_period() {
        InvalidInputException e = rejection(() -> Snapshot.builder(BRAND)
                .metric(new MetricObservation(Metric.ROI, "spring", TWO_HOURS, 0.1, null, null))
                .metric(new MetricObservation(Metric.ROI, "spring", TWO_HOURS, 0.2, null, null))
                .build());

        assertThat(e.field()).isEqualTo("metrics[1]");
        assertThat(e.getMessage())
                .startsWith("metrics[1] must have a unique metric, scope and period")
                .contains("ROI", "spring", TWO_HOURS.toString());
    }

    @Test
    void a_snapshot_accepts_one_metric_for_different_scopes_periods_or_metrics() {
        ObservationPeriod later = ObservationPeriod.of(NOON.plus(Duration.ofHours(2)), Duration.ofHours(2));

        Snapshot snapshot = Snapshot.builder(BRAND)
                .metric(new MetricObservation(Metric.ROI, "spring", TWO_HOURS, 0.1, null, null))
                .metric(new MetricObservation(Metric.ROI, "summer", TWO_HOURS, 0.1, null, null))
                .metric(new MetricObservation(Metric.ROI, "spring", later, 0.1, null, null))
                .metric(new MetricObservation(Metric.SPEND, "spring", TWO_HOURS, 0.1, null, null))
                .build();

        assertThat(snapshot.metrics()).hasSize(4);
    }

    @Test
    void a_snapshot_rejects_a_null_element_naming_its_position() {
        List<Comment> comments = new ArrayList<>();
        comments.add(comment("c1", Set.of(), Map.of()));
        comments.add(null);

        InvalidInputException e = rejection(() -> Snapshot.builder(BRAND).comments(comments).build());

        assertThat(e).hasMessage("comments[1] must be present, but was null");
        assertThat(e.field()).isEqualTo("comments[1]");
    }

    @Test
    void a_snapshot_copies_the_lists_handed_in() {
        List<Comment> comments = new ArrayList<>(List.of(comment("c1", Set.of(), Map.of())));
        Snapshot snapshot = new Snapshot(BRAND, null, null, null, null, null, comments, null, null, null, null, null, null);

        comments.add(comment("c2", Set.of(), Map.of()));

        assertThat(snapshot.comments()).extracting(Comment::id).containsExactly("c1");
        assertThatThrownBy(() -> snapshot.comments().add(comment("c3", Set.of(), Map.of())))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_snapshot_fills_in_defaults_for_missing_parts() {
        Snapshot snapshot = new Snapshot(BRAND, null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(snapshot.trigger()).isEqualTo(TriggerOrigin.UNKNOWN);
        assertThat(snapshot.typeOverride()).isEqualTo(TypeOverride.NONE);
        assertThat(snapshot.metrics()).isEmpty();
        assertThat(snapshot.comments()).isEmpty();
    }

    @Test
    void to_builder_derives_an_equal_snapshot() {
        Snapshot snapshot = Snapshot.builder(BRAND)
                .trigger(TriggerOrigin.CUSTOMERS)
                .comment(comment("c1", Set.of(), Map.of()))
                .metric(metric(Metric.ROI, 0.1, 0.2))
                .build();

        assertThat(snapshot.toBuilder().build()).isEqualTo(snapshot);
    }

    @Test
    void brand_history_is_a_defensive_copy() {
        PastCrisis earlier = new PastCrisis(CrisisType.values()[0], NOON.minus(Duration.ofDays(100)));
        List<PastCrisis> history = new ArrayList<>(List.of(earlier));
        BrandContext brand = new BrandContext("acme", Sector.FOOD, history, null, null);

        history.clear();

        assertThat(brand.history()).containsExactly(earlier);
        assertThat(brand.priorReputation()).isEqualTo(BrandContext.Reputation.NEUTRAL);
    }

    // --- Severity and ModerationAction ----------------------------------------------------------

    @Test
    void severity_is_raised_one_level_and_stays_major_at_the_top() {
        assertThat(Severity.MINOR.raised()).isEqualTo(Severity.MODERATE);
        assertThat(Severity.MODERATE.raised()).isEqualTo(Severity.MAJOR);
        assertThat(Severity.MAJOR.raised()).isEqualTo(Severity.MAJOR);
        assertThat(Severity.MAJOR.isAtLeast(Severity.MODERATE)).isTrue();
        assertThat(Severity.MINOR.isAtLeast(Severity.MODERATE)).isFalse();
    }

    @Test
    void strictest_moderation_action_is_delete_over_ignore_over_reply() {
        assertThat(ModerationAction.strictest(List.of(ModerationAction.REPLY, ModerationAction.IGNORE,
                ModerationAction.DELETE_AND_REPORT))).isEqualTo(ModerationAction.DELETE_AND_REPORT);
        assertThat(ModerationAction.strictest(List.of(ModerationAction.REPLY, ModerationAction.IGNORE)))
                .isEqualTo(ModerationAction.IGNORE);
        assertThat(ModerationAction.strictest(List.of(ModerationAction.NO_ACTION, ModerationAction.REPLY)))
                .isEqualTo(ModerationAction.REPLY);
    }

    @Test
    void precedence_is_each_action_s_own_strictness_from_block_author_to_no_action() {
        List<ModerationAction> precedence = ModerationAction.byPrecedence();

        assertThat(precedence).containsExactlyInAnyOrder(ModerationAction.values())
                .startsWith(ModerationAction.BLOCK_AUTHOR, ModerationAction.DELETE_AND_REPORT)
                .endsWith(ModerationAction.NO_ACTION);
        for (int i = 0; i < precedence.size(); i++) {
            List<ModerationAction> milderOrEqual = precedence.subList(i, precedence.size());
            assertThat(ModerationAction.strictest(milderOrEqual)).isEqualTo(precedence.get(i));
            for (ModerationAction milder : precedence.subList(i + 1, precedence.size())) {
                assertThat(precedence.get(i).isStricterThan(milder)).as("%s over %s", precedence.get(i), milder).isTrue();
                assertThat(milder.isStricterThan(precedence.get(i))).isFalse();
                assertThat(milder.strictness()).isLessThan(precedence.get(i).strictness());
            }
        }
        assertThat(ModerationAction.strictest(Set.of(ModerationAction.values())))
                .isEqualTo(ModerationAction.BLOCK_AUTHOR);
        // MOD-05: a complaint's reply and case is never ignored
        assertThat(ModerationAction.REPLY_AND_OPEN_CASE.isStricterThan(ModerationAction.IGNORE)).isTrue();
    }

    @Test
    void each_action_s_attributes_agree_with_each_other() {
        for (ModerationAction action : ModerationAction.values()) {
            assertThat(action.leavesVisible()).as("%s", action)
                    .isEqualTo(action.visibility() == ModerationAction.Visibility.VISIBLE);
            if (action.isOffence()) {
                assertThat(action.visibility()).as("an offence is removed: %s", action)
                        .isEqualTo(ModerationAction.Visibility.REMOVED);
            }
            if (action.isReply()) {
                assertThat(action.leavesVisible()).as("a reply answers a visible comment: %s", action).isTrue();
            }
        }
        assertThat(ModerationAction.HIDE_PENDING_REVIEW.visibility()).isEqualTo(ModerationAction.Visibility.HIDDEN);
        assertThat(ModerationAction.HOLD_FOR_REVIEW.leavesVisible()).isTrue();
    }

    @Test
    void severities_and_responsibility_clusters_rank_from_zero_one_more_per_level() {
        for (Severity level : Severity.values()) {
            assertThat(level.raised().rank()).isEqualTo(Math.min(level.rank() + 1, Severity.MAJOR.rank()));
            for (Severity other : Severity.values()) {
                assertThat(level.isAtLeast(other)).isEqualTo(level.rank() >= other.rank());
            }
        }
        assertThat(java.util.Arrays.stream(Severity.values()).map(Severity::rank)).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(CrisisType.Responsibility.VICTIM.raised()).isEqualTo(CrisisType.Responsibility.ACCIDENTAL);
        assertThat(CrisisType.Responsibility.ACCIDENTAL.raised()).isEqualTo(CrisisType.Responsibility.PREVENTABLE);
        assertThat(CrisisType.Responsibility.PREVENTABLE.raised()).isEqualTo(CrisisType.Responsibility.PREVENTABLE);
    }

    @Test
    void frame_evidence_strengths_rank_from_public_buzz_to_a_confirmed_claim_and_compare_by_rank() {
        List<FrameEvidence.Strength> strengths = List.of(FrameEvidence.Strength.values());
        assertThat(strengths.stream().map(FrameEvidence.Strength::rank)).doesNotHaveDuplicates();
        for (var strength : strengths) {
            assertThat(strength.isAtLeast(FrameEvidence.Strength.PUBLIC_BUZZ)).as("%s", strength).isTrue();
            assertThat(FrameEvidence.Strength.CONFIRMED_CLAIM.isAtLeast(strength)).as("%s", strength).isTrue();
            for (var other : strengths) {
                assertThat(strength.isAtLeast(other)).isEqualTo(strength.rank() >= other.rank());
            }
        }
        // TYP-03: a claim not validated yet is weaker than where the host knows the incident started
        assertThat(FrameEvidence.Strength.UNVERIFIED_CLAIM
                .isAtLeast(FrameEvidence.Strength.TRIGGER)).isFalse();
    }

    @Test
    void each_action_kind_declares_a_unique_plan_rank_and_the_plan_order_reads_it() {
        List<ActionKind> kinds = List.of(ActionKind.values());
        assertThat(kinds.stream().map(ActionKind::planRank)).doesNotHaveDuplicates();
        List<ActionKind> inPlanOrder = kinds.stream().sorted(ActionKind.PLAN_ORDER).toList();
        for (int i = 1; i < inPlanOrder.size(); i++) {
            assertThat(inPlanOrder.get(i).planRank()).isGreaterThan(inPlanOrder.get(i - 1).planRank());
        }
        // RSP-12: customers' problems first; RSP-15: instructing and adjusting information before any
        // reputational (substantive) message; what follows the crisis comes after the first response
        assertThat(inPlanOrder.get(0)).isEqualTo(ActionKind.RESOLVE_COMPLAINTS);
        int adjusting = inPlanOrder.indexOf(ActionKind.ADJUSTING_INFORMATION);
        assertThat(inPlanOrder.indexOf(ActionKind.INSTRUCTING_INFORMATION)).isLessThan(adjusting);
        kinds.stream().filter(ActionKind::isSubstantive).forEach(kind ->
                assertThat(inPlanOrder.indexOf(kind)).as("%s", kind).isGreaterThan(adjusting));
        assertThat(inPlanOrder.indexOf(ActionKind.POST_CRISIS_REVIEW))
                .isGreaterThan(inPlanOrder.indexOf(ActionKind.FIRST_RESPONSE));
    }

    @Test
    void each_signal_kind_declares_a_unique_policy_id_its_family_and_whether_it_opens_an_incident() {
        assertThat(java.util.Arrays.stream(SignalKind.values()).map(SignalKind::policyId)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("DET-\\d\\d"));
        for (SignalKind kind : SignalKind.values()) {
            assertThat(kind.isPublic()).as("%s", kind).isEqualTo(kind.family() == SignalKind.Family.PUBLIC_CONVERSATION);
        }
        assertThat(SignalKind.MENTION_SPIKE.isPublic()).isTrue();
        assertThat(SignalKind.ROI_DROP.family()).isEqualTo(SignalKind.Family.CAMPAIGN);
        // DET-17: a customer gone silent is a CRM follow-up, joining an incident without opening one
        assertThat(SignalKind.CUSTOMER_SILENT.opensIncident()).isFalse();
        assertThat(SignalKind.CHURN_RISE.opensIncident()).isTrue();
    }

    @Test
    void strictest_of_nothing_is_an_error() {
        assertThatThrownBy(() -> ModerationAction.strictest(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actions must not be empty");
    }

    @Test
    void removing_actions_hide_a_comment_answers_are_replies_and_only_a_removal_is_an_offence() {
        assertThat(List.of(ModerationAction.BLOCK_AUTHOR, ModerationAction.DELETE_AND_REPORT,
                ModerationAction.HIDE_PENDING_REVIEW)).noneMatch(ModerationAction::leavesVisible);
        assertThat(List.of(ModerationAction.HOLD_FOR_REVIEW, ModerationAction.IGNORE, ModerationAction.REPLY,
                ModerationAction.NO_ACTION)).allMatch(ModerationAction::leavesVisible);
        assertThat(List.of(ModerationAction.REPLY_AND_OPEN_CASE, ModerationAction.REPLY, ModerationAction.POINT_TO_FAQ))
                .allMatch(ModerationAction::isReply);
        assertThat(List.of(ModerationAction.IGNORE, ModerationAction.HOLD_FOR_REVIEW, ModerationAction.DELETE_AND_REPORT))
                .noneMatch(ModerationAction::isReply);
        // what holds for every action, including one added later: a reply leaves the comment it answers
        // visible, and only a removal can be held against its author (MOD-04)
        for (ModerationAction action : ModerationAction.values()) {
            assertThat(action.leavesVisible()).as("%s", action).isEqualTo(action.visibility() == ModerationAction.Visibility.VISIBLE);
            if (action.isReply()) {
                assertThat(action.leavesVisible()).as("%s replies", action).isTrue();
            }
            if (action.isOffence()) {
                assertThat(action.visibility()).as("%s is an offence", action).isEqualTo(ModerationAction.Visibility.REMOVED);
            }
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private static MentionStatistics mentions(long mentions, long negative, long reach, long negativeReach) {
        return new MentionStatistics(TWO_HOURS, null, mentions, negative, reach, negativeReach, null, Map.of());
    }

    private static MetricObservation metric(Metric metric, double value, Double baseline) {
        return new MetricObservation(metric, "spring", TWO_HOURS, value, baseline, null);
    }

    private static Comment comment(String id, Set<CommentLabel> labels, Map<CommentLabel, Double> scores) {
        return new Comment(id, "author-1", Channel.FACEBOOK, "text", NOON, labels, scores, null);
    }
}
