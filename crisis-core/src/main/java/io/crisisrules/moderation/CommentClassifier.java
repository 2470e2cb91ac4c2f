package io.crisisrules.moderation;

import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;

import java.util.Map;

/**
 * The host's classifier, plugged into the engine with
 * {@link io.crisisrules.CrisisEngine.Builder#classifier(CommentClassifier)}. <b>The library ships no
 * language model</b>: it never reads a comment's text to decide what it is. A host either hands
 * comments in already labelled or scored (by its own model or its moderators), or plugs a
 * classifier here; the batch methods ({@link io.crisisrules.CrisisEngine#moderateBatch},
 * {@link io.crisisrules.CrisisEngine#moderateStream}) then ask it about every comment that arrives
 * with neither labels nor scores.
 *
 * <p>Scores are confidences in [0, 1]; the moderation rules compare them with
 * {@code moderation.reviewThreshold} and {@code moderation.actionThreshold} (MOD-08). A score
 * outside [0, 1], a {@code null} answer, an exception, an {@link Error} other than
 * {@link OutOfMemoryError}, or no answer within
 * {@link io.crisisrules.CrisisEngine.Builder#classifierTimeout classifierTimeout} rejects that one
 * comment, with the reason, and the batch goes on. The engine calls it on a thread of its own and
 * interrupts that thread past the timeout. Implementations must be thread-safe: one engine serves
 * many threads.
 */
@FunctionalInterface
public interface CommentClassifier {

    /**
     * @param comment a comment with neither labels nor scores
     * @return the confidence per label, each in [0, 1]; labels absent count as 0
     */
    Map<CommentLabel, Double> classify(Comment comment);
}
