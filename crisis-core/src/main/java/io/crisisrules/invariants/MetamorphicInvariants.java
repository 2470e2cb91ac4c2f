package io.crisisrules.invariants;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Incident;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Severity;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.OffenceHistory;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The metamorphic invariants (TYP-04, DET-17, MOD-04, MOD-06): they evaluate variants of the input
 * with the engine they are given, at the output's evaluation time — the same input again, every
 * list reversed or shuffled, more reach — and compare every part of the assessment, deadlines and
 * readiness gaps included.
 */
public final class MetamorphicInvariants {

    private MetamorphicInvariants() {
    }

    /**
     * @return with more reach and more negative mentions in every listening window, the severity of
     *         the incident is at least as high, and an incident stays an incident (TYP-04, TYP-05, TYP-07);
     *         a resolved or closed previous incident handed back as it was is not sized by this evaluation
     */
    public static Invariant severityMonotoneInReach() {
        return new SimpleInvariant("severity-monotone-in-reach", List.of("TYP-04"),
                "More reach and more negative mentions never lower the severity.",
                (in, out, engine) -> {
                    if (in.mentions().isEmpty()) {
                        return List.of();
                    }
                    Snapshot variant = Snapshots.replacing(in, "mentions",
                            in.mentions().stream().map(MetamorphicInvariants::amplified).toList());
                    Assessment again = replay(engine, out).withOffenceHistory(OffenceHistory.none()).evaluate(variant);
                    // a resolved or closed incident handed back keeps the severity it had; louder news
                    // opens a new incident, sized on the evidence alone
                    Severity before = out.incident().filter(incident -> !Snapshots.handedBack(in, incident))
                            .map(Incident::severity).orElse(null);
                    Severity after = again.incident().map(Incident::severity).orElse(null);
                    if (before != null && (after == null || !after.isAtLeast(before))) {
                        return List.of("with more reach and negative mentions " + describe(variant.mentions())
                                + " the severity went from " + before + " to " + after + " (before: "
                                + describe(in.mentions()) + ")");
                    }
                    return List.of();
                });
    }

    /** @return evaluating the same snapshot again, at the same time, gives the same assessment (DET-17, MOD-06) */
    public static Invariant sameInputSameAssessment() {
        return new SimpleInvariant("same-input-same-assessment", List.of("DET-17", "MOD-06"),
                "The same input, at the same time, gives the same assessment.",
                (in, out, engine) -> differences(out, replay(engine, out).evaluate(in), "evaluated again"));
    }

    /**
     * @return reversing or shuffling every list of the snapshot gives the same assessment, moderation
     *         decisions following the comments' new order (DET-17, MOD-04, MOD-06)
     */
    public static Invariant inputOrderDoesNotMatter() {
        return new SimpleInvariant("input-order-does-not-matter", List.of("DET-17", "MOD-04", "MOD-06"),
                "The order of the lists handed in does not change the assessment.",
                (in, out, engine) -> {
                    List<String> problems = new ArrayList<>();
                    CrisisEngine same = replay(engine, out);
                    problems.addAll(differences(out, same.evaluate(reordered(in, null)), "with every list reversed"));
                    long seed = 31L * in.comments().size() + 17L * in.mentions().size() + in.metrics().size();
                    problems.addAll(differences(out, same.evaluate(reordered(in, new Random(seed))),
                            "with every list shuffled (seed " + seed + ")"));
                    return problems;
                });
    }

    /**
     * @param input  a snapshot
     * @param random how to shuffle, or {@code null} to reverse every list
     * @return the same snapshot with every list reversed or shuffled
     */
    public static Snapshot reordered(Snapshot input, Random random) {
        // every list component of the record, whichever there are, in the record's order; nothing else
        return Snapshots.rebuilt(input, (component, value) -> value instanceof List<?> list ? reorder(list, random) : value);
    }

    private static <T> List<T> reorder(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        if (random == null) {
            Collections.reverse(copy);
        } else {
            Collections.shuffle(copy, random);
        }
        return copy;
    }

    private static CrisisEngine replay(CrisisEngine engine, Assessment out) {
        return engine.withClock(Clock.fixed(out.evaluatedAt(), ZoneOffset.UTC));
    }

    /**
     * Doubles the mentions, negative mentions, reach and negative reach of a window: the same
     * conversation, twice as loud. Doubling keeps every ratio the rules read (negative share, growth of
     * one window over the one before); adding the same amount to every window would not, and a crisis
     * whose earlier window grew more than its latest would rightly stop counting as accelerating.
     */
    private static MentionStatistics amplified(MentionStatistics m) {
        return new MentionStatistics(m.window(), m.channel(), doubled(m.mentions()), doubled(m.negativeMentions()),
                doubled(m.reach()), doubled(m.negativeReach()), m.baselineNegativeShare(), m.topics());
    }

    private static long doubled(long value) {
        return value + Math.min(value, Long.MAX_VALUE / 8);
    }

    private static String describe(List<MentionStatistics> mentions) {
        return mentions.stream().map(m -> m.scope() + "{mentions " + m.mentions() + ", negative "
                + m.negativeMentions() + ", reach " + m.reach() + ", negativeReach " + m.negativeReach() + "}")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static List<String> differences(Assessment expected, Assessment actual, String how) {
        List<String> problems = new ArrayList<>();
        compare(problems, how, "signals", expected.signals(), actual.signals());
        compare(problems, how, "incidents", expected.incidents(), actual.incidents());
        compare(problems, how, "actions", expected.actions(), actual.actions());
        compare(problems, how, "moderation", new LinkedHashMap<>(sortedByComment(expected)),
                new LinkedHashMap<>(sortedByComment(actual)));
        compare(problems, how, "monitoring", expected.monitoring(), actual.monitoring());
        compare(problems, how, "received", expected.received(), actual.received());
        compare(problems, how, "deadlines", expected.deadlines(), actual.deadlines());
        compare(problems, how, "readinessGaps", expected.readinessGaps(), actual.readinessGaps());
        return problems;
    }

    private static Map<String, ModerationDecision> sortedByComment(Assessment out) {
        Map<String, ModerationDecision> sorted = new java.util.TreeMap<>();
        out.moderation().forEach(d -> sorted.put(d.commentId(), d));
        return sorted;
    }

    private static void compare(List<String> problems, String how, String part, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(part + " differ " + how + ": first " + expected + ", then " + actual);
        }
    }
}
