/**
 * Crisis reports as self-contained HTML pages with charts, for people who would rather look than
 * read. Start with {@link io.crisisrules.report.CrisisReport}: it renders an
 * {@link io.crisisrules.model.Assessment}, or a {@link io.crisisrules.report.MentionReplay} that a
 * {@link io.crisisrules.report.ReplayRecorder} records while a monitor replays a mention series.
 * The charts are drawn by Apache ECharts, inlined into every page.
 */
package io.crisisrules.report;
