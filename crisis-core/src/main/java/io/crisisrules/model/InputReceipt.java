package io.crisisrules.model;

/**
 * What an evaluation received, by kind, so a host can check that nothing it handed in went
 * missing: every comment has a decision, every other item is counted here.
 *
 * @param metrics    metric observations received
 * @param mentions   listening windows received
 * @param relays     relays received
 * @param claims     claims received
 * @param comments   comments received (each has exactly one moderation decision)
 * @param complaints complaints received
 * @param customers  customer recency records received
 * @param mentionCounts intervals of the mention series received
 * @param signals    warning signals handed in (each is also in the assessment's signals)
 * @param statements the brand's earlier public statements received
 */
public record InputReceipt(int metrics, int mentions, int relays, int claims, int comments, int complaints,
                           int customers, int mentionCounts, int signals, int statements) {

    /**
     * The form without statements (none received).
     *
     * @param metrics metric observations received
     * @param mentions listening windows received
     * @param relays relays received
     * @param claims claims received
     * @param comments comments received (each has exactly one moderation decision)
     * @param complaints complaints received
     * @param customers customer recency records received
     * @param mentionCounts intervals of the mention series received
     * @param signals warning signals handed in (each is also in the assessment's signals)
     */
    public InputReceipt(int metrics, int mentions, int relays, int claims, int comments, int complaints,
                        int customers, int mentionCounts, int signals) {
        this(metrics, mentions, relays, claims, comments, complaints, customers, mentionCounts, signals, 0);
    }

    /**
     * @param snapshot the snapshot handed in
     * @return the counts of a snapshot
     */
    public static InputReceipt of(Snapshot snapshot) {
        return new InputReceipt(snapshot.metrics().size(), snapshot.mentions().size(), snapshot.relays().size(),
                snapshot.claims().size(), snapshot.comments().size(), snapshot.complaints().size(),
                snapshot.customers().size(), snapshot.mentionHistory().size(), snapshot.signals().size(),
                snapshot.statements().size());
    }
}
