package io.crisisrules.examples.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.crisisrules.model.BrandContext;
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
                        List<CustomerActivity> customers) {
}
