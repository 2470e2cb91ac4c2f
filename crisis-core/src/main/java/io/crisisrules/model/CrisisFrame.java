package io.crisisrules.model;

/**
 * How the public frames a crisis: the crisis types of Coombs' situational crisis communication
 * theory (SCCT, 2007), grouped into the three responsibility clusters (policy RSP-16). The frame
 * says who the public holds responsible before any intensifier; {@link CrisisType} is the seed
 * articles' typology (TYP-02) derived from it.
 */
public enum CrisisFrame {
    /** Victim cluster: a natural disaster, a pandemic, an event nobody controls. */
    NATURAL_DISASTER(CrisisType.Responsibility.VICTIM, CrisisType.PRODUCT_SERVICE_CRITICISM),
    /** Victim cluster: false or not yet verified information about the brand (hoax, rumour). */
    RUMOUR(CrisisType.Responsibility.VICTIM, CrisisType.BAD_BUZZ),
    /** Victim cluster: violence by a current or former employee or an outsider at the workplace. */
    WORKPLACE_VIOLENCE(CrisisType.Responsibility.VICTIM, CrisisType.MALEVOLENCE),
    /** Victim cluster: outsiders attack the brand or its customers (tampering, cyberattack, fraud, sabotage). */
    MALEVOLENCE(CrisisType.Responsibility.VICTIM, CrisisType.MALEVOLENCE),
    /** Accidental cluster: stakeholders claim the brand acts inappropriately (a stance, a policy contested). */
    CHALLENGE(CrisisType.Responsibility.ACCIDENTAL, CrisisType.BAD_BUZZ),
    /** Accidental cluster: a technology or supplier failure causes an accident (an outage, a breakdown). */
    TECHNICAL_ERROR_ACCIDENT(CrisisType.Responsibility.ACCIDENTAL, CrisisType.PRODUCT_SERVICE_CRITICISM),
    /** Accidental cluster: a technology or supplier failure makes a product defective or harmful (a recall). */
    TECHNICAL_ERROR_PRODUCT_HARM(CrisisType.Responsibility.ACCIDENTAL, CrisisType.PRODUCT_SERVICE_CRITICISM),
    /** Preventable cluster: a human error causes an accident (including an offensive or wrong message). */
    HUMAN_ERROR_ACCIDENT(CrisisType.Responsibility.PREVENTABLE, CrisisType.INTERNAL_ERROR),
    /** Preventable cluster: a human error makes a product defective or harmful. */
    HUMAN_ERROR_PRODUCT_HARM(CrisisType.Responsibility.PREVENTABLE, CrisisType.INTERNAL_ERROR),
    /** Preventable cluster: management knowingly deceived, broke rules or put people at risk. */
    ORGANISATIONAL_MISDEED(CrisisType.Responsibility.PREVENTABLE, CrisisType.INTERNAL_ERROR),
    /** No public crisis: a marketing failure seen in the indicators only. */
    NONE(CrisisType.Responsibility.VICTIM, CrisisType.NONE);

    private final CrisisType.Responsibility cluster;
    private final CrisisType crisisType;

    CrisisFrame(CrisisType.Responsibility cluster, CrisisType crisisType) {
        this.cluster = cluster;
        this.crisisType = crisisType;
    }

    /** @return the SCCT cluster: how much responsibility the public attributes before intensifiers */
    public CrisisType.Responsibility cluster() {
        return cluster;
    }

    /**
     * @return the seed typology's crisis type this frame usually is; a rumour whose refuted claim
     *         accused the brand is an {@link CrisisType#UNFOUNDED_ACCUSATION} instead
     */
    public CrisisType crisisType() {
        return crisisType;
    }

    /** @return whether the frame involves a failure of a product or of the brand's operations */
    public boolean isProductHarm() {
        return this == TECHNICAL_ERROR_PRODUCT_HARM || this == HUMAN_ERROR_PRODUCT_HARM;
    }

    /**
     * The frame a host override or an incident from an older version implies when only the crisis
     * type is known.
     *
     * @param type the crisis type
     * @return its most usual frame
     */
    public static CrisisFrame typical(CrisisType type) {
        return switch (type) {
            case INTERNAL_ERROR -> HUMAN_ERROR_ACCIDENT;
            case PRODUCT_SERVICE_CRITICISM -> TECHNICAL_ERROR_ACCIDENT;
            case UNFOUNDED_ACCUSATION, BAD_BUZZ -> RUMOUR;
            case MALEVOLENCE -> MALEVOLENCE;
            case NONE -> NONE;
        };
    }
}
