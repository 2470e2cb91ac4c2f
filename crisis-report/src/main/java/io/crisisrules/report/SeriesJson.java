package io.crisisrules.report;

import java.util.List;

/**
 * A replay's series as compact JSON, written by hand because it is the bulk of the page (a year of
 * 5-minute points is 105,120 of each): the first instant, then for every point its gap to the
 * previous one in seconds, its count and its measures rounded to 0.1 ({@code null} where the
 * baseline had no score). Numbers only, so nothing in it needs escaping.
 */
final class SeriesJson {

    private SeriesJson() {
    }

    static String of(List<ReplayPoint> points) {
        StringBuilder gaps = new StringBuilder(points.size() * 4);
        StringBuilder counts = new StringBuilder(points.size() * 4);
        StringBuilder baselines = new StringBuilder(points.size() * 5);
        StringBuilder spreads = new StringBuilder(points.size() * 5);
        StringBuilder thresholds = new StringBuilder(points.size() * 5);
        long previous = points.isEmpty() ? 0 : points.get(0).at().getEpochSecond();
        for (int i = 0; i < points.size(); i++) {
            ReplayPoint point = points.get(i);
            String comma = i == 0 ? "" : ",";
            gaps.append(comma).append(point.at().getEpochSecond() - previous);
            previous = point.at().getEpochSecond();
            counts.append(comma).append(point.mentions());
            decimal(baselines.append(comma), point.baseline());
            decimal(spreads.append(comma), point.spread());
            decimal(thresholds.append(comma), point.threshold());
        }
        return "{\"start\":" + (points.isEmpty() ? 0 : points.get(0).at().getEpochSecond()) + ",\"gaps\":[" + gaps
                + "],\"counts\":[" + counts + "],\"baselines\":[" + baselines + "],\"spreads\":[" + spreads
                + "],\"thresholds\":[" + thresholds + "]}";
    }

    private static void decimal(StringBuilder out, double value) {
        if (Double.isNaN(value)) {
            out.append("null");
            return;
        }
        long tenths = Math.round(value * 10);
        out.append(tenths / 10);
        if (tenths % 10 != 0) {
            out.append('.').append(Math.abs(tenths % 10));
        }
    }
}
