/**
 * Measuring the spike detector on labelled history: {@link io.crisisrules.examples.quality.NabCorpus}
 * reads a directory in the layout of the Numenta Anomaly Benchmark and
 * {@link io.crisisrules.examples.quality.NabScorer} scores detections the way NAB does. The
 * {@code crisis detection-quality} command puts them together.
 */
package io.crisisrules.examples.quality;
