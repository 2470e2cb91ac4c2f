package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.time.Duration;
import java.time.Instant;

/**
 * A customer complaint recorded in the host's CRM or helpdesk.
 *
 * @param id         the host's identifier, unique in a snapshot
 * @param customerId the customer, or {@code null} when anonymous
 * @param channel    where it was received
 * @param status     where it stands
 * @param receivedAt when it was received
 * @param topic      what it is about, or {@code null}
 */
public record Complaint(String id, String customerId, ComplaintChannel channel, ComplaintStatus status,
                        Instant receivedAt, Topic topic) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param id the host's identifier, unique in a snapshot
     * @param customerId the customer, or {@code null} when anonymous
     * @param channel where it was received
     * @param status where it stands
     * @param receivedAt when it was received
     * @param topic what it is about, or {@code null}
     */
    public Complaint {
        Checks.text("id", id);
        Checks.optionalText("customerId", customerId);
        Checks.required("channel", channel);
        Checks.required("status", status);
        Checks.required("receivedAt", receivedAt);
    }

    /**
     * @param now the time of the evaluation
     * @return how long the complaint has been waiting at {@code now} (zero if received later)
     */
    public Duration ageAt(Instant now) {
        Duration age = Duration.between(receivedAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** @return whether the customer's problem is still unsolved */
    public boolean isUnresolved() {
        return status.isUnresolved();
    }
}
