package io.crisisrules.settings;

import java.time.Duration;

/**
 * Thresholds of the moderation rules (MOD-01…MOD-08). A classifier score at or above
 * {@code actionThreshold} is acted on; between {@code reviewThreshold} and {@code actionThreshold}
 * the comment is held for a person (MOD-08). Keys are {@code moderation.<component>}.
 *
 * @param reviewThreshold lowest score at which an abusive label sends the comment to review
 * @param actionThreshold lowest score at which a label is acted on as certain
 * @param replyWithin     MOD-03 time from posting to the reply
 */
public record ModerationSettings(
        @Setting(policy = "MOD-08", description = "Lowest classifier score at which a label sends the comment to human review.",
                defaultValue = "0.50", min = "0.01", max = "1")
        double reviewThreshold,
        @Setting(policy = {"MOD-01", "MOD-08"}, description = "Lowest classifier score at which a label is acted on as certain.",
                defaultValue = "0.85", min = "0.01", max = "1")
        double actionThreshold,
        @Setting(policy = "MOD-03", description = "Time from posting to the reply to a constructive criticism.",
                defaultValue = "4h", min = "1m", max = "72h")
        Duration replyWithin) {
}
