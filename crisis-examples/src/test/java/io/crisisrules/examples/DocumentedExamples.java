package io.crisisrules.examples;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.MonitorListener;
import io.crisisrules.Reload;
import io.crisisrules.ReloadListener;
import io.crisisrules.ReloadableEngine;
import io.crisisrules.RuleProblem;
import io.crisisrules.jdbc.JdbcOffenceHistory;
import io.crisisrules.json.CrisisJson;
import io.crisisrules.json.ReadLimits;
import io.crisisrules.json.ScenarioFormat;
import io.crisisrules.kafka.ModerationTopology;
import io.crisisrules.kafka.MonitoringTopology;
import io.crisisrules.model.ActionKind;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.Complaint;
import io.crisisrules.model.Guideline;
import io.crisisrules.model.Incident;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.IncidentStatus;
import io.crisisrules.model.Mention;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.MetricObservation;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.model.SignalChange;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.CommentInput;
import io.crisisrules.moderation.ModerationContext;
import io.crisisrules.moderation.ModerationOutcome;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.moderation.Rejection;
import io.crisisrules.report.CrisisReport;
import io.crisisrules.report.ReplayRecorder;
import io.crisisrules.settings.PolicySettings;
import io.crisisrules.text.PlanTexts;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The Java examples of the README and of the public Javadoc, compiled: each lies between
 * {@code // NAME:start} and {@code // NAME:end} markers, inside a method whose parameters and the
 * members of this class are the names the example takes from the text around it, and
 * {@code DocumentedExamplesTest} checks that the documents hold the same text. The methods are
 * compiled, not run; what the examples do is tested elsewhere (the runnable examples of
 * {@code src/main}).
 */
@SuppressWarnings({"unused", "resource"})
final class DocumentedExamples {
    private static final Logger log = LoggerFactory.getLogger(DocumentedExamples.class);

    /** Where the README's audit trail records fired rules. */
    interface Audit {
        void record(String rule, List<String> policyIds);
    }

    /** Where the README's streaming example updates incidents. */
    interface Crm {
        void update(Incident incident);
    }

    /** The host's own classifier of the README's moderation example. */
    interface Model {
        Map<CommentLabel, Double> scores(String text);
    }

    /** What the README's streaming example paged. */
    final List<SignalChange> paged = new java.util.ArrayList<>();

    void page(SignalChange change) {
        paged.add(change);
    }

    /** Where the README's stream of moderation outcomes goes. */
    void apply(ModerationDecision decision) {
    }

    void quarantine(Rejection rejection) {
    }

    /** Whom the README's reload example tells about rules that do not build. */
    void alert(List<RuleProblem> problems) {
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

    static Assessment engineJavadoc(Snapshot snapshot) {
        // engine-javadoc:start
        CrisisEngine engine = CrisisEngine.builder().build();   // compiles the rules once
        Assessment assessment = engine.evaluate(snapshot);      // any thread, any number of times
        // engine-javadoc:end
        return assessment;
    }

    static CrisisEngine classifier(Model myModel, DataSource dataSource) {
        // classifier:start
        CrisisEngine engine = CrisisEngine.builder()
                .classifier(comment -> myModel.scores(comment.text()))   // Map<CommentLabel, Double>, each in [0, 1]
                .offenceHistory(new JdbcOffenceHistory(dataSource))     // optional, see below
                .build();
        // classifier:end
        return engine;
    }

    void moderateStream(CrisisEngine engine, Stream<CommentInput> incoming, Assessment lastAssessment) {
        // moderate-stream:start
        try (Stream<ModerationOutcome> outcomes = engine.moderateStream(incoming,
                ModerationContext.of(lastAssessment))) {                 // crisis open? (MOD-07, MOD-08)
            outcomes.forEach(o -> { if (o.isDecided()) apply(o.decision()); else quarantine(o.rejection()); });
        }
        // moderate-stream:end
    }

    static Snapshot storingJson(Assessment assessment, Snapshot snapshot) {
        // storing-json:start
        CrisisJson json = CrisisJson.create();                          // thread-safe: share it
        String stored = json.write(assessment);                         // one line: a jsonb column, a queue
        Assessment back = json.read(stored, Assessment.class);          // equal to assessment
        Snapshot next = snapshot.toBuilder().previousIncident(back.incident().orElseThrow()).build();
        // storing-json:end
        return next;
    }

    static CrisisEngine jdbc(DataSource dataSource) {
        // jdbc:start
        OffenceHistory offences = new JdbcOffenceHistory(dataSource);   // a pooled DataSource
        CrisisEngine engine = CrisisEngine.builder().offenceHistory(offences).build();
        // jdbc:end
        return engine;
    }

    static void checkpoint(CrisisEngine engine, BrandContext brand, MonitorListener listener, CrisisMonitor monitor,
                           Path file, MentionCount next) throws IOException {
        // checkpoint:start
        CrisisJson json = CrisisJson.create();
        Files.writeString(file, json.write(monitor.checkpoint()));           // between pushes: after each, or on a timer
        // ...                                                                after a restart or on another instance
        MonitorCheckpoint saved = json.read(file, MonitorCheckpoint.class);
        try (CrisisMonitor restored = engine.monitor(brand).listener(listener).restore(saved).start()) {
            restored.mentionCount(next);                                      // goes on as if it had never stopped
        }
        // checkpoint:end
    }

    void reloading(Path houseRules, Path file, Snapshot snapshot) {
        // reloading:start
        try (ReloadableEngine engine = ReloadableEngine.builder(
                        () -> CrisisEngine.builder().rulesDirectory(houseRules).settings(PolicySettings.load(file)).build())
                .watch(houseRules)                             // optional: reload once the folder is quiet (1 s)
                .listener(new ReloadListener() {
                    public void reloadFailed(Reload reload) { alert(reload.problems()); }   // file, line, message
                })
                .build()) {                                    // builds the first rules now, or throws
            engine.evaluate(snapshot);                         // any thread, during reloads too
            Reload reload = engine.reload().join();            // on demand, e.g. after a deployment
        }
        // reloading:end
    }

    static void kafka(PolicySettings deploymentSettings) {
        // kafka:start
        CrisisEngine engine = CrisisEngine.builder().settings(deploymentSettings).build();   // once per instance
        StreamsBuilder builder = new StreamsBuilder();
        ModerationTopology.builder(engine).addTo(builder);                  // comments -> decisions
        MonitoringTopology.builder(engine).brandProfilesTopic("brand-profiles").addTo(builder);   // brand-events -> brand-changes
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "crisis");          // the same in every instance
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka:9092");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        new KafkaStreams(builder.build(), config).start();
        // kafka:end
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

    static Incident incidentLifecycle(Incident incident, Instant t1, Instant t2, Instant t3, Instant t4) {
        // incident-lifecycle:start
        Incident closed = incident.transitionTo(IncidentStatus.ACKNOWLEDGED, t1)
                .transitionTo(IncidentStatus.RESPONDING, t2)
                .transitionTo(IncidentStatus.RESOLVED, t3)
                .transitionTo(IncidentStatus.CLOSED, t4);          // DETECTED → CLOSED throws IllegalTransitionException
        // incident-lifecycle:end
        return closed;
    }

    static void report(CrisisEngine engine, Snapshot snapshot, BrandContext brand, List<MentionCount> series)
            throws IOException {
        // report:start
        CrisisReport report = CrisisReport.builder().locale(Locale.FRENCH).build();   // immutable: share it
        report.write(engine.evaluate(snapshot), Path.of("crisis.html"));

        ReplayRecorder recorder = new ReplayRecorder("acme", engine.settings());      // a MonitorListener
        try (CrisisMonitor monitor = engine.monitor(brand).listener(recorder).start()) {
            for (MentionCount count : series) { monitor.mentionCount(count); recorder.mentionCount(count); }
        }
        report.write(recorder.replay(), Path.of("replay.html"));
        // report:end
    }

    static void planTexts() {
        // plan-texts:start
        PlanTexts fr = PlanTexts.of(Locale.FRENCH);
        fr.title(ActionKind.APOLOGISE);            // "Reconnaître l'erreur et présenter des excuses"
        fr.text(Guideline.JUSTIFICATION_SPIRAL);   // "Ne pas entrer dans une spirale de justification."
        // plan-texts:end
    }

    static void readLimits() {
        // read-limits:start
        ReadLimits limits = ReadLimits.defaults().withMaxTextLength(1_000_000);   // or .with("json.maxTextLength", 1_000_000)
        CrisisJson json = CrisisJson.create(limits);
        ScenarioFormat scenarios = new ScenarioFormat(limits);
        // read-limits:end
    }
}
