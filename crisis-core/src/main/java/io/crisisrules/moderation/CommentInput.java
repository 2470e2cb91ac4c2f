package io.crisisrules.moderation;

import io.crisisrules.InvalidInputException;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A comment as it arrives from a host's pipeline, not yet checked: the batch methods
 * ({@link io.crisisrules.CrisisEngine#moderateBatch}, {@link io.crisisrules.CrisisEngine#moderateStream})
 * turn each into a {@link Comment} and reject, with the reason, the ones that break its contract
 * (no id or author, an unknown channel or label, a score outside [0, 1]) instead of stopping the
 * batch. Labels, score keys and the channel are names of {@link CommentLabel} and {@link Channel}
 * constants.
 *
 * @param id       the host's identifier, unique within the batch
 * @param authorId who posted it
 * @param channel  a {@link Channel} name, e.g. {@code "X"}
 * @param text     the text, or {@code null}
 * @param postedAt when it was posted
 * @param labels   certain labels, {@link CommentLabel} names; {@code null} for none
 * @param scores   confidence per {@link CommentLabel} name, each in [0, 1]; {@code null} for none
 * @param subject  what it is about (MOD-07), or {@code null}
 */
public record CommentInput(String id, String authorId, String channel, String text, Instant postedAt,
                           Set<String> labels, Map<String, Double> scores, String subject) {

    /**
     * Creates one from its components.
     *
     * @param id the host's identifier, unique within the batch
     * @param authorId who posted it
     * @param channel a {@link Channel} name, e.g. {@code "X"}
     * @param text the text, or {@code null}
     * @param postedAt when it was posted
     * @param labels certain labels, {@link CommentLabel} names; {@code null} for none
     * @param scores confidence per {@link CommentLabel} name, each in [0, 1]; {@code null} for none
     * @param subject what it is about (MOD-07), or {@code null}
     */
    public CommentInput {
        labels = labels == null ? Set.of() : new LinkedHashSet<>(labels);
        scores = scores == null ? Map.of() : new LinkedHashMap<>(scores);
        labels = java.util.Collections.unmodifiableSet(labels);
        scores = java.util.Collections.unmodifiableMap(scores);
    }

    /**
     * @param comment a checked comment
     * @return the same comment as input
     */
    public static CommentInput of(Comment comment) {
        Map<String, Double> scores = new LinkedHashMap<>();
        comment.scores().forEach((label, score) -> scores.put(label.name(), score));
        Set<String> labels = new LinkedHashSet<>();
        comment.labels().forEach(label -> labels.add(label.name()));
        return new CommentInput(comment.id(), comment.authorId(), comment.channel().name(), comment.text(),
                comment.postedAt(), labels, scores, comment.subject());
    }

    /**
     * @return the checked comment
     * @throws InvalidInputException naming the first offending field and echoing its value
     */
    public Comment toComment() {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", id, "not be blank");
        }
        if (authorId == null || authorId.isBlank()) {
            throw new InvalidInputException("authorId", authorId, "not be blank");
        }
        Set<CommentLabel> checkedLabels = EnumSet.noneOf(CommentLabel.class);
        for (String label : labels) {
            checkedLabels.add(label("labels", label));
        }
        Map<CommentLabel, Double> checkedScores = new EnumMap<>(CommentLabel.class);
        scores.forEach((label, score) -> {
            CommentLabel known = label("scores", label);
            if (score == null || !(score >= 0.0 && score <= 1.0)) {
                throw new InvalidInputException("scores." + label, score, "be within [0, 1]");
            }
            checkedScores.put(known, score);
        });
        return new Comment(id, authorId, checkedChannel(), text, postedAt, checkedLabels, checkedScores, subject);
    }

    private Channel checkedChannel() {
        try {
            return Channel.valueOf(String.valueOf(channel));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("channel", channel, "be one of " + Arrays.toString(Channel.values()));
        }
    }

    private static CommentLabel label(String field, String name) {
        try {
            return CommentLabel.valueOf(String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, name, "name a known label " + Arrays.toString(CommentLabel.values()));
        }
    }
}
