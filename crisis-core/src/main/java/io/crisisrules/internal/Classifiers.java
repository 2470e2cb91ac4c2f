package io.crisisrules.internal;

import io.crisisrules.InvalidInputException;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.moderation.CommentClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls the host's classifier with a time limit, on a thread of its own, so that a classifier that
 * hangs, throws or fails with an {@link Error} costs one comment (a rejection) and never the batch.
 * The threads are daemons, created on demand and ended after a minute idle; a classifier that
 * ignores interruption keeps its thread until it returns.
 *
 * <p>What the classifier says when it fails may carry the comment's text, so it reaches neither the
 * rejection nor the log above DEBUG: both name the exception's type only.
 */
final class Classifiers {
    private static final Logger LOG = LoggerFactory.getLogger(Classifiers.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "crisis-classifier-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    private Classifiers() {
    }

    /**
     * @return the classifier's scores for {@code comment}, possibly {@code null}
     * @throws InvalidInputException (field {@code classifier}) when it fails or takes longer than {@code timeout}
     */
    static Map<CommentLabel, Double> classify(CommentClassifier classifier, Comment comment, Duration timeout) {
        Future<Map<CommentLabel, Double>> answer = POOL.submit(() -> classifier.classify(comment));
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            LOG.warn("the classifier took longer than {} over a comment; the comment is rejected", timeout);
            throw new InvalidInputException("classifier", "still classifying", "answer within " + timeout);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new InvalidInputException("classifier", "interrupted", "answer before the batch is interrupted");
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            if (failure instanceof OutOfMemoryError fatal) {
                throw fatal; // the JVM's problem, not this comment's
            }
            LOG.warn("the classifier failed over a comment ({}); the comment is rejected", failure.getClass().getName());
            LOG.debug("the classifier failed over comment {}", comment.id(), failure);
            throw new InvalidInputException("classifier", failure.getClass().getName(),
                    "classify the comment without failing");
        }
    }
}
