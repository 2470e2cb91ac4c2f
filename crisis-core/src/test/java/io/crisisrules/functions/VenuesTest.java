package io.crisisrules.functions;

import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.ObservationPeriod;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VenuesTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final ObservationPeriod HOUR = ObservationPeriod.of(NOON, Duration.ofHours(1));
    private static final ObservationPeriod NEXT_HOUR = ObservationPeriod.of(NOON.plus(Duration.ofHours(1)),
            Duration.ofHours(1));

    @Test
    void the_channel_with_the_most_negative_reach_wins() {
        List<MentionStatistics> mentions = List.of(
                stats(HOUR, Channel.FACEBOOK, 5_000),
                stats(HOUR, Channel.X, 12_000),
                stats(HOUR, Channel.TIKTOK, 800));
        List<Comment> comments = List.of(comment("c1", Channel.FACEBOOK), comment("c2", Channel.FACEBOOK));

        assertThat(Venues.primary(mentions, comments, Channel.WEBSITE)).isEqualTo(Channel.X);
    }

    @Test
    void negative_reach_is_summed_over_windows_per_channel() {
        List<MentionStatistics> mentions = List.of(
                stats(HOUR, Channel.FACEBOOK, 6_000),
                stats(NEXT_HOUR, Channel.FACEBOOK, 6_000),
                stats(HOUR, Channel.X, 10_000));

        assertThat(Venues.primary(mentions, List.of(), Channel.WEBSITE)).isEqualTo(Channel.FACEBOOK);
    }

    @Test
    void statistics_without_a_channel_are_ignored() {
        List<MentionStatistics> mentions = List.of(
                stats(HOUR, null, 1_000_000),
                stats(HOUR, Channel.INSTAGRAM, 300));

        assertThat(Venues.primary(mentions, List.of(), Channel.WEBSITE)).isEqualTo(Channel.INSTAGRAM);
    }

    @Test
    void falls_back_to_the_most_commented_channel_when_only_overall_statistics_exist() {
        List<MentionStatistics> mentions = List.of(stats(HOUR, null, 1_000_000));
        List<Comment> comments = List.of(
                comment("c1", Channel.YOUTUBE),
                comment("c2", Channel.FORUM),
                comment("c3", Channel.FORUM));

        assertThat(Venues.primary(mentions, comments, Channel.WEBSITE)).isEqualTo(Channel.FORUM);
    }

    @Test
    void falls_back_to_the_most_commented_channel_when_no_channel_has_negative_reach() {
        List<MentionStatistics> mentions = List.of(
                stats(HOUR, Channel.FACEBOOK, 0),
                stats(HOUR, Channel.X, 0));
        List<Comment> comments = List.of(
                comment("c1", Channel.LINKEDIN),
                comment("c2", Channel.LINKEDIN),
                comment("c3", Channel.FACEBOOK));

        assertThat(Venues.primary(mentions, comments, Channel.WEBSITE)).isEqualTo(Channel.LINKEDIN);
    }

    @Test
    void falls_back_to_the_given_channel_when_nothing_says_where_the_crisis_is() {
        assertThat(Venues.primary(List.of(), List.of(), Channel.PRESS)).isEqualTo(Channel.PRESS);
        assertThat(Venues.primary(List.of(stats(HOUR, Channel.X, 0)), List.of(), Channel.PRESS))
                .isEqualTo(Channel.PRESS);
    }

    @Test
    void items_of_other_types_are_ignored() {
        List<Object> mentions = List.of("not statistics", stats(HOUR, Channel.BLOG, 10));
        List<Object> comments = List.of(42, comment("c1", Channel.FORUM));

        assertThat(Venues.primary(mentions, comments, Channel.PRESS)).isEqualTo(Channel.BLOG);
        assertThat(Venues.primary(List.of("x"), comments, Channel.PRESS)).isEqualTo(Channel.FORUM);
    }

    @Test
    void a_tie_goes_to_the_channel_declared_first_whatever_the_input_order() {
        List<MentionStatistics> forward = List.of(stats(HOUR, Channel.FACEBOOK, 500), stats(HOUR, Channel.X, 500));
        List<MentionStatistics> backward = List.of(stats(HOUR, Channel.X, 500), stats(HOUR, Channel.FACEBOOK, 500));

        assertThat(Venues.primary(forward, List.of(), Channel.PRESS)).isEqualTo(Channel.FACEBOOK);
        assertThat(Venues.primary(backward, List.of(), Channel.PRESS)).isEqualTo(Channel.FACEBOOK);
    }

    private static MentionStatistics stats(ObservationPeriod window, Channel channel, long negativeReach) {
        return new MentionStatistics(window, channel, 100, 50, negativeReach * 2, negativeReach, null, Map.of());
    }

    private static Comment comment(String id, Channel channel) {
        return new Comment(id, "author-" + id, channel, "text", NOON, Set.of(), Map.of(), null);
    }
}
