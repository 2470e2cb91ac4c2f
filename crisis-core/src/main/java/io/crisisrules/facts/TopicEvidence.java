package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Topic;

/**
 * How often a topic was reported, across mentions, complaints and claims. The engine inserts one
 * per topic reported, before the rules run, so typology rules reason over topics without counting.
 *
 * @param topic   the topic
 * @param reports how many mentions, complaints and claims reported it; at least 1
 */
public record TopicEvidence(Topic topic, long reports) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param topic the topic
     * @param reports how many mentions, complaints and claims reported it; at least 1
     */
    public TopicEvidence {
        Checks.required("topic", topic);
        if (reports < 1) {
            throw new io.crisisrules.InvalidInputException("reports", reports, "be >= 1");
        }
    }
}
