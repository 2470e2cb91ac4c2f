package io.crisisrules.facts;

import io.crisisrules.InvalidInputException;
import io.crisisrules.checks.Checks;

/**
 * How many questions were asked about one subject in the comments of one evaluation or batch
 * (MOD-07). The engine counts them before the rules run, so a rule spots repeated questions without
 * comparing every comment with every other one: a question is a comment about the subject whose
 * {@link io.crisisrules.model.CommentLabel#QUESTION} confidence reaches
 * {@code moderation.actionThreshold}. One fact per subject with at least one question.
 *
 * @param subject   the subject, as the host names it on {@link io.crisisrules.model.Comment#subject()}
 * @param questions how many questions about it; at least 1
 */
public record SubjectQuestions(String subject, long questions) {

    /**
     * Creates one, rejecting invalid components.
     *
     * @param subject the subject, as the host names it on {@link io.crisisrules.model.Comment#subject()}
     * @param questions how many questions about it; at least 1
     */
    public SubjectQuestions {
        Checks.text("subject", subject);
        if (questions < 1) {
            throw new InvalidInputException("questions", questions, "be >= 1");
        }
    }
}
