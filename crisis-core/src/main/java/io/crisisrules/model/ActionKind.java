package io.crisisrules.model;

/**
 * What a response action does. The declaration order is the order of a plan among actions due at
 * the same time: fixing customers' problems first (RSP-12), then organising, then instructing and
 * adjusting information (RSP-15) before any reputational message, then the timeline steps (PLAN)
 * and what follows the crisis (RSP-11, RSP-13, POST).
 *
 * <p>The {@link Stance} groups actions whose mix the policy forbids: denial never goes with
 * accommodation (RSP-18), and no substantive answer goes out while a claim is unverified (TYP-03).
 * Each kind declares its stance, what its {@linkplain #subject() subject} names and its
 * {@linkplain #tone() tone}; rules and the engine read these attributes instead of keeping lists of
 * kinds. Titles in English and French: {@link io.crisisrules.text.PlanTexts}.
 */
public enum ActionKind {
    /** RSP-12: solve the customers' actual problems in the CRM or helpdesk first. */
    RESOLVE_COMPLAINTS(Stance.NEUTRAL),
    /** RSP-08: convene the crisis team. */
    CONVENE_CRISIS_TEAM(Stance.NEUTRAL),
    /** RSP-14: an action is overdue; the crisis team takes it over. Its subject is the overdue action's key. */
    ESCALATE_OVERDUE(Stance.NEUTRAL, Subject.ACTION),
    /** RSP-14: internal approval would miss the deadline; the crisis team approves a holding reply. */
    ESCALATE_APPROVAL(Stance.NEUTRAL, Subject.ACTION),
    /** TYP-03: check the source and the facts of a claim. Its subject is the claim id. */
    VALIDATE_CLAIM(Stance.NEUTRAL, Subject.CLAIM),
    /** RSP-15: tell affected people what to do, if anything. */
    INSTRUCTING_INFORMATION(Stance.NEUTRAL),
    /** RSP-15: express sympathy and say what is being corrected. */
    ADJUSTING_INFORMATION(Stance.NEUTRAL),
    /** TYP-03: say the brand is aware and looking into it, without taking a position. */
    HOLDING_REPLY(Stance.NEUTRAL),
    /** RSP-01: the first public response, within the deadline. */
    FIRST_RESPONSE(Stance.NEUTRAL),
    /** RSP-10: the lawyer reviews accusations and legal exposure before the brand speaks. */
    LEGAL_REVIEW(Stance.NEUTRAL),
    /** PLAN-02: internal audit of data, processes and customer feedback. */
    INTERNAL_AUDIT(Stance.NEUTRAL),
    /** PLAN-03: external analysis of press, social networks, influencers, competitors, sentiment. */
    EXTERNAL_ANALYSIS(Stance.NEUTRAL),
    /** RSP-03: investigate the criticised product or service. */
    INVESTIGATE(Stance.NEUTRAL),
    /** RSP-08: the top executive speaks publicly. */
    EXECUTIVE_STATEMENT(Stance.NEUTRAL),
    /** RSP-02, RSP-16: acknowledge and apologise. */
    APOLOGISE(Stance.ACCOMMODATION),
    /** RSP-02, RSP-03: corrective measures, fixing the problem. */
    CORRECTIVE_MEASURES(Stance.ACCOMMODATION),
    /** RSP-03, RSP-16: refund, promo code, free service. */
    OFFER_COMPENSATION(Stance.ACCOMMODATION),
    /** RSP-16: explain an accident without excuses that blame customers (diminish). */
    EXPLAIN_CIRCUMSTANCES(Stance.DIMINISH),
    /** RSP-04, RSP-16: show with concrete evidence that a claim is false. Its subject is the claim id. */
    PRESENT_EVIDENCE(Stance.DENIAL, Subject.CLAIM),
    /** RSP-05: a clear, concise denial of a hoax or rumour. */
    DENY_RUMOUR(Stance.DENIAL),
    /** RSP-06: humour or self-mockery, only when allowed. */
    HUMOUR(Stance.DIMINISH, Subject.NONE, Tone.LIGHT),
    /** RSP-16: work with the police, health or safety authorities when outsiders harmed people. */
    COOPERATE_WITH_AUTHORITIES(Stance.NEUTRAL),
    /** RSP-05: positive communication about the brand. */
    POSITIVE_COMMUNICATION(Stance.NEUTRAL),
    /** RSP-02, RSP-04: a transparent report of what is known and done. */
    TRANSPARENCY_REPORT(Stance.NEUTRAL),
    /** RSP-03: improve quality so that it does not happen again. */
    IMPROVE_QUALITY(Stance.NEUTRAL),
    /** RSP-09: a FAQ when questions repeat. */
    PUBLISH_FAQ(Stance.NEUTRAL),
    /** RSP-11: contact a critical influencer for a constructive dialogue. Its subject is the handle. */
    CONTACT_INFLUENCER(Stance.NEUTRAL, Subject.RELAY),
    /** PLAN-04: plan the communication. */
    COMMUNICATION_PLAN(Stance.NEUTRAL),
    /** PLAN-05: execute the communication plan. */
    EXECUTE_COMMUNICATION(Stance.NEUTRAL),
    /** PLAN-06: weekly review of the results. */
    FOLLOW_UP_REVIEW(Stance.NEUTRAL),
    /** POST-05: recovery of a failing campaign. */
    CAMPAIGN_RECOVERY(Stance.NEUTRAL),
    /** RSP-11: invite loyal customers who lived the failure to an ambassador programme. */
    AMBASSADOR_PROGRAMME(Stance.NEUTRAL),
    /** RSP-13: share the lessons learnt. */
    SHARE_LESSONS(Stance.NEUTRAL),
    /** POST-01: review what worked, root causes and impact. */
    POST_CRISIS_REVIEW(Stance.NEUTRAL),
    /** POST-02: reputation repair plan. */
    REPUTATION_REPAIR(Stance.NEUTRAL),
    /** POST-03: update the editorial charter, train the teams, revise the crisis plan. */
    UPDATE_CHARTER_AND_TRAINING(Stance.NEUTRAL),
    /** POST-04: the trust-rebuilding period after a major crisis, with its monitoring. */
    TRUST_REBUILDING(Stance.NEUTRAL),
    /**
     * A house's own plan action, declared with {@code use = plan} in {@code house-actions.properties} and
     * added by a house rule ({@link io.crisisrules.facts.HousePlanFinding}): it takes no position on the claim.
     * Its subject is the house action's key, its {@link ResponseAction#house()} the declaration.
     */
    HOUSE_ACTION(Stance.NEUTRAL);

