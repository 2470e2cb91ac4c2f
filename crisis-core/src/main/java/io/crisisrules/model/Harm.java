package io.crisisrules.model;

import io.crisisrules.checks.Checks;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What people suffered, as far as the host knows: whether anyone was hurt, put at risk, lost money,
 * had personal data exposed or lost a service they pay for, and how many people were affected. Harm
 * sizes the crisis (TYP-04, TYP-05), decides compensation (only where people suffered a loss,
 * RSP-03, RSP-16), forbids humour (RSP-06) and, when outsiders attacked, calls for instructing
 * information and cooperation with the authorities (RSP-16). A snapshot without harm means
 * "not known"; {@link #NONE} means "known: nobody suffered anything".
 *
 * @param kinds          what people suffered; empty when nobody suffered anything
 * @param peopleAffected how many people were affected in any of these ways (0 when unknown or none)
 */
public record Harm(Set<Kind> kinds, long peopleAffected) {

    /** Known: nobody suffered anything. */
    public static final Harm NONE = new Harm(Set.of(), 0);

    /**
     * Creates one, rejecting invalid components.
     *
     * @param kinds what people suffered; empty when nobody suffered anything
     * @param peopleAffected how many people were affected in any of these ways (0 when unknown or none)
     */
    public Harm {
        kinds = Checks.enumSet("kinds", kinds, Kind.class);
        Checks.nonNegative("peopleAffected", peopleAffected);
    }

    /**
     * @param kinds what people suffered
     * @return harm of those kinds, with no count of the people affected
     */
    public static Harm of(Kind... kinds) {
        Set<Kind> set = EnumSet.noneOf(Kind.class);
        Collections.addAll(set, kinds);
        return new Harm(set, 0);
    }

    /** @return whether people were physically hurt, killed or put at risk */
    public boolean endangersPeople() {
        return kinds.contains(Kind.DEATH) || kinds.contains(Kind.INJURY) || kinds.contains(Kind.HEALTH_RISK);
    }

    /** What people suffered. */
    public enum Kind {
        /** Someone died. */
        DEATH(true, true),
        /** Someone was injured or fell ill. */
        INJURY(true, true),
        /** People's health or safety was put at risk (a recall, an exposure), nobody hurt yet. */
        HEALTH_RISK(true, true),
        /** People lost money: charges, fees, fraud, a paid service not delivered. */
        FINANCIAL_LOSS(true, true),
        /** People's personal data was exposed or misused. */
        PERSONAL_DATA(true, true),
        /** People could not use a service or product they rely on for a while (an outage, a delay). */
        SERVICE_LOSS(true, false);

        private final boolean loss;
        private final boolean harmsPeople;

        Kind(boolean loss, boolean harmsPeople) {
            this.loss = loss;
            this.harmsPeople = harmsPeople;
        }

        /** @return whether people who suffered this lost something a compensation can make up for */
        public boolean isLoss() {
            return loss;
        }

        /**
         * @return whether this harms people beyond an inconvenience, so that humour would trivialise
         *         it (RSP-06); a passing loss of service does not
         */
        public boolean harmsPeople() {
            return harmsPeople;
        }
    }
}
