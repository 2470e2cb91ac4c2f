package io.crisisrules.model;

import io.crisisrules.InvalidInputException;
import io.crisisrules.checks.Checks;

import java.time.Instant;
import java.util.List;

/**
 * One step of a response plan: what to do, who owns it, where, by when, how to phrase it.
 * Response rules insert these; the engine adds the explanation. A house's own plan action
 * ({@code use = plan} in {@code house-actions.properties}, added by a house rule's
 * {@link io.crisisrules.facts.HousePlanFinding}) is a {@link ActionKind#HOUSE_ACTION} whose
 * {@link #house()} is its declaration and whose subject is the declaration's key.
 *
 * @param incidentId  the incident it answers
 * @param kind        what to do
 * @param subject     what it applies to when the kind needs one (an influencer's handle, a claim
 *                    id), or {@code null}
 * @param owner       who owns it
 * @param channel     where it happens
 * @param due         when it must be done
 * @param dos         how to do it
 * @param donts       what to avoid
 * @param explanation the rules that asked for it
 * @param house       for a {@link ActionKind#HOUSE_ACTION}, the house action it carries out (key, owner, channel,
 *                    text, policy ID as declared); {@code null} for the library's own actions
 */
public record ResponseAction(String incidentId, ActionKind kind, String subject, OwnerRole owner, Channel channel,
                             Instant due, List<Guideline> dos, List<Guideline> donts, Explanation explanation,
                             HouseAction house) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param incidentId the incident it answers
     * @param kind what to do
     * @param subject what it applies to when the kind needs one (an influencer's handle, a claim id), or {@code null}
     * @param owner who owns it
     * @param channel where it happens
     * @param due when it must be done
     * @param dos how to do it
     * @param donts what to avoid
     * @param explanation the rules that asked for it
     * @param house for a {@link ActionKind#HOUSE_ACTION}, the house action it carries out; {@code null} for the library's own actions
     * @throws io.crisisrules.InvalidInputException also when a {@code HOUSE_ACTION} has no house action or its
     *         subject is not the house action's key, or another kind has one
     */
    public ResponseAction {
        Checks.text("incidentId", incidentId);
        Checks.required("kind", kind);
        Checks.optionalText("subject", subject);
        Checks.required("owner", owner);
        Checks.required("channel", channel);
        Checks.required("due", due);
        dos = Checks.list("dos", dos);
        donts = Checks.list("donts", donts);
        Checks.required("explanation", explanation);
        if (kind == ActionKind.HOUSE_ACTION) {
            if (house == null) {
                throw new InvalidInputException("house", null, "be the declared house action of a HOUSE_ACTION"
                        + " (house rules insert a HousePlanFinding)");
            }
            if (!house.key().equals(subject)) {
                throw new InvalidInputException("subject", subject, "be the key of the house action, " + house.key());
            }
        } else if (house != null) {
            throw new InvalidInputException("house", house.key(), "be null for a " + kind
                    + " action: only a HOUSE_ACTION carries a house action");
        }
    }

    /**
     * One of the library's own actions, with no house action.
     *
     * @param incidentId the incident it answers
     * @param kind what to do
     * @param subject what it applies to when the kind needs one (an influencer's handle, a claim id), or {@code null}
     * @param owner who owns it
     * @param channel where it happens
     * @param due when it must be done
     * @param dos how to do it
     * @param donts what to avoid
     * @param explanation the rules that asked for it
     */
    public ResponseAction(String incidentId, ActionKind kind, String subject, OwnerRole owner, Channel channel,
                          Instant due, List<Guideline> dos, List<Guideline> donts, Explanation explanation) {
        this(incidentId, kind, subject, owner, channel, due, dos, donts, explanation, null);
    }

    /**
     * The form response rules use; the engine adds the explanation.
     *
     * @param incidentId the incident it answers
     * @param kind what to do
     * @param subject what it applies to when the kind needs one (an influencer's handle, a claim id), or {@code null}
     * @param owner who owns it
     * @param channel where it happens
     * @param due when it must be done
     * @param dos how to do it
     * @param donts what to avoid
     */
    public ResponseAction(String incidentId, ActionKind kind, String subject, OwnerRole owner, Channel channel,
                          Instant due, List<Guideline> dos, List<Guideline> donts) {
        this(incidentId, kind, subject, owner, channel, due, dos, donts, Explanation.NONE, null);
    }

    /** @return what identifies the action within its plan: kind and subject */
    public String key() {
        return subject == null ? kind.name() : kind + "/" + subject;
    }

    /**
     * @param now the time to compare the deadline with
     * @return whether the action is past its deadline at {@code now}
     */
    public boolean isOverdueAt(Instant now) {
        return due.isBefore(now);
    }

    /**
     * @param requestedAt    when its approval was requested
     * @param approvalDelay  how long internal approval usually takes
     * @return whether an approval requested then would come after the deadline (RSP-14)
     */
    public boolean approvalWouldMissDeadline(Instant requestedAt, java.time.Duration approvalDelay) {
        return requestedAt.plus(approvalDelay).isAfter(due);
    }

    /**
     * @param explanation the rules that asked for it
     * @return the same action with its explanation
     */
    public ResponseAction withExplanation(Explanation explanation) {
        return new ResponseAction(incidentId, kind, subject, owner, channel, due, dos, donts, explanation, house);
    }
}
