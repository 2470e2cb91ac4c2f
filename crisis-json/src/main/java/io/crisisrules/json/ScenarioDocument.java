package io.crisisrules.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.Harm;
import io.crisisrules.model.PublicStatement;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.CrisisType;
import io.crisisrules.model.Explanation;
import io.crisisrules.model.FailureType;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.Severity;
import io.crisisrules.model.VerificationStatus;
import io.crisisrules.model.Claim;
import io.crisisrules.model.Comment;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.CustomerActivity;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.Relay;
import io.crisisrules.model.TriggerOrigin;
import io.crisisrules.model.TypeOverride;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The shape of a scenario file, bound by Jackson after schema validation. */
record ScenarioDocument(@JsonProperty("$schema") String schema, String name, String description, Instant now,
                        Map<String, Object> settings, BrandContext brand, TriggerOrigin trigger,
                        TypeOverride typeOverride, List<MetricObservation> metrics, List<MentionStatistics> mentions,
                        List<MentionCount> mentionHistory,
                        List<Relay> relays, List<Claim> claims, List<Comment> comments, List<Complaint> complaints,
                        List<CustomerActivity> customers, HarmDocument harm, List<PublicStatement> statements,
                        IncidentDocument incident, List<ProgressDocument> progress,
                        Expectations expect, List<Source> sources, Map<String, String> rationale) {
    /** What people suffered, as written: the count of people affected is optional (0 when absent). */
    record HarmDocument(java.util.Set<Harm.Kind> kinds, Long peopleAffected) {

        Harm toHarm() {
            return new Harm(kinds, peopleAffected == null ? 0 : peopleAffected);
        }
    }

    /** Where a fact of the scenario comes from, for people. */
    record Source(String url, String supports) {
    }

    /** The host's incident from a previous evaluation: the fields a person knows and writes down. */
    record IncidentDocument(String id, Instant detectedAt, IncidentStatus status, Instant statusSince,
                            FailureType failureType, CrisisType crisisType, Severity severity,
                            VerificationStatus verification, io.crisisrules.model.CrisisFrame frame) {

        Incident toIncident(String brandId) {
            return new Incident(id, brandId, detectedAt, status,
                    failureType == null ? FailureType.UNDETERMINED : failureType, crisisType,
                    frame != null ? frame.cluster() : crisisType.responsibility(), verification == null ? VerificationStatus.NOT_APPLICABLE : verification,
                    severity, List.of(), List.of(), null, Explanation.NONE, statusSince, frame, java.util.Set.of(), List.of());
        }
    }

    /** One record of what was done about an action of the incident's plan. */
    record ProgressDocument(String actionKey, ActionProgress.State state, Instant at) {

        ActionProgress toProgress(String incidentId) {
            return new ActionProgress(incidentId, actionKey, state, at);
        }
    }
}
