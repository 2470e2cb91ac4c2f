package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Channel;

/**
 * The negative mentions of one channel in its latest listening window, and in the window before
 * when the snapshot has one: how the severity rules see a crisis spread and grow (TYP-05).
 * Computed by the engine from the snapshot before the rules run.
 *
 * @param channel                 the channel
 * @param negativeMentions        negative mentions in its latest window
 * @param negativePerHour         of which per hour
 * @param previousNegativePerHour negative mentions per hour in the window before, or -1 when the
 *                                snapshot has no earlier window for this channel
 */
public record ChannelExposure(Channel channel, long negativeMentions, double negativePerHour,
                              double previousNegativePerHour) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param channel the channel
     * @param negativeMentions negative mentions in its latest window
     * @param negativePerHour of which per hour
     * @param previousNegativePerHour negative mentions per hour in the window before, or -1 when the snapshot has no earlier window for this channel
     */
    public ChannelExposure {
        Checks.required("channel", channel);
        Checks.nonNegative("negativeMentions", negativeMentions);
        Checks.nonNegative("negativePerHour", negativePerHour);
    }

    /** @return whether the snapshot has an earlier window of this channel */
    public boolean hasPreviousWindow() {
        return previousNegativePerHour >= 0;
    }

    /**
     * @return negative mentions per hour as a multiple of the window before; 0 without an earlier
     *         window, and the current rate itself when the earlier one had none
     */
    public double growth() {
        if (!hasPreviousWindow()) {
            return 0;
        }
        return previousNegativePerHour == 0 ? negativePerHour : Checks.decimal(negativePerHour / previousNegativePerHour);
    }
}
