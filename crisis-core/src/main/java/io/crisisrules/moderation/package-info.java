/**
 * Moderation at scale and the two extension points a host plugs into it.
 *
 * <p><b>Batches and streams.</b> {@link io.crisisrules.CrisisEngine#moderateBatch(java.util.List)}
 * and {@link io.crisisrules.CrisisEngine#moderateStream(java.util.stream.Stream)} return one
 * {@link io.crisisrules.moderation.ModerationOutcome} per comment handed in — a decision, or a
 * {@link io.crisisrules.moderation.Rejection} with its reason when that comment cannot be moderated
 * (a duplicate id, a line a reader could not read) — so decisions plus rejections always equal the
 * comments handed in, and one bad comment never stops the others.
 *
 * <p><b>Offence history (MOD-04).</b> To block repeat offenders the engine needs each author's
 * recent offences. {@link io.crisisrules.moderation.OffenceHistory} is the interface a host
 * implements over its own storage; {@link io.crisisrules.moderation.OffenceHistory#inMemory} is the
 * default, bounded and thread-safe, forgetting offences older than its retention.
 *
 * <p><b>Comment classifier.</b> The library ships no language model: what a comment is (hateful,
 * a complaint, a question…) comes from the host as labels and scores. A host may plug its own
 * classifier with {@link io.crisisrules.moderation.CommentClassifier}; the engine asks it about each
 * comment that arrives with neither labels nor scores.
 *
 * <p>Start with {@link io.crisisrules.moderation.OffenceHistory} and
 * {@link io.crisisrules.moderation.ModerationOutcome}.
 */
package io.crisisrules.moderation;
