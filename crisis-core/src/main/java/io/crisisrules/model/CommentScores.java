package io.crisisrules.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The immutable map behind {@link Comment#scores()}, which also keeps each label's confidence
 * (labels included) in an array: moderation rules ask a comment for several confidences, in a
 * batch of thousands, and one array read beats hashing through two maps.
 */
final class CommentScores extends AbstractMap<CommentLabel, Double> {
    private static final CommentLabel[] LABELS = CommentLabel.values();
    private static final CommentScores NONE = new CommentScores(Map.of(), Set.of());

    private final double[] scores;
    private final double[] confidence;
    private final Set<Map.Entry<CommentLabel, Double>> entries;

    private CommentScores(Map<CommentLabel, Double> scores, Set<CommentLabel> labels) {
        this.scores = new double[LABELS.length];
        this.confidence = new double[LABELS.length];
        List<Map.Entry<CommentLabel, Double>> present = new ArrayList<>(scores.size());
        for (CommentLabel label : LABELS) {
            Double score = scores.get(label);
            this.scores[label.ordinal()] = score == null ? Double.NaN : score;
            this.confidence[label.ordinal()] = labels.contains(label) ? 1.0 : score == null ? 0.0 : score;
            if (score != null) {
                present.add(Map.entry(label, score));
            }
        }
        List<Map.Entry<CommentLabel, Double>> view = Collections.unmodifiableList(present);
        this.entries = new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<CommentLabel, Double>> iterator() {
                return view.iterator();
            }

            @Override
            public int size() {
                return view.size();
            }
        };
    }

    /**
     * @param scores checked scores (no null key or value)
     * @param labels checked labels
     * @return the scores, with the confidences they and the labels give
     */
    static CommentScores of(Map<CommentLabel, Double> scores, Set<CommentLabel> labels) {
        return scores.isEmpty() && labels.isEmpty() ? NONE : new CommentScores(scores, labels);
    }

    /** @return 1 when the label is certain, else its score, else 0 */
    double confidence(CommentLabel label) {
        return confidence[label.ordinal()];
    }

    @Override
    public Double get(Object key) {
        if (key instanceof CommentLabel label) {
            double score = scores[label.ordinal()];
            return Double.isNaN(score) ? null : score;
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Map.Entry<CommentLabel, Double>> entrySet() {
        return entries;
    }
}
