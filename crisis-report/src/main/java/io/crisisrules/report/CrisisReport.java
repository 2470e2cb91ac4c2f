package io.crisisrules.report;

import io.crisisrules.InvalidInputException;
import io.crisisrules.model.Assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Renders an {@link Assessment} or a {@link MentionReplay} as one self-contained HTML page that a
 * crisis manager opens in any browser, offline: Apache ECharts and the data are inlined, nothing is
 * loaded from elsewhere. An assessment's page shows the warning signals, the incident (type,
 * responsibility cluster, severity, aggravating factors and why), the response plan as a timeline
 * (one lane per owner, due times, done, overdue and escalated actions, the first-response
 * deadline) with each action's guidelines and policy IDs, and a moderation summary. A replay's page
 * shows the mention volume over time with the baseline, its band and the spike threshold, the
 * pending and firing alerts and the incident changes, zoomable over a year of 5-minute points.
 *
 * <pre>{@code
 * CrisisReport report = CrisisReport.builder().locale(Locale.FRENCH).build();   // immutable: share it
 * report.write(engine.evaluate(snapshot), Path.of("crisis.html"));
 *
 * ReplayRecorder recorder = new ReplayRecorder("acme", engine.settings());      // a MonitorListener
 * try (CrisisMonitor monitor = engine.monitor(brand).listener(recorder).start()) {
 *     for (MentionCount count : series) { monitor.mentionCount(count); recorder.mentionCount(count); }
 * }
 * report.write(recorder.replay(), Path.of("replay.html"));
 * }</pre>
 *
 * <p>Every text is in the chosen language (English or French; English for any other). Comments'
 * authors are personal data and never appear: the page counts blocked authors, it does not name
 * them. Times are shown in UTC. Thread-safe.
 */
public final class CrisisReport {
    /** The library version a page names as its generator. */
    static final String VERSION = "0.2.0";

    private final Locale locale;
    private final String title;
    private final int tableRows;

    private CrisisReport(Builder builder) {
        this.locale = builder.locale;
        this.title = builder.title;
        this.tableRows = builder.tableRows;
    }

    /** @return a builder for English pages titled after the brand */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param assessment what the engine said about a snapshot
     * @return the page, HTML
     * @throws InvalidInputException when the assessment is missing
     */
    public String render(Assessment assessment) {
        required("assessment", assessment);
        ReportTexts texts = ReportTexts.of(locale);
        return new AssessmentPage(assessment, texts, tableRows)
                .html(title != null ? title : texts.text("page.title.assessment", assessment.brandId()));
    }

    /**
     * @param replay a mention series as a monitor saw it
     * @return the page, HTML
     * @throws InvalidInputException when the replay is missing
     */
    public String render(MentionReplay replay) {
        required("replay", replay);
        ReportTexts texts = ReportTexts.of(locale);
        return new ReplayPage(replay, texts, tableRows)
                .html(title != null ? title : texts.text("page.title.replay", replay.brandId()));
    }

    /**
     * Writes {@link #render(Assessment)} to a file, in UTF-8, replacing it.
     *
     * @param assessment what the engine said about a snapshot
     * @param file       where the page goes
     * @throws IOException when the file cannot be written
     */
    public void write(Assessment assessment, Path file) throws IOException {
        Files.writeString(required("file", file), render(assessment), StandardCharsets.UTF_8);
    }

    /**
     * Writes {@link #render(MentionReplay)} to a file, in UTF-8, replacing it.
     *
     * @param replay a mention series as a monitor saw it
     * @param file   where the page goes
     * @throws IOException when the file cannot be written
     */
    public void write(MentionReplay replay, Path file) throws IOException {
        Files.writeString(required("file", file), render(replay), StandardCharsets.UTF_8);
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, null, "be given");
        }
        return value;
    }

    /** Chooses the language, the title and how long tables get. */
    public static final class Builder {
        private Locale locale = Locale.ENGLISH;
        private String title;
        private int tableRows = 200;

        private Builder() {
        }

        /**
         * @param locale the reader's locale: French for any French locale, English otherwise
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = required("locale", locale);
            return this;
        }

        /**
         * @param title the page's title instead of "Crisis report: BRAND", plain text
         * @return this builder
         */
        public Builder title(String title) {
            if (title == null || title.isBlank()) {
                throw new InvalidInputException("title", title, "be a non-blank text");
            }
            this.title = title;
            return this;
        }

        /**
         * @param rows how many rows a table of moderation decisions or alert changes shows at most
         *             (the charts count every one), at least 1; 200 by default
         * @return this builder
         */
        public Builder tableRows(int rows) {
            if (rows < 1) {
                throw new InvalidInputException("tableRows", rows, "be >= 1");
            }
            this.tableRows = rows;
            return this;
        }

        /** @return the report, immutable */
        public CrisisReport build() {
            return new CrisisReport(this);
        }
    }
}
