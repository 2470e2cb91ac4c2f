/**
 * The vocabulary rules use between inference layers: evidence that classification rules infer
 * and that the engine resolves into one incident and one moderation decision per comment.
 *
 * <p>Rule authors insert these from DRL consequences; host code never needs them. An evaluation runs
 * the rules in five phases (rule-flow groups {@code "detection"}, {@code "classification"},
 * {@code "decision"}, {@code "escalation"}, {@code "moderation"}), resolving evidence in between:
 * <ol>
 *   <li>detection rules turn measurements into {@link io.crisisrules.model.WarningSignal}s;</li>
 *   <li>classification rules infer {@link IncidentOpening}, {@link FailureTypeEvidence},
 *       {@link SeverityEvidence}, {@link AggravationEvidence},
 *       {@link VerificationEvidence}, {@link ResponsibilityShift} and the {@link CrisisVenue}; the
 *       engine resolves them into one {@link io.crisisrules.model.Incident} (precedence documented
 *       on each type);</li>
 *   <li>decision rules see that incident and insert {@link io.crisisrules.model.ResponseAction}s
 *       (with {@link MessageGuidelines} for every public message); the engine merges the actions
 *       into the plan and drops those the host recorded as done;</li>
 *   <li>escalation rules see the settled plan and insert escalations of its overdue actions and of
 *       approvals that would come too late (RSP-14);</li>
 *   <li>moderation rules insert {@link ModerationFinding}s, reading the counts the engine prepares
 *       ({@link SubjectQuestions}, {@link OpenCrisis}), and {@link OverruledFinding}s where a
 *       stricter finding wins (MOD-06); once they have fired, the engine counts each offending
 *       author's earlier offences into {@link PriorOffences} and fires them again (MOD-04), then
 *       resolves the findings of each comment into one
 *       {@link io.crisisrules.model.ModerationDecision}. {@code moderate} runs this phase alone.</li>
 * </ol>
 * Start with {@link IncidentOpening} and {@link ModerationFinding}.
 */
package io.crisisrules.facts;
