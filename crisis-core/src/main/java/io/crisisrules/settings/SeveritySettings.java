package io.crisisrules.settings;

import java.time.Duration;

/**
 * Thresholds of the severity rules (TYP-04, TYP-05, TYP-07). Keys are {@code severity.<component>}.
 * Severity is relative to the brand (its audience and usual volume) with absolute levels that make
 * a crisis major or moderate whatever the brand's size, and floors below which no relative measure
 * counts.
 *
 * @param majorNegativeReachPerHour TYP-04 people reached per hour by negative content for a major crisis
 * @param majorTotalReach           TYP-04 total reach that, with a negative majority, makes a major crisis
 * @param majorNegativeShare        TYP-04 negative share that goes with the total reach
 * @param moderateFraction          TYP-04 fraction of the major reach thresholds that makes a moderate crisis
 * @param moderateAudienceShare     TYP-04 negative reach as a share of the brand's audience for a moderate crisis
 * @param moderateReachFloor        TYP-04 fewest people reached by negative content for the audience share to count
 * @param moderateSurge             TYP-04 mentions as a multiple of the usual volume below which reach alone is never major
 * @param negativeMentionsFloor     TYP-04, TYP-05 fewest negative mentions on a channel for growth and spread to count
 * @param moderatePeopleAffected    TYP-04 people affected for a moderate crisis
 * @param majorPeopleAffected       TYP-04 people affected for a major crisis
 * @param relayAudienceShare        TYP-05 critical relays' audience, as a multiple of the brand's, that aggravates
 * @param relayAudienceMinimum      TYP-05 critical relays' audience that aggravates when the brand's is unknown
 * @param accelerationRatio         TYP-05 growth of negative mentions per hour from one window to the next that aggravates
 * @param spreadChannels            TYP-04 channels with negative mentions in numbers that make a crisis moderate
 * @param topicReportsMinimum       TYP-05 reports of a safety or legal topic that make it an exposure
 * @param recurrenceWindow          TYP-05 how far back a crisis of the same type aggravates a new one
 * @param downgradeAfter            TYP-07 how long an improvement must hold before severity goes down
 */
public record SeveritySettings(
        @Setting(policy = "TYP-04", description = "People reached per hour by negative content (potential impressions, as listening tools count reach), all channels together, that make a major crisis whatever the brand's size: about 100 million a day, viral national or international coverage.",
                defaultValue = "4000000", min = "1")
        double majorNegativeReachPerHour,
        @Setting(policy = "TYP-04", description = "Total reach (potential impressions) of the latest windows that, with a negative share at or above majorNegativeShare, makes a major crisis whatever the brand's size.",
                defaultValue = "100000000", min = "1")
        long majorTotalReach,
        @Setting(policy = "TYP-04", description = "Negative share of mentions that goes with majorTotalReach.",
                defaultValue = "0.50", min = "0.01", max = "1")
        double majorNegativeShare,
        @Setting(policy = "TYP-04", description = "Fraction of the major reach thresholds at which a crisis is moderate (0.05: 200,000 people an hour, 5 million in all: national press or wide social pick-up).",
                defaultValue = "0.05", min = "0.001", max = "0.99")
        double moderateFraction,
        @Setting(policy = "TYP-04", description = "People reached by negative content, as a share of the brand's own audience, that make a crisis moderate (with moderateReachFloor): the story has left the brand's community.",
                defaultValue = "0.5", min = "0.01", max = "100")
        double moderateAudienceShare,
        @Setting(policy = "TYP-04", description = "Fewest people reached by negative content (potential impressions) for the share of the brand's audience to count: small numbers never make a crisis bigger.",
                defaultValue = "1000000", min = "1")
        long moderateReachFloor,
        @Setting(policy = "TYP-04", description = "Mentions as a multiple of the brand's usual volume below which reach alone never makes its crisis major (2: they have not even doubled): a national brand's ordinary criticism is not a crisis.",
                defaultValue = "2", min = "1.1", max = "1000")
        double moderateSurge,
        @Setting(policy = {"TYP-04", "TYP-05"}, description = "Fewest negative mentions in a channel's latest window for its growth (TYP-05) and its spread (TYP-04) to count.",
                defaultValue = "50", min = "1")
        long negativeMentionsFloor,
        @Setting(policy = "TYP-04", description = "People affected (harmed, at risk, out of service) that make a crisis moderate.",
                defaultValue = "10000", min = "1")
        long moderatePeopleAffected,
        @Setting(policy = "TYP-04", description = "People affected (harmed, at risk, out of service) that make a crisis major.",
                defaultValue = "1000000", min = "1")
        long majorPeopleAffected,
        @Setting(policy = "TYP-05", description = "Total audience of the critical relays, as a multiple of the brand's own audience, that aggravates: the story reaches people the brand does not.",
                defaultValue = "1.0", min = "0.01", max = "1000")
        double relayAudienceShare,
        @Setting(policy = "TYP-05", description = "Total audience of the critical relays that aggravates when the brand's own audience is unknown.",
                defaultValue = "1000000", min = "1")
        long relayAudienceMinimum,
        @Setting(policy = "TYP-05", description = "Negative mentions per hour on a channel as a multiple of its previous window that make an accelerating crisis.",
                defaultValue = "2.0", min = "1.1", max = "1000")
        double accelerationRatio,
        @Setting(policy = "TYP-04", description = "Channels with at least negativeMentionsFloor negative mentions each that make a crisis moderate: it has spread across channels.",
                defaultValue = "3", min = "2", max = "20")
        int spreadChannels,
        @Setting(policy = "TYP-05", description = "Reports of a safety or legal topic (mentions, complaints, claims) that make it an exposure when the host states no harm: a stray tag is not.",
                defaultValue = "20", min = "1")
        long topicReportsMinimum,
        @Setting(policy = {"TYP-05", "RSP-17"}, description = "How far back a crisis of the same type aggravates a new one and raises the responsibility attributed to the brand.",
                defaultValue = "365d", min = "1d", max = "3650d")
        Duration recurrenceWindow,
        @Setting(policy = "TYP-07", description = "How long lower evidence must hold before an incident's severity goes down (no flapping).",
                defaultValue = "2h", min = "0s", max = "7d")
        Duration downgradeAfter) {
}
