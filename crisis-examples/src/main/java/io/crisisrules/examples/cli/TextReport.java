package io.crisisrules.examples.cli;

import io.crisisrules.json.Scenario;
import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.Incident;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.ReadinessGap;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.WarningSignal;

import io.crisisrules.text.PlanTexts;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The human-readable form of an assessment. */
final class TextReport {

    private TextReport() {
    }

    static String of(Scenario scenario, Assessment assessment) {
        return of(scenario, assessment, PlanTexts.english());
    }

    static String of(Scenario scenario, Assessment assessment, PlanTexts texts) {
        StringBuilder text = new StringBuilder();
        if (!scenario.name().isEmpty()) {
            text.append("Scenario: ").append(scenario.name()).append('\n');
        }
        text.append("Brand ").append(assessment.brandId()).append(", evaluated at ").append(assessment.evaluatedAt())
                .append("\n\n");

        text.append("Warning signals (").append(assessment.signals().size()).append(")\n");
        for (WarningSignal signal : assessment.signals()) {
            text.append(String.format(Locale.ROOT, "  %-28s %s on %s: %s against %s %s (%+.1f %%)  %s%n",
                    signal.kind(), signal.metric(), signal.scope(), number(signal.observed()),
                    signal.referenceKind().name().toLowerCase(Locale.ROOT), number(signal.reference()),
                    signal.relativeChange() * 100, ids(signal.explanation())));
        }

        text.append('\n');
        if (assessment.incidents().isEmpty()) {
            text.append("No incident.\n");
        }
        for (Incident incident : assessment.incidents()) {
            text.append("Incident ").append(incident.id()).append('\n')
                    .append("  severity ").append(incident.severity())
                    .append(", crisis type ").append(incident.crisisType())
                    .append(", failure type ").append(incident.failureType())
                    .append(", responsibility ").append(incident.responsibility())
                    .append(", verification ").append(incident.verification()).append('\n')
                    .append("  frame ").append(incident.frame())
                    .append(" (cluster ").append(incident.cluster()).append(")");
            if (!incident.harms().isEmpty()) {
                text.append(", harm ").append(incident.harms());
            }
            text.append('\n');
            if (!incident.aggravatingFactors().isEmpty()) {
                text.append("  aggravated by ").append(incident.aggravatingFactors()).append('\n');
            }
            if (!incident.explanation().rules().isEmpty()) {
                text.append("  because ").append(String.join("; ", incident.explanation().ruleNames())).append('\n');
            }
        }

        text.append("\nResponse plan (").append(assessment.actions().size()).append(" actions)\n");
        for (ResponseAction action : assessment.actions()) {
            String sla = assessment.deadlineOf(action.key())
                    .filter(deadline -> deadline.sla() == ActionDeadline.Sla.BREACHED)
                    .map(deadline -> " [" + texts.text(deadline.sla()) + "]").orElse("");
            text.append(String.format(Locale.ROOT, "  by %s  %-27s %-18s on %-9s %s%s%n", action.due(), action.kind(),
                    action.owner(), action.channel(), ids(action.explanation()), sla));
            text.append("      ").append(texts.title(action)).append('\n');
            if (action.subject() != null) {
                text.append("      about: ").append(action.subject()).append('\n');
            }
            if (action.house() != null) {
                text.append("      house: ").append(action.house().owner()).append(" on ").append(action.house().channel())
                        .append('\n');
            }
            if (!action.dos().isEmpty()) {
                text.append("      do:    ").append(action.dos().stream().map(texts::text)
                        .collect(Collectors.joining(" "))).append('\n');
            }
            if (!action.donts().isEmpty()) {
                text.append("      don't: ").append(action.donts().stream().map(texts::text)
                        .collect(Collectors.joining(" "))).append('\n');
            }
        }
        List<ActionDeadline> done = assessment.deadlines().stream().filter(d -> d.doneAt() != null).toList();
        if (!done.isEmpty()) {
            text.append("\nDone (").append(done.size()).append(")\n");
            for (ActionDeadline deadline : done) {
                text.append(String.format(Locale.ROOT, "  %-40s due %s, done %s: %s%n", deadline.actionKey(),
                        deadline.due(), deadline.doneAt(), texts.text(deadline.sla())));
            }
        }
        if (!assessment.readinessGaps().isEmpty()) {
            text.append("\nReadiness gaps (").append(assessment.readinessGaps().size()).append(")\n");
            for (ReadinessGap gap : assessment.readinessGaps()) {
                text.append("  ").append(texts.text(gap.kind()))
                        .append(gap.missing().isEmpty() ? "" : ": " + String.join(", ", gap.missing()))
                        .append("  ").append(ids(gap.explanation())).append('\n');
            }
        }

        text.append("\nModeration (").append(assessment.moderation().size()).append(" comments)\n");
        for (ModerationDecision decision : assessment.moderation()) {
            text.append(String.format(Locale.ROOT, "  %-12s %-20s%s%s%s  %s%n", decision.commentId(), decision.action(),
                    decision.provisional() ? " provisional" : "", decision.openCrmCase() ? " +CRM case" : "",
                    decision.replyDue() == null ? "" : " reply by " + decision.replyDue(),
                    ids(decision.explanation())));
        }
        return text.toString();
    }

    private static String ids(Explanation explanation) {
        return explanation.rules().isEmpty() ? "(no rule had a concern)" : explanation.policyIds().toString();
    }

    private static String number(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
