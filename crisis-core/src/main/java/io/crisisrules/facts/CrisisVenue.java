package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Channel;

/**
 * Where the crisis is happening, so that public actions are published there (RSP-09). A
 * classification rule infers it once per evaluation from the mentions and comments; response rules
 * read it instead of each collecting every mention and comment again.
 *
 * @param channel the channel to answer on
 */
public record CrisisVenue(Channel channel) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param channel the channel to answer on
     */
    public CrisisVenue {
        Checks.required("channel", channel);
    }
}
