package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Guideline;

import java.util.List;

/**
 * Dos and don'ts that apply to every public message of the plan (RSP-07 universal principles,
 * RSP-09 same message everywhere). The engine adds them to each action published on a public
 * channel, and the rule that asked for them to the action's explanation.
 *
 * @param dos   what every public message does
 * @param donts what no public message does
 */
public record MessageGuidelines(List<Guideline> dos, List<Guideline> donts) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param dos what every public message does
     * @param donts what no public message does
     */
    public MessageGuidelines {
        dos = Checks.list("dos", dos);
        donts = Checks.list("donts", donts);
    }
}
