/**
 * The vocabulary rules use between inference layers: evidence that classification rules infer
 * and that the engine resolves into one incident and one moderation decision per comment.
 *
 * <p>Rule authors insert these from DRL consequences; host code never needs them. The engine runs
 * the rules in three phases (rule-flow groups {@code "detection"}, {@code "classification"},
 * {@code "decision"}), resolving evidence in between:
 * <ol>
 *   <li>detection rules turn measurements into {@link io.crisisrules.model.WarningSignal}s;</li>
 *   <li>classification rules infer {@link IncidentOpening}, {@link FailureTypeEvidence},
 *       {@link CrisisTypeEvidence}, {@link SeverityEvidence}, {@link AggravationEvidence} and
 *       {@link VerificationEvidence} and {@link ResponsibilityShift}; the engine resolves them into one
 *       {@link io.crisisrules.model.Incident} (precedence documented on each type);</li>
 *   <li>decision rules see that incident and insert {@link io.crisisrules.model.ResponseAction}s
 *       (with {@link MessageGuidelines} for every public message) and {@link ModerationFinding}s, reading
 *       the counts the engine prepares ({@link SubjectQuestions}, {@link OpenCrisis}); once they have
 *       fired, the engine counts each offending author's earlier offences into {@link PriorOffences}
 *       and fires them again (MOD-04), merges the actions into the plan, drops those the host recorded
 *       as done, and resolves the findings of each comment into one
 *       {@link io.crisisrules.model.ModerationDecision} (MOD-06).</li>
 * </ol>
 * Start with {@link IncidentOpening} and {@link ModerationFinding}.
 */
package io.crisisrules.facts;
