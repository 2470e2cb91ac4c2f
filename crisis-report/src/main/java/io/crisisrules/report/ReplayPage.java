package io.crisisrules.report;

import io.crisisrules.model.AlertState;
import io.crisisrules.model.Deviation;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.SignalChange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page of a replay: the mention volume with baseline, band, threshold, alert states and
 * incident changes, zoomable; then the alert and incident changes as tables.
 */
final class ReplayPage {
    private static final List<String> NOTIFICATION_POLICIES = List.of("DET-20", "DET-21");

    private final MentionReplay replay;
    private final ReportTexts texts;
    private final int tableRows;

    ReplayPage(MentionReplay replay, ReportTexts texts, int tableRows) {
        this.replay = replay;
        this.texts = texts;
        this.tableRows = tableRows;
    }

    String html(String title) {
        List<ReplayPoint> points = replay.points();
        StringBuilder body = new StringBuilder();
        if (!points.isEmpty()) {
            body.append("<p class=\"lead\">").append(Html.escape(texts.text("page.period", texts.time(points.get(0).at()),
                    texts.time(points.get(points.size() - 1).at()), points.size(), interval(points)))).append("</p>\n");
        }
        body.append("<section id=\"volume\">\n<h2>").append(Html.escape(texts.text("section.volume"))).append("</h2>\n")
                .append("<div class=\"chart\" id=\"volume-chart\" style=\"height:460px\"></div>\n")
                .append("<p class=\"key\"><span class=\"swatch pending\"></span>").append(Html.escape(texts.text("volume.pending")))
                .append(" <span class=\"swatch firing\"></span>").append(Html.escape(texts.text("volume.firing")))
                .append(" <span class=\"swatch incident\"></span>").append(Html.escape(texts.text("volume.legend.incident")))
                .append("</p>\n</section>\n");
        alerts(body);
        incidents(body);

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("locale", texts.locale().getLanguage());
        data.put("volume", volume());
        return Page.html(texts, title, body.toString(), data, SeriesJson.of(points));
    }

