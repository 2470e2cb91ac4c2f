package io.crisisrules.internal;

import io.crisisrules.InvalidInputException;
import io.crisisrules.RuleListener;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.Severity;
import io.crisisrules.moderation.CommentClassifier;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationOutcome;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.moderation.Rejection;
import io.crisisrules.settings.PolicySettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Moderation of unchecked comments in batches: each comment that breaks its contract becomes a
 * {@link Rejection} and the others are moderated together, so one bad comment never stops a batch
 * and decisions plus rejections always equal the comments handed in.
 *
 * @param rules      the compiled rules
 * @param settings   the policy settings
 * @param clock      where each batch's evaluation time comes from
 * @param listeners  listeners to tell about fired rules
 * @param history    where authors' offences are read and recorded (MOD-04)
 * @param classifier the host's classifier, or {@code null}
 * @param chunkSize  comments moderated together by {@link #stream}
 * @param times      admits each comment's posting time (years 1 to 9999, future tolerance)
 * @param classifierTimeout how long the classifier may take over one comment
 */
public record ModerationBatch(CompiledRules rules, PolicySettings settings, Clock clock, List<RuleListener> listeners,
                              OffenceHistory history, CommentClassifier classifier, int chunkSize, EventTimes times,
                              Duration classifierTimeout) {

    /**
     * @param inputs     the comments; elements may be {@code null} (rejected)
     * @param firstIndex the index of the first one in the whole stream
     * @param openCrisis the severity of the open crisis, or {@code null}
     * @return one outcome per input, in order
     */
    public List<ModerationOutcome> run(List<CommentInput> inputs, long firstIndex, Severity openCrisis) {
        List<ModerationOutcome> outcomes = new ArrayList<>(Collections.nCopies(inputs.size(), null));
        List<Comment> comments = new ArrayList<>(inputs.size());
        List<Integer> positions = new ArrayList<>(inputs.size());
        Set<String> ids = new HashSet<>();
        Instant now = clock.instant();
        for (int i = 0; i < inputs.size(); i++) {
            long index = firstIndex + i;
            CommentInput input = inputs.get(i);
            try {
                Comment comment = check(input, index, now);
                if (!ids.add(comment.id())) {
                    throw InvalidInputException.duplicate("id", comment.id(), "id");
                }
                comments.add(comment);
                positions.add(i);
            } catch (InvalidInputException e) {
                String id = input == null || input.id() == null || input.id().isBlank() ? null : input.id();
                outcomes.set(i, ModerationOutcome.rejected(index, new Rejection(id, e.field(), e.getMessage())));
            }
        }
        if (!comments.isEmpty()) {
            List<ModerationDecision> decisions = Evaluation.moderate(rules, settings, now, listeners,
                    comments, openCrisis, history);
            for (int j = 0; j < decisions.size(); j++) {
                int i = positions.get(j);
                outcomes.set(i, ModerationOutcome.decided(firstIndex + i, decisions.get(j)));
            }
        }
        return outcomes;
    }

    /**
     * @param inputs     the comments, read lazily
     * @param openCrisis the severity of the open crisis, or {@code null}
     * @return one outcome per input, in order, computed {@link #chunkSize} comments at a time
     */
    public Stream<ModerationOutcome> stream(Stream<CommentInput> inputs, Severity openCrisis) {
        Iterator<CommentInput> source = inputs.iterator();
        Spliterator<ModerationOutcome> chunks = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private Iterator<ModerationOutcome> current = Collections.emptyIterator();
            private long next;

            @Override
            public boolean tryAdvance(Consumer<? super ModerationOutcome> action) {
                while (!current.hasNext()) {
                    if (!source.hasNext()) {
                        return false;
                    }
                    List<CommentInput> chunk = new ArrayList<>(chunkSize);
                    while (chunk.size() < chunkSize && source.hasNext()) {
                        chunk.add(source.next());
                    }
                    current = run(chunk, next, openCrisis).iterator();
                    next += chunk.size();
                }
                action.accept(current.next());
                return true;
            }
        };
        return StreamSupport.stream(chunks, false).onClose(inputs::close);
    }

    private Comment check(CommentInput input, long index, Instant now) {
        if (input == null) {
            throw new InvalidInputException("comments[" + index + "]", null, "not be null");
        }
        if (input.postedAt() != null) {
            // before anything else: a comment dated far ahead must not reach the offence history
            times.check("postedAt", input.postedAt(), now, "the engine clock's");
        }
        Comment comment = input.toComment();
        if (classifier == null || !comment.labels().isEmpty() || !comment.scores().isEmpty()) {
            return comment;
        }
        Map<CommentLabel, Double> scores = Classifiers.classify(classifier, comment, classifierTimeout);
        if (scores == null) {
            throw new InvalidInputException("classifier", null, "return scores");
        }
        return new Comment(comment.id(), comment.authorId(), comment.channel(), comment.text(), comment.postedAt(),
                comment.labels(), scores, comment.subject());
    }
}
