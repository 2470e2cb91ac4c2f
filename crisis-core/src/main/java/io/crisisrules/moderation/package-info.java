/**
 * Moderation at scale and the two extension points a host plugs into it.
 *
 * <p><b>Batches and streams.</b>
 * {@link io.crisisrules.CrisisEngine#moderateBatch(java.util.List, ModerationContext)} and
 * {@link io.crisisrules.CrisisEngine#moderateStream(java.util.stream.Stream, ModerationContext)} take
 * {@link io.crisisrules.moderation.CommentInput}s, comments as a pipeline hands them in, and return
 * one {@link io.crisisrules.moderation.ModerationOutcome} per comment — a decision, or a
 * {@link io.crisisrules.moderation.Rejection} with its reason when that comment cannot be moderated
 * (no id or author, an unknown label, a score outside [0, 1], a duplicate id, a failing classifier) —
 * so decisions plus rejections always equal the comments handed in, and one bad comment never stops
 * the others. A {@link io.crisisrules.moderation.ModerationContext} says whether a crisis is open
 * (MOD-07, MOD-08).
 *
 * <p><b>Offence history (MOD-04).</b> To block repeat offenders the engine needs each author's
 * recent offences. {@link io.crisisrules.moderation.OffenceHistory} is the interface a host
 * implements over its own storage; {@link io.crisisrules.moderation.OffenceHistory#inMemory} is the
 * default, bounded and thread-safe, forgetting offences older than its retention.
 *
 * <p><b>Comment classifier.</b> The library ships no language model: what a comment is (hateful,
 * a complaint, a question…) comes from the host as labels and scores. A host may plug its own
 * classifier with {@link io.crisisrules.moderation.CommentClassifier}; the batch methods ask it about
 * each comment that arrives with neither labels nor scores.
 *
 * <p>Start with {@link io.crisisrules.CrisisEngine#moderateBatch} and
 * {@link io.crisisrules.moderation.OffenceHistory}.
 */
package io.crisisrules.moderation;
