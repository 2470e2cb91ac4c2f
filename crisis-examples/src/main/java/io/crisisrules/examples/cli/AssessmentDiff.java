package io.crisisrules.examples.cli;

import io.crisisrules.json.Expectations;
import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Incident;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.Severity;
import io.crisisrules.model.WarningSignal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What changes between two results of the same input, one per difference that {@code crisis diff}
 * reports: a warning signal or a plan action that appears or goes, the incident, its crisis type or
 * severity, a comment's moderation decision. Where the input states expectations (a scenario's
 * {@code expect}, as {@code crisis test} reads them), each change says whether it moves toward or
 * away from them. Pure functions.
 */
final class AssessmentDiff {

    /** How a change relates to what the input expects. */
    enum Direction {
        /** the result after the change meets an expectation the one before did not, or comes closer to it */
        toward,
        /** the result before met an expectation the one after does not, or was closer to it */
        away
    }

    /**
     * One difference.
     *
     * @param dimension {@code signals}, {@code incident}, {@code crisisType}, {@code severity}, {@code actions}
     *                  or {@code moderation}
     * @param subject   what changed within it: the signal kind, the action kind, the comment id; empty for
     *                  the incident's fields
     * @param before    the value with the rules and settings compared against ({@code --against…}), or
     *                  {@code absent}
     * @param after     the value with the rules and settings under test, or {@code absent}
     * @param direction toward or away from the input's expectations, {@code null} when none speaks of it
     */
    record Change(String dimension, String subject, String before, String after, Direction direction) {
    }

    static final String ABSENT = "absent";
    static final String PRESENT = "present";

    private AssessmentDiff() {
    }

    /**
     * @param before the result with the baseline rules and settings
     * @param after  the result with the rules and settings under test
     * @param expect the scenario's expectations, or {@code null}
     * @return every difference, in the order signals, incident, crisis type, severity, actions, moderation
     */
    static List<Change> of(Assessment before, Assessment after, Expectations expect) {
        List<Change> changes = new ArrayList<>();
        sets(changes, "signals", kinds(before.signals(), WarningSignal::kind), kinds(after.signals(), WarningSignal::kind),
                expect == null ? Expectations.IncludeExclude.NONE : expect.signals());
        Optional<Incident> was = before.incident();
        Optional<Incident> is = after.incident();
        if (was.isPresent() != is.isPresent()) {
            Boolean wanted = expect == null ? null
                    : expect.incident() != null ? expect.incident() : expect.expectsIncidentFields() ? Boolean.TRUE : null;
            changes.add(new Change("incident", "", was.isPresent() ? PRESENT : ABSENT, is.isPresent() ? PRESENT : ABSENT,
                    wanted == null ? null : wanted == is.isPresent() ? Direction.toward : Direction.away));
        }
        field(changes, "crisisType", was.map(Incident::crisisType), is.map(Incident::crisisType),
                expect == null ? List.of() : expect.crisisType(), null);
        field(changes, "severity", was.map(Incident::severity), is.map(Incident::severity),
                expect == null ? List.of() : expect.severity(), AssessmentDiff::severityDistance);
        sets(changes, "actions", actions(before), actions(after),
                expect == null ? Expectations.IncludeExclude.NONE : expect.actions());
        moderation(changes, before.moderation(), after.moderation(), expect == null ? Map.of() : expect.moderation());
        return changes;
    }

    /**
     * @param before the baseline's decisions
     * @param after  the decisions under test, for the same comments in the same order
     * @return a change per comment whose action differs
     */
    static List<Change> ofModeration(List<ModerationDecision> before, List<ModerationDecision> after) {
        List<Change> changes = new ArrayList<>();
        moderation(changes, before, after, Map.of());
        return changes;
    }

    private static <T> Set<String> kinds(List<T> items, Function<T, Enum<?>> kind) {
        Set<String> names = new LinkedHashSet<>();
        items.forEach(item -> names.add(kind.apply(item).name()));
        return names;
    }

    /** Plan actions as the expectations name them: the kinds of the outstanding and the done ones. */
    private static Set<String> actions(Assessment assessment) {
        Set<String> names = kinds(assessment.actions(), ResponseAction::kind);
        names.addAll(kinds(assessment.deadlines(), ActionDeadline::kind));
        return names;
    }

    private static void sets(List<Change> changes, String dimension, Set<String> before, Set<String> after,
                             Expectations.IncludeExclude expected) {
        for (String name : after) {
            if (!before.contains(name)) {
                changes.add(new Change(dimension, name, ABSENT, PRESENT,
                        expected.include().contains(name) ? Direction.toward
                                : expected.exclude().contains(name) ? Direction.away : null));
            }
        }
        for (String name : before) {
            if (!after.contains(name)) {
                changes.add(new Change(dimension, name, PRESENT, ABSENT,
                        expected.include().contains(name) ? Direction.away
                                : expected.exclude().contains(name) ? Direction.toward : null));
            }
        }
    }

    /**
     * An incident field: meeting the expectation after and not before is toward it, the other way
     * away; when neither meets it, an ordered field (severity) compares how far each is from the
     * nearest accepted value.
     */
    private static <T> void field(List<Change> changes, String dimension, Optional<T> before, Optional<T> after,
                                  List<T> accepted, Distance<T> distance) {
        if (before.equals(after)) {
            return;
        }
        Direction direction = null;
        if (!accepted.isEmpty()) {
            boolean wasMet = before.isPresent() && accepted.contains(before.get());
            boolean isMet = after.isPresent() && accepted.contains(after.get());
            if (isMet != wasMet) {
                direction = isMet ? Direction.toward : Direction.away;
            } else if (!isMet && distance != null && before.isPresent() && after.isPresent()) {
                int was = distance.from(before.get(), accepted);
                int is = distance.from(after.get(), accepted);
                direction = is < was ? Direction.toward : is > was ? Direction.away : null;
            }
        }
        changes.add(new Change(dimension, "", before.map(String::valueOf).orElse(ABSENT),
                after.map(String::valueOf).orElse(ABSENT), direction));
    }

    private interface Distance<T> {
        int from(T value, List<T> accepted);
    }

    private static int severityDistance(Severity value, List<Severity> accepted) {
        return accepted.stream().mapToInt(s -> Math.abs(s.rank() - value.rank())).min().orElse(0);
    }

    private static void moderation(List<Change> changes, List<ModerationDecision> before, List<ModerationDecision> after,
                                   Map<String, ModerationAction> expected) {
        Map<String, ModerationAction> was = new LinkedHashMap<>();
        before.forEach(decision -> was.put(decision.commentId(), decision.action()));
        for (ModerationDecision decision : after) {
            ModerationAction old = was.get(decision.commentId());
            if (old == decision.action()) {
                continue;
            }
            ModerationAction wanted = expected.get(decision.commentId());
            changes.add(new Change("moderation", decision.commentId(), old == null ? ABSENT : old.name(),
                    decision.action().name(), wanted == null ? null : wanted == decision.action() ? Direction.toward
                    : wanted == old ? Direction.away : null));
        }
    }
}
