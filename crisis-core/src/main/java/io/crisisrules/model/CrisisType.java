package io.crisisrules.model;

/**
 * What kind of reputation crisis an incident is (policy TYP-02), and the responsibility the public
 * attributes to the brand for it (policy RSP-16, after Coombs' situational crisis communication
 * theory).
 */
public enum CrisisType {
    /** The brand's own mistake: an employee, a process, its own communication. */
    INTERNAL_ERROR(Responsibility.PREVENTABLE),
    /** Criticism of a product or service. */
    PRODUCT_SERVICE_CRITICISM(Responsibility.ACCIDENTAL),
    /** An accusation shown to be false. */
    UNFOUNDED_ACCUSATION(Responsibility.VICTIM),
    /** A hoax or rumour, including a claim not validated yet. */
    BAD_BUZZ(Responsibility.VICTIM),
    /** A marketing failure with no public reputation crisis (yet). */
    NONE(Responsibility.VICTIM);

    private final Responsibility responsibility;

    CrisisType(Responsibility responsibility) {
        this.responsibility = responsibility;
    }

    /** @return the responsibility the public attributes to the brand for this kind of crisis */
    public Responsibility responsibility() {
        return responsibility;
    }

    /** Crisis responsibility clusters of Coombs (2007), in increasing order. */
    public enum Responsibility {
        /** The brand is a victim too: rumour, hoax, malevolence. */
        VICTIM,
        /** An accident: technical error, challenge. */
        ACCIDENTAL,
        /** Preventable: human error, misdeed. */
        PREVENTABLE;

        /** @return the next cluster up, or this one when it is already the highest */
        public Responsibility raised() {
            return this == PREVENTABLE ? PREVENTABLE : values()[ordinal() + 1];
        }
    }
}
