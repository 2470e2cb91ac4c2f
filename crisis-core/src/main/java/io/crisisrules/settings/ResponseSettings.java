package io.crisisrules.settings;

import java.time.Duration;

/**
 * Deadlines of the response rules (RSP, PLAN, POST). Keys are {@code response.<component>}.
 *
 * @param firstResponseWithin RSP-01 time from detection to the first public response
 * @param routineMonitoring   PLAN-01 how often warning signals are checked without an open crisis
 * @param crisisMonitoring    PLAN-01 how often they are checked while a crisis is open
 */
public record ResponseSettings(
        @Setting(policy = "RSP-01", description = "Time from detection to the first public response (seed 001: ideally within 4 hours).",
                defaultValue = "4h", min = "1m", max = "72h")
        Duration firstResponseWithin,
        @Setting(policy = "PLAN-01", description = "How often warning signals are checked when no crisis is open (daily).",
                defaultValue = "24h", min = "1m", max = "7d")
        Duration routineMonitoring,
        @Setting(policy = "PLAN-01", description = "How often warning signals are checked while a crisis is open (several times a day).",
                defaultValue = "2h", min = "1m", max = "24h")
        Duration crisisMonitoring) {
}
