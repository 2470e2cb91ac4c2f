package io.crisisrules;

import java.util.List;

/**
 * What a rule author's folders changed in the default rules, as an engine built with
 * {@link CrisisEngine.Builder#rulesDirectory} reports it ({@link CrisisEngine#overlay()}). An overlay
 * that leaves a default policy ID without any rule is refused at build time, unless the host
 * names that ID with {@link CrisisEngine.Builder#allowRemovedPolicies}; those it accepted are
 * listed here.
 *
 * @param replacedFiles     the default files replaced, by relative path ({@code moderation/abusive-content.drl})
 * @param addedFiles        the files added, by relative path
 * @param removedPolicyIds  default policy IDs no rule implements any more (each allowed by the host)
 * @param addedPolicyIds    policy IDs the overlay implements that no default rule does ({@code ACME-101})
 */
public record RuleOverlay(List<String> replacedFiles, List<String> addedFiles, List<String> removedPolicyIds,
                          List<String> addedPolicyIds) {

    /** No overlay: the default rules alone, or no default rules at all. */
    public static final RuleOverlay NONE = new RuleOverlay(List.of(), List.of(), List.of(), List.of());

    /**
     * Creates one, rejecting invalid components.
     *
     * @param replacedFiles     the default files replaced, by relative path ({@code moderation/abusive-content.drl})
     * @param addedFiles        the files added, by relative path
     * @param removedPolicyIds  default policy IDs no rule implements any more (each allowed by the host)
     * @param addedPolicyIds    policy IDs the overlay implements that no default rule does ({@code ACME-101})
     */
    public RuleOverlay {
        replacedFiles = List.copyOf(replacedFiles);
        addedFiles = List.copyOf(addedFiles);
        removedPolicyIds = List.copyOf(removedPolicyIds);
        addedPolicyIds = List.copyOf(addedPolicyIds);
    }

    /** @return whether the overlay changes nothing */
    public boolean isEmpty() {
        return replacedFiles.isEmpty() && addedFiles.isEmpty();
    }
}
