package io.crisisrules.settings;

import java.time.Duration;

/**
 * Deadlines of the response rules (RSP, PLAN, POST). Keys are {@code response.<component>}.
 *
 * @param firstResponseWithin RSP-01 time from detection to the first public response
 */
public record ResponseSettings(
        @Setting(policy = "RSP-01", description = "Time from detection to the first public response (seed 001: ideally within 4 hours).",
                defaultValue = "4h", min = "1m", max = "72h")
        Duration firstResponseWithin) {
}