    /** @return the most common gap between points, in words such as "5 min" */
    private String interval(List<ReplayPoint> points) {
        Map<Duration, Integer> gaps = new HashMap<>();
        for (int i = 1; i < points.size(); i++) {
            gaps.merge(Duration.between(points.get(i - 1).at(), points.get(i).at()), 1, Integer::sum);
        }
        Duration usual = gaps.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Duration.ZERO);
        return usual.toMinutes() >= 60 && usual.toMinutesPart() == 0 ? usual.toHours() + " h"
                : usual.toSeconds() % 60 == 0 ? usual.toMinutes() + " min" : usual.toSeconds() + " s";
    }

    private Map<String, Object> volume() {
        List<Map<String, Object>> states = new ArrayList<>();
        Map<String, SignalChange> open = new LinkedHashMap<>();
        Instant end = replay.points().isEmpty() ? null : replay.points().get(replay.points().size() - 1).at();
        for (SignalChange change : replay.signalChanges()) {
            SignalChange before = open.remove(change.alertKey());
            if (before != null) {
                states.add(state(before, change.at()));
            }
            if (change.to() == AlertState.PENDING || change.to() == AlertState.FIRING) {
                open.put(change.alertKey(), change);
            }
        }
        open.values().forEach(change -> states.add(state(change, end == null ? change.at() : end)));

        List<Map<String, Object>> incidents = new ArrayList<>();
        for (IncidentChange change : replay.incidentChanges()) {
            incidents.add(Map.of("at", change.at().toEpochMilli(), "label",
                    texts.name(change.kind()) + " · " + texts.name(change.incident().severity())));
        }
        Map<String, Object> volume = new LinkedHashMap<>();
        volume.put("states", states);
        volume.put("incidents", incidents);
        volume.put("texts", Map.of("mentions", texts.text("volume.mentions"), "baseline", texts.text("volume.baseline"),
                "band", texts.text("volume.band"), "threshold", texts.text("volume.threshold"),
                "pending", texts.text("volume.pending"), "firing", texts.text("volume.firing"),
                "axis", texts.text("volume.axis")));
        return volume;
    }

    private Map<String, Object> state(SignalChange change, Instant until) {
        return Map.of("from", change.at().toEpochMilli(), "to", until.toEpochMilli(),
                "state", change.to().name().toLowerCase(java.util.Locale.ROOT), "label", texts.name(change.to()));
    }

    private void alerts(StringBuilder body) {
        body.append("<section id=\"alerts\">\n<h2>").append(Html.escape(texts.text("section.alerts"))).append("</h2>\n");
        List<SignalChange> changes = replay.signalChanges();
        if (changes.isEmpty()) {
            body.append("<p class=\"none\">").append(Html.escape(texts.text("none.alerts"))).append("</p>\n</section>\n");
            return;
        }
        body.append("<table><thead><tr>");
        for (String key : List.of("column.at", "column.alert", "column.change.state", "column.level", "column.mentions",
                "column.baseline", "column.zScore", "column.notified")) {
            body.append("<th>").append(Html.escape(texts.text(key))).append("</th>");
        }
        body.append("</tr></thead><tbody>\n");
        for (SignalChange change : changes.subList(0, Math.min(tableRows, changes.size()))) {
            Deviation deviation = change.deviation();
            body.append("<tr class=\"alert-").append(change.to().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\"><td class=\"time\">").append(Html.escape(texts.time(change.at()))).append("</td><td>")
                    .append(Html.escape(texts.name(change.signal().kind()))).append("</td><td>")
                    .append(Html.escape(texts.text(changeKey(change)))).append("</td><td>")
                    .append(Html.escape(texts.name(change.level()))).append("</td><td class=\"num\">")
                    .append(Html.escape(texts.number(change.signal().observed()))).append("</td><td class=\"num\">")
                    .append(Html.escape(texts.number(deviation == null ? change.signal().reference() : deviation.baseline())))
                    .append("</td><td class=\"num\">").append(deviation == null ? "" : Html.escape(texts.number(deviation.zScore())))
                    .append("</td><td>").append(Html.escape(notified(change))).append("</td></tr>\n");
        }
        body.append("</tbody></table>\n");
        if (changes.size() > tableRows) {
            body.append("<p class=\"note\">").append(Html.escape(texts.text("alerts.more", changes.size() - tableRows)))
                    .append("</p>\n");
        }
        body.append("</section>\n");
    }

    private static String changeKey(SignalChange change) {
        if (change.isLevelRaise()) {
            return "alert.levelRaised";
        }
        return switch (change.to()) {
            case PENDING -> "alert.pending";
            case FIRING -> "alert.fired";
            case RESOLVED -> "alert.resolved";
            case INACTIVE -> "alert.dropped";
        };
    }

    /** @return yes, no, or why not in the reader's language (the policy that held it back) */
    private String notified(SignalChange change) {
        if (change.notified()) {
            return texts.text("yes");
        }
        if (change.suppressedBy() == null) {
            return texts.text("no");
        }
        List<String> why = change.explanation().policyIds().stream().filter(NOTIFICATION_POLICIES::contains)
                .map(id -> texts.policy(id) + " (" + id + ")").toList();
        return why.isEmpty() ? texts.text("no") : texts.text("alert.suppressed", String.join(", ", why));
    }

    private void incidents(StringBuilder body) {
        body.append("<section id=\"incidents\">\n<h2>").append(Html.escape(texts.text("section.incidents"))).append("</h2>\n");
        List<IncidentChange> changes = replay.incidentChanges();
        if (changes.isEmpty()) {
            body.append("<p class=\"none\">").append(Html.escape(texts.text("none.incidents"))).append("</p>\n</section>\n");
            return;
        }
        body.append("<table><thead><tr>");
        for (String key : List.of("column.at", "column.incident", "column.change.state", "column.severity", "column.crisisType")) {
            body.append("<th>").append(Html.escape(texts.text(key))).append("</th>");
        }
        body.append("</tr></thead><tbody>\n");
        for (IncidentChange change : changes.subList(0, Math.min(tableRows, changes.size()))) {
            body.append("<tr><td class=\"time\">").append(Html.escape(texts.time(change.at()))).append("</td><td><code>")
                    .append(Html.escape(change.incident().id())).append("</code></td><td>")
                    .append(Html.escape(texts.name(change.kind()))).append("</td><td>")
                    .append(Html.escape(texts.name(change.incident().severity()))).append("</td><td>")
                    .append(Html.escape(texts.name(change.incident().crisisType()))).append("</td></tr>\n");
        }
        body.append("</tbody></table>\n</section>\n");
    }
}
