package io.crisisrules.testing;

import io.crisisrules.model.ActionKind;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.Relay;
import io.crisisrules.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the snapshot generator reaches, measured over a fixed sample (drawn with {@link Samples}, so
 * without QuickTheories' runner): the shares below fail when a change of the generators stops
 * producing comment text, previous incidents, progress or deadlines due and past.
 */
class GeneratorsTest {
    private static final List<Snapshot> CRISES = Samples.list(Generators.snapshots().crisisBiased(), 20, 400);
    private static final List<Snapshot> ORDINARY_DAYS = Samples.list(Generators.snapshots(), 21, 400);

    private static double share(List<Snapshot> snapshots, Predicate<Snapshot> which) {
        return snapshots.stream().filter(which).count() / (double) snapshots.size();
    }

    @Test
    void comments_carry_text_that_says_what_their_labels_say() {
        List<Comment> comments = CRISES.stream().flatMap(s -> s.comments().stream()).toList();

        assertThat(comments).hasSizeGreaterThan(500);
        double withText = comments.stream().filter(c -> !c.text().isEmpty()).count() / (double) comments.size();
        assertThat(withText).isBetween(0.8, 0.95);
        assertThat(comments).filteredOn(c -> c.hasLabel(CommentLabel.INSULTING) && !c.text().isEmpty()
                        && c.labels().size() == 1 && c.scores().values().stream().allMatch(v -> v < 1.0))
                .isNotEmpty()
                .allMatch(c -> c.text().matches("(you are all crooks|what a bunch of idiots|crooks and liars, the lot of you)( - .*)?"));
        assertThat(comments).filteredOn(c -> c.subject() != null && !c.text().isEmpty())
                .allMatch(c -> c.text().endsWith(" - " + c.subject()));
    }

    @Test
    void a_third_of_ordinary_days_and_half_of_crises_continue_a_previous_incident() {
        assertThat(share(ORDINARY_DAYS, s -> s.previousIncident() != null)).isBetween(0.25, 0.42);
        assertThat(share(CRISES, s -> s.previousIncident() != null)).isBetween(0.4, 0.6);
        assertThat(Samples.list(Generators.snapshots().previousIncidents(0), 3, 100))
                .allMatch(s -> s.previousIncident() == null && s.progress().isEmpty());
        assertThat(Samples.list(Generators.snapshots().previousIncidents(100), 3, 100))
                .allMatch(s -> s.previousIncident() != null);
        assertThatThrownBy(() -> Generators.snapshots().previousIncidents(101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101");
    }

    @Test
    void previous_incidents_reach_every_status_and_lie_before_now() {
        List<Incident> incidents = CRISES.stream().map(Snapshot::previousIncident).filter(i -> i != null).toList();

        Set<IncidentStatus> statuses = incidents.stream().map(Incident::status)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IncidentStatus.class)));
        assertThat(statuses).containsExactlyInAnyOrder(IncidentStatus.values());
        assertThat(incidents).allSatisfy(incident -> {
            assertThat(incident.detectedAt()).isBefore(Generators.DEFAULT_NOW);
            assertThat(incident.statusSince()).isBetween(incident.detectedAt(), Generators.DEFAULT_NOW);
        });
        assertThat(incidents).filteredOn(i -> i.downgradePendingSince() != null).isNotEmpty();
    }

    @Test
    void progress_is_recorded_before_and_after_the_default_deadlines() {
        List<Snapshot> continued = CRISES.stream().filter(s -> s.previousIncident() != null).toList();
        List<ActionProgress> progress = continued.stream().flatMap(s -> s.progress().stream()).toList();

        assertThat(share(continued, s -> !s.progress().isEmpty())).isGreaterThan(0.6);
        assertThat(progress).extracting(ActionProgress::state).contains(ActionProgress.State.values());
        // the first response is due 4 h after detection by default: recorded on both sides of it
        List<Duration> firstResponseAges = continued.stream().flatMap(s -> s.progress().stream()
                        .filter(p -> p.actionKey().equals("FIRST_RESPONSE"))
                        .map(p -> Duration.between(s.previousIncident().detectedAt(), p.at()))).toList();
        assertThat(firstResponseAges).anyMatch(age -> age.compareTo(Duration.ofHours(4)) <= 0)
                .anyMatch(age -> age.compareTo(Duration.ofHours(4)) > 0);
        // and the evaluation time falls on both sides of it too
        assertThat(continued).extracting(s -> Duration.between(s.previousIncident().detectedAt(), Generators.DEFAULT_NOW)
                        .compareTo(Duration.ofHours(4)) > 0).contains(true, false);
        assertThat(progress).anyMatch(p -> p.actionKey().startsWith("VALIDATE_CLAIM/")
                || p.actionKey().startsWith("PRESENT_EVIDENCE/"));
    }

    @Test
    void progress_is_about_every_kind_but_escalations_and_house_actions_with_the_subject_its_kind_names() {
        List<Snapshot> continued = CRISES.stream().filter(s -> s.previousIncident() != null).toList();
        Set<ActionKind> drawn = EnumSet.noneOf(ActionKind.class);
        for (Snapshot snapshot : continued) {
            Set<String> claimIds = snapshot.claims().stream().map(Claim::id).collect(Collectors.toSet());
            Set<String> handles = snapshot.relays().stream().map(Relay::handle).collect(Collectors.toSet());
            for (ActionProgress p : snapshot.progress()) {
                int slash = p.actionKey().indexOf('/');
                ActionKind kind = ActionKind.valueOf(slash < 0 ? p.actionKey() : p.actionKey().substring(0, slash));
                String subject = slash < 0 ? null : p.actionKey().substring(slash + 1);
                drawn.add(kind);
                switch (kind.subject()) {
                    case CLAIM -> assertThat(subject == null ? claimIds.isEmpty() : claimIds.contains(subject))
                            .as(p.actionKey()).isTrue();
                    case RELAY -> assertThat(subject == null ? handles.isEmpty() : handles.contains(subject))
                            .as(p.actionKey()).isTrue();
                    default -> assertThat(subject).as(p.actionKey()).isNull();
                }
            }
        }
        Set<ActionKind> expected = Arrays.stream(ActionKind.values())
                .filter(kind -> !kind.isEscalation() && kind != ActionKind.HOUSE_ACTION)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActionKind.class)));
        assertThat(drawn).isEqualTo(expected);
    }

    @Test
    void comment_texts_are_refused_a_negative_choice() {
        assertThat(Generators.commentText(null, null, 0)).isNotBlank();
        assertThat(Generators.commentText(CommentLabel.QUESTION, "refund", 0)).endsWith("? - refund");
        assertThatThrownBy(() -> Generators.commentText(CommentLabel.QUESTION, null, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
