package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.TriggerOrigin;

import java.time.Instant;

/**
 * The one fact every evaluation starts with: when it runs and whose brand it is. Rules compute
 * deadlines from {@code now} (the engine's clock), never from the system time.
 *
 * @param now     the evaluation time
 * @param brand   the brand
 * @param trigger where the incident started, when the host knows
 */
public record EvaluationContext(Instant now, BrandContext brand, TriggerOrigin trigger) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param now the evaluation time
     * @param brand the brand
     * @param trigger where the incident started, when the host knows
     */
    public EvaluationContext {
        Checks.required("now", now);
        Checks.required("brand", brand);
        Checks.required("trigger", trigger);
    }
}
