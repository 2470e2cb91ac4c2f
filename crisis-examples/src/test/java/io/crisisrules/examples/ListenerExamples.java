package io.crisisrules.examples;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.MonitorListener;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.SignalChange;
import io.crisisrules.settings.PolicySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The listener examples of the README and of {@link CrisisMonitor}'s Javadoc, compiled: each lies
 * between markers, and {@code ListenerExamplesTest} checks the documents hold the same text.
 */
final class ListenerExamples {
    private static final Logger log = LoggerFactory.getLogger(ListenerExamples.class);

    /** Where the README's audit trail records fired rules. */
    interface Audit {
        void record(String rule, List<String> policyIds);
    }

    /** Where the README's streaming example updates incidents. */
    interface Crm {
        void update(Incident incident);
    }

    /** What the README's streaming example paged. */
    final List<SignalChange> paged = new java.util.ArrayList<>();

    void page(SignalChange change) {
        paged.add(change);
    }

    static CrisisEngine usingTheLibrary(Audit audit) {
        // readme-example:start
        CrisisEngine engine = CrisisEngine.builder()
                .settings(PolicySettings.load(Path.of("crisis.properties")))   // optional
                .rulesDirectory(Path.of("/etc/acme/crisis-rules"))              // optional: house rules
                .clock(Clock.systemUTC())
                .listener(rule -> audit.record(rule.name(), rule.policyIds()))  // optional, thread-safe
                .build();
        // readme-example:end
        return engine;
    }

    void streaming(CrisisEngine engine, BrandContext brand, Crm crm, Instant intervalStart, Instant at,
                   MetricObservation observation, Complaint complaint, Instant now) {
        // readme-streaming:start
        try (CrisisMonitor monitor = engine.monitor(brand)
                .listener(new MonitorListener() {
                    public void signalChanged(SignalChange change) { if (change.notified()) page(change); }
                    public void incidentChanged(IncidentChange change) { crm.update(change.incident()); }
                })
                .start()) {
            monitor.mentionCount(new MentionCount(intervalStart, 412));      // counts per interval, or
            monitor.mention(new Mention(at, Channel.X, true, 12_000, null)); // single mentions (1 h window)
            monitor.metric(observation);                                     // KPI points (the signals above)
            monitor.complaint(complaint);
            monitor.advanceTo(now);                                          // when nothing arrives
        }
        // readme-streaming:end
    }

    static void monitorJavadoc(CrisisEngine engine, BrandContext brand, Instant intervalStart) {
        // javadoc-example:start
        try (CrisisMonitor monitor = engine.monitor(brand)
                .listener(new MonitorListener() {                 // implement either method, or both
                    public void signalChanged(SignalChange change) {
                        log.info("{}", change);
                    }
                })
                .start()) {
            monitor.mentionCount(new MentionCount(intervalStart, 412));
        }
        // javadoc-example:end
    }
}
