package io.crisisrules.model;

/**
 * What kind of reputation crisis an incident is (policy TYP-02, the seed articles' typology), and
 * the responsibility clusters of Coombs' situational crisis communication theory (policy RSP-16).
 * The finer SCCT crisis type is the incident's {@link CrisisFrame}.
 */
public enum CrisisType {
    /**
     * The brand's own mistake: its people, decisions, processes or communication did wrong (a human
     * error, an offensive message, misconduct, a known risk ignored).
     */
    INTERNAL_ERROR(Responsibility.PREVENTABLE),
    /**
     * What the brand sells or how it serves failed or disappointed (a defect, an outage, a delivery
     * failure), with no misconduct, negligence or human error of the brand established.
     */
    PRODUCT_SERVICE_CRITICISM(Responsibility.ACCIDENTAL),
    /** An accusation shown to be false. */
    UNFOUNDED_ACCUSATION(Responsibility.VICTIM),
    /**
     * A hoax, a rumour, a claim not validated yet, or a wave of mockery or controversy in which no
     * fault of the brand is established.
     */
    BAD_BUZZ(Responsibility.VICTIM),
    /** Outsiders attacked the brand or its customers: tampering, sabotage, a cyberattack, fraud in its name. */
    MALEVOLENCE(Responsibility.VICTIM),
    /** A marketing failure with no public reputation crisis (yet). */
    NONE(Responsibility.VICTIM);

    private final Responsibility responsibility;

    CrisisType(Responsibility responsibility) {
        this.responsibility = responsibility;
    }

    /**
     * @return the responsibility cluster of this kind of crisis's {@linkplain CrisisFrame#typical
     *         typical frame}; an incident's own {@link Incident#cluster()} follows its frame
     */
    public Responsibility responsibility() {
        return responsibility;
    }

    /** Crisis responsibility clusters of Coombs (2007), each with its {@linkplain #rank() rank}. */
    public enum Responsibility {
        /** The brand is a victim too: rumour, hoax, malevolence. */
        VICTIM(0),
        /** An accident: technical error, challenge. */
        ACCIDENTAL(1),
        /** Preventable: human error, misdeed. */
        PREVENTABLE(2);

        private final int rank;

        Responsibility(int rank) {
            this.rank = rank;
        }

        /** @return how much responsibility the cluster attributes to the brand: 0 for {@link #VICTIM}, one more per cluster */
        public int rank() {
            return rank;
        }

        /** @return the next cluster up, or this one when it is already the highest */
        public Responsibility raised() {
            return java.util.Arrays.stream(values()).filter(c -> c.rank == rank + 1).findFirst().orElse(this);
        }
    }
}
