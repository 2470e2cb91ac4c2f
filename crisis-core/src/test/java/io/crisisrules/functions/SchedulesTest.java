package io.crisisrules.functions;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulesTest {

    private static final Instant MONDAY_NOON = Instant.parse("2025-03-03T12:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void a_recurrence_not_yet_started_first_occurs_one_period_after_its_start() {
        assertThat(Schedules.nextOccurrence(MONDAY_NOON, WEEK, MONDAY_NOON.minusSeconds(60)))
                .isEqualTo(MONDAY_NOON.plus(WEEK));
    }

    @Test
    void the_next_occurrence_is_the_first_one_not_before_now() {
        Instant midSecondWeek = MONDAY_NOON.plus(WEEK).plus(Duration.ofDays(3));
        assertThat(Schedules.nextOccurrence(MONDAY_NOON, WEEK, midSecondWeek))
                .isEqualTo(MONDAY_NOON.plus(WEEK.multipliedBy(2)));
    }

    @Test
    void an_occurrence_falling_exactly_now_is_due_now() {
        Instant twoWeeksOn = MONDAY_NOON.plus(WEEK.multipliedBy(2));
        assertThat(Schedules.nextOccurrence(MONDAY_NOON, WEEK, twoWeeksOn)).isEqualTo(twoWeeksOn);
    }

    @Test
    void a_window_reaches_back_from_an_instant() {
        assertThat(Schedules.before(Duration.ofHours(6), MONDAY_NOON)).isEqualTo(Instant.parse("2025-03-03T06:00:00Z"));
        assertThat(Schedules.before(Duration.ZERO, MONDAY_NOON)).isEqualTo(MONDAY_NOON);
    }
}
