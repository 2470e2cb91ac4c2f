package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.Severity;

/**
 * The highest level reach alone gives a crisis in which the brand is a victim (SCCT victim
 * cluster) and nobody is known to have suffered (TYP-04): its reputational threat is low, however
 * far the story travels, and a hijacked account or a debunked hoax seen by millions is not a major
 * crisis until it has consequences (TYP-05 still raises it). Applied by the incident resolver once
 * the frame is known.
 *
 * @param level the highest level that exposure evidence may give
 */
public record ExposureCap(Severity level) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param level the highest level that exposure evidence may give
     */
    public ExposureCap {
        Checks.required("level", level);
    }
}
