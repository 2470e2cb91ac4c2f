package io.crisisrules;

import java.util.List;

/**
 * A rule of a built engine, as a rule author sees it.
 *
 * @param name        the rule's name
 * @param file        the DRL file it comes from
 * @param phase       its phase: {@code detection}, {@code classification} or {@code decision}
 * @param policyIds   the policy IDs in its {@code @policy} metadata
 * @param description its {@code @description} metadata, empty when missing
 */
public record RuleInfo(String name, String file, String phase, List<String> policyIds, String description) {

    /**
     * Creates one from its components.
     *
     * @param name the rule's name
     * @param file the DRL file it comes from
     * @param phase its phase: {@code detection}, {@code classification} or {@code decision}
     * @param policyIds the policy IDs in its {@code @policy} metadata
     * @param description its {@code @description} metadata, empty when missing
     */
    public RuleInfo {
        policyIds = List.copyOf(policyIds);
    }
}
