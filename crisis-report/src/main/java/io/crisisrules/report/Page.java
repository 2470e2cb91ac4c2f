package io.crisisrules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One self-contained HTML document: the sections' HTML, their chart data as JSON, ECharts and the
 * report's script inlined, nothing loaded from elsewhere (a Content-Security-Policy forbids it).
 */
final class Page {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Page() {
    }

    /**
     * @param texts  the page's language
     * @param title  the page title, plain text
     * @param body   the sections, HTML
     * @param data   the charts' data and texts, written as JSON
     * @param series a large numeric series already written as JSON, or {@code null}
     */
    static String html(ReportTexts texts, String title, String body, Map<String, Object> data, String series) {
        StringBuilder page = new StringBuilder(1_200_000 + (series == null ? 0 : series.length()));
        page.append("<!DOCTYPE html>\n<html lang=\"").append(texts.locale().getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"generator\" content=\"crisis-rules\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(Scripts.css()).append("</style>\n</head>\n<body>\n")
                .append("<header><h1>").append(Html.escape(title)).append("</h1></header>\n<main>\n")
                .append("<noscript><p class=\"note\">").append(Html.escape(texts.text("page.noScript")))
                .append("</p></noscript>\n")
                .append(body)
                .append("</main>\n<footer><p>").append(Html.escape(texts.text("page.times"))).append(' ')
                .append(Html.escape(texts.text("page.generatedBy", CrisisReport.VERSION, Scripts.echartsVersion())))
                .append("</p></footer>\n")
                .append("<script type=\"application/json\" id=\"report-data\">").append(Html.scriptJson(json(data)))
                .append("</script>\n");
        if (series != null) {
            page.append("<script type=\"application/json\" id=\"report-series\">").append(Html.scriptJson(series))
                    .append("</script>\n");
        }
        page.append("<script>\n").append(Scripts.echarts()).append("\n</script>\n");
        String locale = Scripts.echartsLocale(texts.locale());
        if (!locale.isEmpty()) {
            page.append("<script>\n").append(locale).append("\n</script>\n");
        }
        page.append("<script>\n").append(Scripts.report()).append("\n</script>\n</body>\n</html>\n");
        return page.toString();
    }

    private static String json(Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
