package io.crisisrules.facts;

import io.crisisrules.checks.Checks;
import io.crisisrules.model.CrisisFrame;
import io.crisisrules.model.CrisisType;

/**
 * Evidence for how the public frames the crisis (SCCT crisis type, RSP-16) and which seed crisis
 * type that makes it (TYP-02, TYP-06). Evidence is ranked by how established what it rests on is
 * ({@link Strength}): the strongest kind present decides; within it, the heaviest evidence (the
 * topic most reported), then the frame attributing the most responsibility, since misjudging a
 * preventable crisis as one where the brand is a victim is the costlier mistake; then, between an
 * accident and a product-harm frame of the same cluster, the product harm (the more specific).
 * Without evidence the incident is {@link CrisisFrame#NONE}; a host override outranks all evidence.
 *
 * @param frame      the frame
 * @param crisisType the seed crisis type it makes (a rumour that accused the brand is an unfounded
 *                   accusation, otherwise the frame's own)
 * @param strength   what the evidence rests on
 * @param weight     how many reports support it, for evidence of the same strength (1 for a claim
 *                   or a trigger)
 */
public record FrameEvidence(CrisisFrame frame, CrisisType crisisType, Strength strength, long weight) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param frame the frame
     * @param crisisType the seed crisis type it makes (a rumour that accused the brand is an unfounded accusation, otherwise the frame's own)
     * @param strength what the evidence rests on
     * @param weight how many reports support it, for evidence of the same strength (1 for a claim or a trigger)
     */
    public FrameEvidence {
        Checks.required("frame", frame);
        Checks.required("crisisType", crisisType);
        Checks.required("strength", strength);
        Checks.nonNegative("weight", weight);
    }

    /**
     * @param frame    the frame
     * @param strength what it rests on
     * @return evidence for the frame and its own crisis type, of weight 1
     */
    public static FrameEvidence of(CrisisFrame frame, Strength strength) {
        return new FrameEvidence(frame, frame.crisisType(), strength, 1);
    }

    /**
     * @param frame    the frame
     * @param strength what it rests on
     * @param weight   how many reports support it
     * @return evidence for the frame and its own crisis type
     */
    public static FrameEvidence weighted(CrisisFrame frame, Strength strength, long weight) {
        return new FrameEvidence(frame, frame.crisisType(), strength, weight);
    }

    /**
     * @param accusesBrand whether the false or unchecked story blames the brand
     * @param strength     what it rests on
     * @return a rumour: an unfounded accusation when it blamed the brand, else a bad buzz
     */
    public static FrameEvidence rumour(boolean accusesBrand, Strength strength) {
        return new FrameEvidence(CrisisFrame.RUMOUR,
                accusesBrand ? CrisisType.UNFOUNDED_ACCUSATION : CrisisType.BAD_BUZZ, strength, 1);
    }

    /** @return the same evidence for the product-harm frame of its cluster, or itself when there is none */
    public FrameEvidence asProductHarm() {
        CrisisFrame harm = switch (frame) {
            case TECHNICAL_ERROR_ACCIDENT -> CrisisFrame.TECHNICAL_ERROR_PRODUCT_HARM;
            case HUMAN_ERROR_ACCIDENT -> CrisisFrame.HUMAN_ERROR_PRODUCT_HARM;
            default -> frame;
        };
        return new FrameEvidence(harm, crisisType, strength, weight);
    }

    /** @return whether this is an accident frame that has a product-harm counterpart */
    public boolean isAccident() {
        return frame == CrisisFrame.TECHNICAL_ERROR_ACCIDENT || frame == CrisisFrame.HUMAN_ERROR_ACCIDENT;
    }

    /**
     * What frame evidence rests on, each with its {@linkplain #rank() rank}: the higher, the more
     * established. Comparisons read the rank, never the declaration order.
     */
    public enum Strength {
        /** Negative public signals with no better explanation. */
        PUBLIC_BUZZ(0),
        /** What people talk and complain about (topics, complaints). */
        TOPICS(1),
        /** A main claim not validated yet: handled as a rumour until it is (TYP-03). */
        UNVERIFIED_CLAIM(2),
        /** Where the host knows the incident started (TYP-06). */
        TRIGGER(3),
        /** A main claim checked and found false. */
        REFUTED_CLAIM(4),
        /** A main claim checked and found true: the established fact. */
        CONFIRMED_CLAIM(5);

        private final int rank;

        Strength(int rank) {
            this.rank = rank;
        }

        /** @return how established the evidence is, the higher the more: 0 for {@link #PUBLIC_BUZZ} */
        public int rank() {
            return rank;
        }

        /**
         * @param other the strength to compare with
         * @return whether this strength is at least {@code other}
         */
        public boolean isAtLeast(Strength other) {
            return rank >= other.rank;
        }
    }
}
