package io.crisisrules.model;

import io.crisisrules.checks.Checks;

/**
 * Something said about the brand that may or may not be true, such as "this brand tests on
 * animals". Policy TYP-03: a claim from an unverified source gets no substantive answer until it is
 * validated; the incident's verification follows its <em>main</em> claims, so an unverified side
 * rumour does not hold back the answer to an established main fact.
 *
 * @param id         the host's identifier, unique in a snapshot
 * @param statement  the claim, in a few words
 * @param topic      what it is about, or {@code null}
 * @param source     who made it: an account, a site, a newspaper
 * @param status     whether it has been validated, and how
 * @param allegation what it says the brand (or someone) did; see {@link Allegation}
 * @param role       whether it is the main fact of the crisis or a side claim, or {@code null} when
 *                   the host does not say (then the rules decide, TYP-03)
 */
public record Claim(String id, String statement, Topic topic, String source, Status status, Allegation allegation,
                    Role role) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param id the host's identifier, unique in a snapshot
     * @param statement the claim, in a few words
     * @param topic what it is about, or {@code null}
     * @param source who made it: an account, a site, a newspaper
     * @param status whether it has been validated, and how
     * @param allegation what it says the brand (or someone) did; see {@link Allegation}
     * @param role whether it is the main fact of the crisis or a side claim, or {@code null} when the host does not say (then the rules decide, TYP-03)
     */
    public Claim {
        Checks.text("id", id);
        Checks.text("statement", statement);
        Checks.text("source", source);
        Checks.required("status", status);
        Checks.required("allegation", allegation);
    }

    /**
     * The form of earlier versions, which only said whether the claim accuses the brand: the
     * allegation is read from that and the topic ({@link Allegation#inferred}), and the role is left
     * to the rules.
     *
     * @param accusesBrand whether the claim blames the brand rather than being a hoax or a joke
     * @param id the host's identifier, unique in a snapshot
     * @param statement the claim, in a few words
     * @param topic what it is about, or {@code null}
     * @param source who made it: an account, a site, a newspaper
     * @param status whether it has been validated, and how
     */
    public Claim(String id, String statement, Topic topic, String source, Status status, boolean accusesBrand) {
        this(id, statement, topic, source, status, Allegation.inferred(accusesBrand, topic), null);
    }

    /** @return whether the claim blames the brand for something (see {@link Allegation#accusesBrand()}) */
    public boolean accusesBrand() {
        return allegation.accusesBrand();
    }

    /** @return whether the host marked this claim as the main fact of the crisis */
    public boolean isMarkedMain() {
        return role == Role.MAIN;
    }

    /**
     * @param role whether it is the main fact of the crisis or a side claim, or {@code null} when the host does not say (then the rules decide, TYP-03)
     * @return a copy with the given role
     */
    public Claim withRole(Role role) {
        return new Claim(id, statement, topic, source, status, allegation, role);
    }

    /** Where the validation of a claim stands. */
    public enum Status {
        /** The source and facts have not been checked yet. */
        UNVERIFIED,
        /** Checked: the claim is true. */
        CONFIRMED,
        /** Checked: the claim is false. */
        REFUTED
    }

    /** Whether a claim is what the crisis is about or something said beside it. */
    public enum Role {
        /** The central fact of the crisis: the type, the cluster and the verification follow it. */
        MAIN,
        /** Said beside the main fact: it gets its own validation, and never retypes the crisis. */
        SIDE
    }

    /**
     * What a claim says happened: the kind of fact it alleges, which decides the SCCT frame once the
     * claim is validated (RSP-16). A failure of a product or service is not a misconduct: an outage
     * or a defect is accidental unless there is evidence of negligence or misconduct.
     */
    public enum Allegation {
        /** A product or service failed or disappointed: a defect, an outage, a delay, poor quality. */
        FAILURE(true),
        /** The brand's people erred or failed their duty of care: a known risk ignored, corners cut. */
        NEGLIGENCE(true),
        /** Deliberate wrongdoing: deception, fraud, discrimination, abuse, an illegal practice. */
        MISCONDUCT(true),
        /** The brand's message, product or people offended (a racist, sexist or insensitive content). */
        OFFENCE(true),
        /** A deliberate, lawful choice of the brand is contested on values: a stance, a partnership, a policy. */
        STANCE(true),
        /** Outsiders attacked the brand or its customers: tampering, a cyberattack, a scam in its name. */
        ATTACK(false),
        /** The story blames no one: a fake promotion, a joke, a fabricated anecdote. */
        NONE(false);

        private final boolean accusesBrand;

        Allegation(boolean accusesBrand) {
            this.accusesBrand = accusesBrand;
        }

        /** @return whether a claim of this kind blames the brand for something */
        public boolean accusesBrand() {
            return accusesBrand;
        }

        /**
         * Reads the allegation of a claim written in the earlier form, which only said whether it
         * accuses the brand: a claim that accuses no one is a hoax or a joke ({@link #NONE}); one that
         * accuses the brand alleges what its topic is about: a failure for a product, delivery,
         * service, website, price or safety topic, an offence for an offensive remark or a campaign
         * message, misconduct otherwise (ethics, legal, wrong information, no topic).
         *
         * @param accusesBrand whether the claim accuses the brand
         * @param topic        its topic, or {@code null}
         * @return the allegation
         */
        public static Allegation inferred(boolean accusesBrand, Topic topic) {
            if (!accusesBrand) {
                return NONE;
            }
            if (topic == null) {
                return MISCONDUCT;
            }
            return switch (topic) {
                case PRODUCT_DESIGN, PRODUCT_QUALITY, MARKET_FIT, DELIVERY, CUSTOMER_SERVICE, WEBSITE_OUTAGE,
                     PRICING, SAFETY -> FAILURE;
                case OFFENSIVE_REMARK, CAMPAIGN_MESSAGE -> OFFENCE;
                default -> MISCONDUCT;
            };
        }
    }
}
