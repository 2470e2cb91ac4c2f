package io.crisisrules.testing;

/**
 * Which situations the {@link Generators} favour. Every value is valid either way; the bias only
 * moves the odds.
 */
public enum Bias {
    /** Mostly ordinary days: small audiences, few claims, comments of every kind. */
    NEUTRAL,
    /**
     * Mostly crises: negative reach around and above the severity thresholds, claims (often
     * unverified), safety and legal topics, relays, abusive comments, repeat offenders, complaints.
     */
    CRISIS;

    /**
     * @param neutral the weight of something under {@link #NEUTRAL}
     * @param crisis  its weight under {@link #CRISIS}
     * @return the weight that applies
     */
    int weight(int neutral, int crisis) {
        return this == CRISIS ? crisis : neutral;
    }
}