    private final Stance stance;
    private final Subject subject;
    private final Tone tone;

    ActionKind(Stance stance) {
        this(stance, Subject.NONE, Tone.SERIOUS);
    }

    ActionKind(Stance stance, Subject subject) {
        this(stance, subject, Tone.SERIOUS);
    }

    ActionKind(Stance stance, Subject subject, Tone tone) {
        this.stance = stance;
        this.subject = subject;
        this.tone = tone;
    }

    /** @return the position the action takes on the claim */
    public Stance stance() {
        return stance;
    }

    /** @return whether this is a substantive answer: a denial, an accommodation or a diminishment (TYP-03) */
    public boolean isSubstantive() {
        return stance != Stance.NEUTRAL;
    }

    /**
     * @return what the subject of an action of this kind names ({@code KIND/subject} in its key), which
     *         the snapshot must hold when a host reports progress on it
     */
    public Subject subject() {
        return subject;
    }

    /** @return whether the action escalates another one: its subject is the escalated action's key (RSP-14) */
    public boolean isEscalation() {
        return subject == Subject.ACTION;
    }

    /** @return the register of the action's message: light (humour, self-mockery) or serious (RSP-05, RSP-06) */
    public Tone tone() {
        return tone;
    }

    /** What the subject of an action names, when the kind says. */
    public enum Subject {
        /** Nothing the snapshot holds: no subject, or one of the rules' own (a topic, a campaign). */
        NONE,
        /** A claim of the snapshot, by id. */
        CLAIM,
        /** A relay of the snapshot, by handle. */
        RELAY,
        /** Another action of the plan, by key: the action is an escalation (RSP-14). */
        ACTION
    }

    /** The register of an action's message, which the policy restricts for light ones (RSP-05, RSP-06). */
    public enum Tone {
        /** Informs, answers, apologises or organises in earnest. */
        SERIOUS,
        /** Humour or self-mockery: never in a major crisis, with victims or for an internal error. */
        LIGHT
    }

    /** The position an action takes on what is said about the brand. */
    public enum Stance {
        /** Takes no position on the claim: informs, listens, organises. */
        NEUTRAL,
        /** Says the claim is false: denial, evidence, legal action. */
        DENIAL,
        /** Accepts responsibility: apology, compensation, corrective measures. */
        ACCOMMODATION,
        /** Plays it down: humour, explanation of an accident. */
        DIMINISH
    }
}
