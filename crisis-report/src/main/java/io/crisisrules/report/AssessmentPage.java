// Why over 300 lines: one HTML page, section after section in reading order (signals, incident, plan timeline,
// moderation, readiness); each section is a short method, the file is long because the page is.
package io.crisisrules.report;

import io.crisisrules.model.ActionDeadline;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Metric;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.OwnerRole;
import io.crisisrules.model.ReadinessGap;
import io.crisisrules.model.ResponseAction;
import io.crisisrules.model.WarningSignal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The page of one assessment: signals, incident, the plan as a timeline, moderation, readiness. */
final class AssessmentPage {
    private final Assessment assessment;
    private final ReportTexts texts;
    private final int moderationRows;

    AssessmentPage(Assessment assessment, ReportTexts texts, int moderationRows) {
        this.assessment = assessment;
        this.texts = texts;
        this.moderationRows = moderationRows;
    }

    String html(String title) {
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"lead\">").append(Html.escape(texts.text("page.evaluatedAt", texts.time(assessment.evaluatedAt()))))
                .append("</p>\n");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("locale", texts.locale().getLanguage());
        signals(body, data);
        incident(body);
        plan(body, data);
        moderation(body, data);
        readiness(body);
        return Page.html(texts, title, body.toString(), data, null);
    }

    private void signals(StringBuilder body, Map<String, Object> data) {
        section(body, "signals", texts.text("section.signals"));
        if (assessment.signals().isEmpty()) {
            none(body, "none.signals");
        } else {
            body.append("<div class=\"chart\" id=\"signals-chart\" style=\"height:")
                    .append(90 + 34 * assessment.signals().size()).append("px\"></div>\n");
            body.append("<table><thead><tr>");
            headers(body, "column.signal", "column.measure", "column.observed", "column.reference", "column.change",
                    "column.policies");
            body.append("</tr></thead><tbody>\n");
            List<Map<String, Object>> bars = new ArrayList<>();
            for (WarningSignal signal : assessment.signals()) {
                String label = texts.name(signal.kind());
                body.append("<tr><td>").append(Html.escape(label)).append("</td><td>")
                        .append(Html.escape(measure(signal))).append("</td><td class=\"num\">")
                        .append(Html.escape(texts.number(signal.observed()))).append("</td><td>")
                        .append(Html.escape(texts.name(signal.referenceKind()) + " " + texts.number(signal.reference())))
                        .append("</td><td class=\"num\">").append(Html.escape(texts.percent(signal.relativeChange())))
                        .append("</td><td>");
                policies(body, signal.explanation());
                body.append("</td></tr>\n");
                bars.add(Map.of("label", label + " (" + scope(signal) + ")", "change", Math.round(signal.relativeChange() * 1000) / 10.0));
            }
            body.append("</tbody></table>\n");
            data.put("signals", Map.of("bars", bars, "axis", texts.text("column.change")));
        }
        body.append("</section>\n");
    }

    /** @return what was measured and where, e.g. "taux d'engagement (Instagram)" */
    private String measure(WarningSignal signal) {
        String metric = Arrays.stream(Metric.values()).filter(known -> known.name().equals(signal.metric())).findFirst()
                .map(texts::name).orElseGet(() -> texts.optional("measure." + signal.metric()).orElse(signal.metric()));
        return metric + " (" + scope(signal) + ")";
    }

    /** @return the scope in words: all channels, a channel's name, or as given (a customer id, a campaign) */
    private String scope(WarningSignal signal) {
        if ("all".equals(signal.scope())) {
            return texts.text("signal.scope.all");
        }
        return Arrays.stream(Channel.values()).filter(channel -> channel.name().equals(signal.scope())).findFirst()
                .map(texts::name).orElse(signal.scope());
    }

    private void incident(StringBuilder body) {
        section(body, "incident", texts.text("section.incident"));
        if (assessment.incidents().isEmpty()) {
            none(body, "none.incident");
        }
        for (Incident incident : assessment.incidents()) {
            body.append("<dl class=\"incident severity-").append(incident.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\">\n");
            term(body, "incident.id", incident.id());
            term(body, "incident.severity", texts.name(incident.severity()));
            term(body, "incident.crisisType", texts.name(incident.crisisType()));
            term(body, "incident.cluster", texts.name(incident.cluster()));
            if (incident.frame() != null) {
                term(body, "incident.frame", texts.name(incident.frame()));
            }
            term(body, "incident.failureType", texts.name(incident.failureType()));
            term(body, "incident.verification", texts.name(incident.verification()));
            term(body, "incident.status", texts.name(incident.status()));
            term(body, "incident.detectedAt", texts.time(incident.detectedAt()));
            if (!incident.harms().isEmpty()) {
                term(body, "incident.harms", incident.harms().stream().map(texts::name).collect(Collectors.joining(", ")));
            }
            if (!incident.aggravatingFactors().isEmpty()) {
                term(body, "incident.aggravating", incident.aggravatingFactors().stream().map(texts::name)
                        .collect(Collectors.joining(", ")));
            }
            body.append("<dt>").append(Html.escape(texts.text("incident.why"))).append("</dt><dd><ul class=\"why\">");
            for (String id : incident.explanation().policyIds()) {
                body.append("<li><code>").append(Html.escape(id)).append("</code> ")
                        .append(Html.escape(texts.policy(id))).append("</li>");
            }
            body.append("</ul></dd>\n</dl>\n");
        }
        body.append("</section>\n");
    }

    /** Where an action stands: done, escalated, overdue or open. */
    private String status(ResponseAction action, Set<String> escalated) {
        ActionDeadline deadline = assessment.deadlineOf(action.key()).orElse(null);
        if (deadline != null && deadline.doneAt() != null) {
            return deadline.sla() == ActionDeadline.Sla.FULFILLED_LATE ? "doneLate" : "done";
        }
        if (escalated.contains(action.key())) {
            return "escalated";
        }
        if ((deadline != null && deadline.sla() == ActionDeadline.Sla.BREACHED) || action.isOverdueAt(assessment.evaluatedAt())) {
            return "overdue";
        }
        return "open";
    }

    private void plan(StringBuilder body, Map<String, Object> data) {
        section(body, "plan", texts.text("section.plan"));
        List<ResponseAction> actions = assessment.actions();
        if (actions.isEmpty()) {
            none(body, "none.plan");
            body.append("</section>\n");
            return;
        }
        Set<String> escalated = new HashSet<>();
        actions.stream().filter(action -> action.kind().isEscalation() && action.subject() != null)
                .forEach(action -> escalated.add(action.subject()));
        List<OwnerRole> lanes = actions.stream().map(ResponseAction::owner).distinct().sorted().toList();
        Instant firstResponse = actions.stream().filter(action -> action.kind() == ActionKind.FIRST_RESPONSE)
                .map(ResponseAction::due).min(Comparator.naturalOrder()).orElse(null);

        body.append("<div class=\"chart\" id=\"plan-chart\" style=\"height:").append(150 + 56 * lanes.size())
                .append("px\"></div>\n");
        body.append("<table class=\"plan\"><thead><tr>");
        headers(body, "column.due", "column.owner", "column.channel", "column.action", "column.status",
                "column.guidelines", "column.policies");
        body.append("</tr></thead><tbody>\n");
        List<Map<String, Object>> points = new ArrayList<>();
        for (ResponseAction action : actions) {
            String status = status(action, escalated);
            String title = texts.plan().title(action) + (action.subject() == null || action.kind().isEscalation()
                    ? "" : " (" + action.subject() + ")");
            body.append("<tr class=\"status-").append(status).append("\"><td class=\"time\">")
                    .append(Html.escape(texts.time(action.due()))).append("</td><td>")
                    .append(Html.escape(texts.name(action.owner()))).append("</td><td>")
                    .append(Html.escape(texts.name(action.channel()))).append("</td><td>").append(Html.escape(title))
                    .append("</td><td><span class=\"badge ").append(status).append("\">")
                    .append(Html.escape(texts.text("status." + status))).append("</span></td><td>");
            if (!action.dos().isEmpty() || !action.donts().isEmpty()) {
                // collapsed: a plan has a dozen actions with up to ten guidelines each; the timeline's tooltip shows them too
                body.append("<details><summary>").append(Html.escape(texts.text("guideline.do"))).append(' ')
                        .append(action.dos().size()).append(" · ").append(Html.escape(texts.text("guideline.dont"))).append(' ')
                        .append(action.donts().size()).append("</summary>");
                guidelines(body, "guideline.do", action.dos());
                guidelines(body, "guideline.dont", action.donts());
                body.append("</details>");
            }
            body.append("</td><td>");
            policies(body, action.explanation());
            body.append("</td></tr>\n");

            Map<String, Object> point = new LinkedHashMap<>();
            point.put("lane", lanes.indexOf(action.owner()));
            point.put("due", action.due().toEpochMilli());
            point.put("status", status);
            point.put("title", title);
            point.put("time", texts.time(action.due()));
            point.put("owner", texts.name(action.owner()));
            point.put("channel", texts.name(action.channel()));
            point.put("dos", action.dos().stream().map(texts.plan()::text).toList());
            point.put("donts", action.donts().stream().map(texts.plan()::text).toList());
            point.put("policies", action.explanation().policyIds());
            points.add(point);
        }
        body.append("</tbody></table>\n</section>\n");

        Map<String, Object> statuses = new LinkedHashMap<>();
        for (String status : List.of("open", "overdue", "escalated", "done", "doneLate")) {
            statuses.put(status, texts.text("status." + status));
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("lanes", lanes.stream().map(texts::name).toList());
        plan.put("now", assessment.evaluatedAt().toEpochMilli());
        plan.put("firstResponse", firstResponse == null ? null : firstResponse.toEpochMilli());
        plan.put("actions", points);
        plan.put("statuses", statuses);
        plan.put("texts", Map.of("now", texts.text("plan.now"), "firstResponse", texts.text("plan.firstResponse"),
                "owner", texts.text("column.owner"), "channel", texts.text("column.channel"),
                "due", texts.text("column.due"), "do", texts.text("guideline.do"), "dont", texts.text("guideline.dont"),
                "policies", texts.text("column.policies")));
        data.put("plan", plan);
    }

    private void moderation(StringBuilder body, Map<String, Object> data) {
        section(body, "moderation", texts.text("section.moderation"));
        List<ModerationDecision> decisions = assessment.moderation();
        if (decisions.isEmpty()) {
            none(body, "none.moderation");
            body.append("</section>\n");
            return;
        }
        Map<ModerationAction, long[]> counts = new EnumMap<>(ModerationAction.class);
        for (ModerationDecision decision : decisions) {
            counts.computeIfAbsent(decision.action(), action -> new long[2])[decision.provisional() ? 1 : 0]++;
        }
        long provisional = decisions.stream().filter(ModerationDecision::provisional).count();
        long cases = decisions.stream().filter(ModerationDecision::openCrmCase).count();
        long blocked = decisions.stream().filter(decision -> decision.action() == ModerationAction.BLOCK_AUTHOR).count();
        body.append("<p class=\"summary\">").append(Html.escape(texts.text("moderation.summary", decisions.size(),
                provisional, cases, blocked))).append("</p>\n");
        body.append("<div class=\"chart\" id=\"moderation-chart\" style=\"height:").append(110 + 34 * counts.size())
                .append("px\"></div>\n");
        body.append("<table><thead><tr>");
        headers(body, "column.comment", "column.decision", "column.reasons");
        body.append("</tr></thead><tbody>\n");
        for (ModerationDecision decision : decisions.subList(0, Math.min(moderationRows, decisions.size()))) {
            body.append("<tr><td><code>").append(Html.escape(decision.commentId())).append("</code></td><td>")
                    .append(Html.escape(texts.name(decision.action())));
            if (decision.provisional()) {
                body.append(" <span class=\"badge provisional\">").append(Html.escape(texts.text("moderation.provisional")))
                        .append("</span>");
            }
            if (decision.openCrmCase()) {
                body.append(" <span class=\"badge case\">").append(Html.escape(texts.text("moderation.crmCase"))).append("</span>");
            }
            if (decision.replyDue() != null) {
                body.append(" <span class=\"due\">").append(Html.escape(texts.text("moderation.replyBy",
                        texts.time(decision.replyDue())))).append("</span>");
            }
            body.append("</td><td><ul class=\"why\">");
            for (String id : decision.explanation().policyIds()) {
                body.append("<li><code>").append(Html.escape(id)).append("</code> ").append(Html.escape(texts.policy(id)))
                        .append("</li>");
            }
            body.append("</ul></td></tr>\n");
        }
        body.append("</tbody></table>\n");
        if (decisions.size() > moderationRows) {
            body.append("<p class=\"note\">").append(Html.escape(texts.text("moderation.more", decisions.size() - moderationRows)))
                    .append("</p>\n");
        }
        body.append("</section>\n");

        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("actions", counts.keySet().stream().map(texts::name).toList());
        chart.put("final", counts.values().stream().map(count -> count[0]).toList());
        chart.put("provisional", counts.values().stream().map(count -> count[1]).toList());
        chart.put("texts", Map.of("final", texts.text("moderation.final"), "provisional", texts.text("moderation.provisional"),
                "axis", texts.text("column.count")));
        data.put("moderation", chart);
    }

    private void readiness(StringBuilder body) {
        if (assessment.readinessGaps().isEmpty()) {
            return;
        }
        section(body, "readiness", texts.text("section.readiness"));
        body.append("<ul class=\"gaps\">\n");
        for (ReadinessGap gap : assessment.readinessGaps()) {
            body.append("<li>").append(Html.escape(texts.plan().text(gap.kind())))
                    .append(gap.missing().isEmpty() ? "" : Html.escape(": " + String.join(", ", gap.missing())))
                    .append(' ');
            policies(body, gap.explanation());
            body.append("</li>\n");
        }
        body.append("</ul>\n</section>\n");
    }

    private void guidelines(StringBuilder body, String heading, List<Guideline> guidelines) {
        if (guidelines.isEmpty()) {
            return;
        }
        body.append("<div class=\"").append(heading.endsWith("do") ? "dos" : "donts").append("\"><b>")
                .append(Html.escape(texts.text(heading))).append("</b><ul>");
        for (Guideline guideline : guidelines) {
            body.append("<li>").append(Html.escape(texts.plan().text(guideline))).append("</li>");
        }
        body.append("</ul></div>");
    }

    private void policies(StringBuilder body, Explanation explanation) {
        for (String id : explanation.policyIds()) {
            body.append("<abbr class=\"policy\" title=\"").append(Html.escape(texts.policy(id))).append("\">")
                    .append(Html.escape(id)).append("</abbr> ");
        }
    }

    private void section(StringBuilder body, String id, String heading) {
        body.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(heading)).append("</h2>\n");
    }

    private void none(StringBuilder body, String key) {
        body.append("<p class=\"none\">").append(Html.escape(texts.text(key))).append("</p>\n");
    }

    private void headers(StringBuilder body, String... keys) {
        for (String key : keys) {
            body.append("<th>").append(Html.escape(texts.text(key))).append("</th>");
        }
    }

    private void term(StringBuilder body, String key, String value) {
        body.append("<dt>").append(Html.escape(texts.text(key))).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }
}
