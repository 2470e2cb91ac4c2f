package io.crisisrules.examples;

import io.crisisrules.CrisisEngine;
import io.crisisrules.json.CrisisJson;
import io.crisisrules.json.Scenario;
import io.crisisrules.json.ScenarioFormat;
import io.crisisrules.model.ActionProgress;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.Incident;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.OffenceHistory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * README "Storing results": an assessment stored as JSON, read back after a "restart", and its
 * incident handed back with what was done, as a helpdesk service would between two webhook calls.
 * Run: {@code java -cp crisis-examples/target/crisis-cli.jar io.crisisrules.examples.StoringResults [FOLDER]}.
 */
public final class StoringResults {

    private StoringResults() {
    }

    /**
     * @param args optionally the folder to store the documents in (default: a temporary one), then the
     *             scenario to start from
     * @throws IOException if the folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path store = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("crisis-store");
        Scenario scenario = new ScenarioFormat().read(Path.of(args.length > 1 ? args[1]
                : "crisis-examples/scenarios/delivery-failure-bad-buzz.json"));
        Snapshot snapshot = scenario.snapshot();
        // the scenario's own instant: comments posted after the engine's clock are refused (futureTolerance)
        Instant now = scenario.now();
        CrisisEngine engine = CrisisEngine.builder().clock(Clock.fixed(now, ZoneOffset.UTC))
                .offenceHistory(OffenceHistory.none()).build();
        CrisisJson json = CrisisJson.create();

        // first call: evaluate and store the assessment (one line of JSON, e.g. a jsonb column)
        Assessment assessment = engine.evaluate(snapshot);
        Path file = store.resolve("assessment.json");
        Files.writeString(file, json.write(assessment));
        System.out.println("stored " + Files.size(file) + " bytes in " + file);

        // ... the service restarts ...
        Assessment stored = json.read(Files.readString(file), Assessment.class);
        System.out.println("read back equal: " + stored.equals(assessment));

        // next call: the stored incident goes back in with what the team did about its plan
        Incident incident = stored.incident().orElseThrow();
        Snapshot next = snapshot.toBuilder().previousIncident(incident)
                .progress(new ActionProgress(incident.id(), "FIRST_RESPONSE", ActionProgress.State.PUBLISHED,
                        now.plus(Duration.ofHours(1))))
                .build();
        Assessment later = engine.withClock(Clock.fixed(now.plus(Duration.ofHours(6)), ZoneOffset.UTC)).evaluate(next);
        later.deadlines().forEach(d -> System.out.println(d.actionKey() + " " + d.sla()));
        try {
            new ActionProgress(incident.id(), "first_response", ActionProgress.State.PUBLISHED, now);
        } catch (io.crisisrules.InvalidInputException e) {
            System.out.println("rejected: " + e.getMessage().substring(0, e.getMessage().indexOf(',')));
        }
    }
}
