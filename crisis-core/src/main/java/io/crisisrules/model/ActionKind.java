package io.crisisrules.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What a response action does. Each kind declares its {@linkplain #planRank() plan rank}, the order
 * of a plan among actions due at the same time ({@link #PLAN_ORDER}): fixing customers' problems first
 * (RSP-12), then organising, then instructing and adjusting information (RSP-15) before any
 * reputational message, then the timeline steps (PLAN) and what follows the crisis (RSP-11, RSP-13,
 * POST). The constants are declared in that order for the reader, but the plan reads the rank, never
 * the declaration order; ranks go in steps of ten, so a new kind takes a free one between two others.
 *
 * <p>The {@link Stance} groups actions whose mix the policy forbids: denial never goes with
 * accommodation (RSP-18), and no substantive answer goes out while a claim is unverified (TYP-03).
 * Each kind declares its stance, what its {@linkplain #subject() subject} names and its
 * {@linkplain #tone() tone}; rules and the engine read these attributes instead of keeping lists of
 * kinds. Titles in English and French: {@link io.crisisrules.text.PlanTexts}.
 */
public enum ActionKind {
    /** RSP-12: solve the customers' actual problems in the CRM or helpdesk first. */
    RESOLVE_COMPLAINTS(10, Stance.NEUTRAL),
    /** RSP-08: convene the crisis team. */
    CONVENE_CRISIS_TEAM(20, Stance.NEUTRAL),
    /** RSP-14: an action is overdue; the crisis team takes it over. Its subject is the overdue action's key. */
    ESCALATE_OVERDUE(30, Stance.NEUTRAL, Subject.ACTION),
    /** RSP-14: internal approval would miss the deadline; the crisis team approves a holding reply. */
    ESCALATE_APPROVAL(40, Stance.NEUTRAL, Subject.ACTION),
    /** TYP-03: check the source and the facts of a claim. Its subject is the claim id. */
    VALIDATE_CLAIM(50, Stance.NEUTRAL, Subject.CLAIM),
    /** RSP-15: tell affected people what to do, if anything. */
    INSTRUCTING_INFORMATION(60, Stance.NEUTRAL),
    /** RSP-15: express sympathy and say what is being corrected. */
    ADJUSTING_INFORMATION(70, Stance.NEUTRAL),
    /** TYP-03: say the brand is aware and looking into it, without taking a position. */
    HOLDING_REPLY(80, Stance.NEUTRAL),
    /** RSP-01: the first public response, within the deadline. */
    FIRST_RESPONSE(90, Stance.NEUTRAL),
    /** RSP-10: the lawyer reviews accusations and legal exposure before the brand speaks. */
    LEGAL_REVIEW(100, Stance.NEUTRAL),
    /** PLAN-02: internal audit of data, processes and customer feedback. */
    INTERNAL_AUDIT(110, Stance.NEUTRAL),
    /** PLAN-03: external analysis of press, social networks, influencers, competitors, sentiment. */
    EXTERNAL_ANALYSIS(120, Stance.NEUTRAL),
    /** RSP-03: investigate the criticised product or service. */
    INVESTIGATE(130, Stance.NEUTRAL),
    /** RSP-08: the top executive speaks publicly. */
    EXECUTIVE_STATEMENT(140, Stance.NEUTRAL),
    /** RSP-02, RSP-16: acknowledge and apologise. */
    APOLOGISE(150, Stance.ACCOMMODATION),
    /** RSP-02, RSP-03: corrective measures, fixing the problem. */
    CORRECTIVE_MEASURES(160, Stance.ACCOMMODATION),
    /** RSP-03, RSP-16: refund, promo code, free service. */
    OFFER_COMPENSATION(170, Stance.ACCOMMODATION),
    /** RSP-16: explain an accident without excuses that blame customers (diminish). */
    EXPLAIN_CIRCUMSTANCES(180, Stance.DIMINISH),
    /** RSP-04, RSP-16: show with concrete evidence that a claim is false. Its subject is the claim id. */
    PRESENT_EVIDENCE(190, Stance.DENIAL, Subject.CLAIM),
    /** RSP-05: a clear, concise denial of a hoax or rumour. */
    DENY_RUMOUR(200, Stance.DENIAL),
    /** RSP-06: humour or self-mockery, only when allowed. */
    HUMOUR(210, Stance.DIMINISH, Subject.NONE, Tone.LIGHT),
    /** RSP-16: work with the police, health or safety authorities when outsiders harmed people. */
    COOPERATE_WITH_AUTHORITIES(220, Stance.NEUTRAL),
    /** RSP-05: positive communication about the brand. */
    POSITIVE_COMMUNICATION(230, Stance.NEUTRAL),
    /** RSP-02, RSP-04: a transparent report of what is known and done. */
    TRANSPARENCY_REPORT(240, Stance.NEUTRAL),
    /** RSP-03: improve quality so that it does not happen again. */
    IMPROVE_QUALITY(250, Stance.NEUTRAL),
    /** RSP-09: a FAQ when questions repeat. */
    PUBLISH_FAQ(260, Stance.NEUTRAL),
    /** RSP-11: contact a critical influencer for a constructive dialogue. Its subject is the handle. */
    CONTACT_INFLUENCER(270, Stance.NEUTRAL, Subject.RELAY),
    /** PLAN-04: plan the communication. */
    COMMUNICATION_PLAN(280, Stance.NEUTRAL),
    /** PLAN-05: execute the communication plan. */
    EXECUTE_COMMUNICATION(290, Stance.NEUTRAL),
    /** PLAN-06: weekly review of the results. */
    FOLLOW_UP_REVIEW(300, Stance.NEUTRAL),
    /** POST-05: recovery of a failing campaign. */
    CAMPAIGN_RECOVERY(310, Stance.NEUTRAL),
    /** RSP-11: invite loyal customers who lived the failure to an ambassador programme. */
    AMBASSADOR_PROGRAMME(320, Stance.NEUTRAL),
    /** RSP-13: share the lessons learnt. */
    SHARE_LESSONS(330, Stance.NEUTRAL),
    /** POST-01: review what worked, root causes and impact. */
    POST_CRISIS_REVIEW(340, Stance.NEUTRAL),
    /** POST-02: reputation repair plan. */
    REPUTATION_REPAIR(350, Stance.NEUTRAL),
    /** POST-03: update the editorial charter, train the teams, revise the crisis plan. */
    UPDATE_CHARTER_AND_TRAINING(360, Stance.NEUTRAL),
    /** POST-04: the trust-rebuilding period after a major crisis, with its monitoring. */
    TRUST_REBUILDING(370, Stance.NEUTRAL),
    /**
     * A house's own plan action, declared with {@code use = plan} in {@code house-actions.properties} and
     * added by a house rule ({@link io.crisisrules.facts.HousePlanFinding}): it takes no position on the claim.
     * Its subject is the house action's key, its {@link ResponseAction#house()} the declaration.
     */
    HOUSE_ACTION(380, Stance.NEUTRAL);

    /** The order of a plan among actions due at the same time: by {@link #planRank()}, lowest first. */
    public static final Comparator<ActionKind> PLAN_ORDER = Comparator.comparingInt(ActionKind::planRank);

    static {
        List<ActionKind> ranked = Arrays.stream(values()).sorted(PLAN_ORDER).toList();
        for (int i = 1; i < ranked.size(); i++) {
            if (ranked.get(i).planRank == ranked.get(i - 1).planRank) {
                throw new IllegalStateException("ActionKind " + ranked.get(i - 1) + " and " + ranked.get(i)
                        + " have the same plan rank " + ranked.get(i).planRank + ": a plan needs one order");
            }
        }
    }

    private final int planRank;
    private final Stance stance;
    private final Subject subject;
    private final Tone tone;

    ActionKind(int planRank, Stance stance) {
        this(planRank, stance, Subject.NONE, Tone.SERIOUS);
    }

    ActionKind(int planRank, Stance stance, Subject subject) {
        this(planRank, stance, subject, Tone.SERIOUS);
    }

    ActionKind(int planRank, Stance stance, Subject subject, Tone tone) {
        this.planRank = planRank;
        this.stance = stance;
        this.subject = subject;
        this.tone = tone;
    }

    /**
     * @return where actions of this kind come in a plan among actions due at the same time: the lower,
     *         the earlier; unique among the kinds
     */
    public int planRank() {
        return planRank;
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
