package io.crisisrules.examples.cli;

import io.crisisrules.json.Expectations;
import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.Incident;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.WarningSignal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares an assessment with a scenario's {@link Expectations}: one {@link Result} per
 * expectation, each saying what was expected, what came out and, for an incident field, which
 * rules decided it. Pure function.
 */
final class ExpectationCheck {

    /**
     * @param dimension what was checked ({@code severity}, {@code actions}…), the unit of agreement
     * @param met       whether the evaluation gave what was expected
     * @param expected  what was expected, for people
     * @param actual    what came out, for people
     */
    record Result(String dimension, boolean met, String expected, String actual) {
    }

    private ExpectationCheck() {
    }

    static List<Result> check(Expectations expect, Assessment assessment) {
        List<Result> results = new ArrayList<>();
        Optional<Incident> incident = assessment.incident();
        if (expect.incident() != null) {
            results.add(new Result("incident", expect.incident() == incident.isPresent(),
                    expect.incident() ? "an incident" : "no incident",
                    incident.map(i -> "incident " + i.id()).orElse("no incident")));
        }
        field(results, "crisisType", expect.crisisType(), incident, Incident::crisisType);
        field(results, "cluster", expect.cluster(), incident, Incident::cluster);
        field(results, "responsibility", expect.responsibility(), incident, Incident::responsibility);
        field(results, "frame", expect.frame(), incident, Incident::frame);
        field(results, "failureType", expect.failureType(), incident, Incident::failureType);
        field(results, "severity", expect.severity(), incident, Incident::severity);
        field(results, "verification", expect.verification(), incident, Incident::verification);
        names(results, "aggravatingFactors", expect.aggravatingFactors(),
                incident.map(i -> i.aggravatingFactors().stream().map(Enum::name).toList()).orElse(List.of()));
        Set<String> actions = new LinkedHashSet<>();
        assessment.actions().stream().map(ResponseAction::kind).map(Enum::name).forEach(actions::add);
        assessment.deadlines().stream().map(ActionDeadline::kind).map(Enum::name).forEach(actions::add);
        names(results, "actions", expect.actions(), List.copyOf(actions));
        names(results, "signals", expect.signals(),
                assessment.signals().stream().map(WarningSignal::kind).map(Enum::name).distinct().toList());
        if (!expect.moderation().isEmpty()) {
            List<String> wrong = new ArrayList<>();
            for (Map.Entry<String, ModerationAction> entry : expect.moderation().entrySet()) {
                ModerationAction got = assessment.moderation().stream()
                        .filter(d -> d.commentId().equals(entry.getKey())).map(ModerationDecision::action)
                        .findFirst().orElse(null);
                if (got != entry.getValue()) {
                    wrong.add(entry.getKey() + " " + got);
                }
            }
            results.add(new Result("moderation", wrong.isEmpty(), expect.moderation().toString(),
                    wrong.isEmpty() ? "as expected" : String.join(", ", wrong)));
        }
        return List.copyOf(results);
    }

    private static <T> void field(List<Result> results, String dimension, List<T> accepted, Optional<Incident> incident,
                                  Function<Incident, T> actual) {
        if (accepted.isEmpty()) {
            return;
        }
        T got = incident.map(actual).orElse(null);
        String shown = incident.isEmpty() ? "no incident"
                : got + because(dimension, incident.get().explanation());
        String wanted = accepted.stream().map(String::valueOf).collect(Collectors.joining(" or "));
        results.add(new Result(dimension, got != null && accepted.contains(got), wanted, shown));
    }

    /** The rules behind an incident field, so that a failed expectation points at what to read. */
    private static String because(String dimension, Explanation explanation) {
        String prefix = switch (dimension) {
            case "severity" -> "TYP-0[457]";
            case "crisisType", "frame", "cluster", "responsibility" -> "(TYP-0[26]|RSP-1[67])";
            case "verification" -> "TYP-03";
            case "failureType" -> "TYP-01";
            default -> "";
        };
        List<String> rules = explanation.ruleNames().stream().filter(name -> name.matches(prefix + " .*")).toList();
        return rules.isEmpty() ? "" : " (" + String.join("; ", rules) + ")";
    }

    private static void names(List<Result> results, String dimension, Expectations.IncludeExclude expected,
                              List<String> actual) {
        if (expected.isEmpty()) {
            return;
        }
        List<String> missing = expected.include().stream().filter(name -> !actual.contains(name)).toList();
        List<String> unwanted = expected.exclude().stream().filter(actual::contains).toList();
        StringBuilder wanted = new StringBuilder();
        if (!expected.include().isEmpty()) {
            wanted.append("with ").append(expected.include());
        }
        if (!expected.exclude().isEmpty()) {
            wanted.append(wanted.isEmpty() ? "" : ", ").append("without ").append(expected.exclude());
        }
        String got = missing.isEmpty() && unwanted.isEmpty() ? "as expected"
                : (missing.isEmpty() ? "" : "missing " + missing) + (missing.isEmpty() || unwanted.isEmpty() ? "" : ", ")
                + (unwanted.isEmpty() ? "" : "unwanted " + unwanted);
        results.add(new Result(dimension, missing.isEmpty() && unwanted.isEmpty(), wanted.toString(), got));
    }
}
