package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A public comment about the brand, as the host's moderation pipeline sees it. The library ships no
 * language model: what a comment <em>is</em> comes from the host, as certain {@code labels} (a
 * moderator's call, or a classifier's decision above its own threshold) and/or {@code scores}, the
 * classifier's confidence per label in [0, 1]. The moderation rules compare scores with the review
 * and action thresholds of the policy settings (MOD-08).
 *
 * @param id       the host's identifier, unique within one evaluation or batch
 * @param authorId who posted it, used to spot repeat offenders (MOD-04)
 * @param channel  where it was posted
 * @param text     the text, kept for people reading the decision (may be empty, never null)
 * @param postedAt when it was posted
 * @param labels   labels known for certain
 * @param scores   classifier confidence per label, each in [0, 1]
 * @param subject  what it is about as the host groups comments (an FAQ entry, a topic), used to
 *                 spot repeated questions (MOD-07); {@code null} when unknown
 */
public record Comment(String id, String authorId, Channel channel, String text, Instant postedAt,
                      Set<CommentLabel> labels, Map<CommentLabel, Double> scores, String subject) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param id the host's identifier, unique within one evaluation or batch
     * @param authorId who posted it, used to spot repeat offenders (MOD-04)
     * @param channel where it was posted
     * @param text the text, kept for people reading the decision (may be empty, never null)
     * @param postedAt when it was posted
     * @param labels labels known for certain
     * @param scores classifier confidence per label, each in [0, 1]
     * @param subject what it is about as the host groups comments (an FAQ entry, a topic), used to spot repeated questions (MOD-07); {@code null} when unknown
     */
    public Comment {
        Checks.text("id", id);
        Checks.text("authorId", authorId);
        Checks.required("channel", channel);
        text = text == null ? "" : text;
        Checks.required("postedAt", postedAt);
        labels = Checks.enumSet("labels", labels, CommentLabel.class);
        Map<CommentLabel, Double> checked = Checks.entries("scores", scores);
        checked.forEach((label, score) -> Checks.unitInterval("scores." + label, score));
        scores = CommentScores.of(checked, labels);
        Checks.optionalText("subject", subject);
    }

    /**
     * @param label a label
     * @return 1 when the label is certain, else the classifier's score for it, else 0
     */
    public double confidence(CommentLabel label) {
        return ((CommentScores) scores).confidence(label);
    }

    /** @return the highest confidence among hateful, insulting and defamatory */
    public double abuseConfidence() {
        return Math.max(confidence(CommentLabel.HATEFUL),
                Math.max(confidence(CommentLabel.INSULTING), confidence(CommentLabel.DEFAMATORY)));
    }

    /**
     * @param label the label to look for
     * @return whether the comment carries the label for certain
     */
    public boolean hasLabel(CommentLabel label) {
        return labels.contains(label);
    }
}
