package io.crisisrules.examples;

import io.crisisrules.CrisisEngine;
import io.crisisrules.CrisisMonitor;
import io.crisisrules.MonitorCheckpoint;
import io.crisisrules.MonitorListener;
import io.crisisrules.json.CrisisJson;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.IncidentChange;
import io.crisisrules.model.MentionCount;
import io.crisisrules.model.Sector;
import io.crisisrules.model.SignalChange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * README "Checkpoints": a monitor saved to a file in the middle of a mention spike and continued by
 * a new monitor, as after a restart of the host: the firing alert and the open incident are
 * there, the alert resolves when the traffic calms down, and nothing is replayed.
 * Run: {@code java -cp crisis-examples/target/crisis-cli.jar io.crisisrules.examples.CheckpointingMonitor [folder]}.
 */
public final class CheckpointingMonitor {
    private static final Instant START = Instant.parse("2026-03-10T06:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(5);

    private CheckpointingMonitor() {
    }

    /** Prints each change with the instance that saw it. */
    private record Printer(String instance) implements MonitorListener {
        @Override
        public void signalChanged(SignalChange change) {
            System.out.println(instance + ": " + change.alertKey() + " " + change.from() + " -> " + change.to());
        }

        @Override
        public void incidentChanged(IncidentChange change) {
            System.out.println(instance + ": incident " + change.incident().id() + " " + change.kind());
        }
    }

    /**
     * @param args optionally the folder to store the checkpoint in (a temporary one otherwise)
     * @throws IOException if the checkpoint cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("checkpoints");
        Path file = folder.resolve("acme.monitor.json");
        CrisisEngine engine = CrisisEngine.builder().build();
        CrisisJson json = CrisisJson.create();
        BrandContext brand = BrandContext.of("acme", Sector.RETAIL);

        // instance 1: two hours of ordinary traffic, then a spike that fires; it stops while the alert is firing
        try (CrisisMonitor monitor = engine.monitor(brand).listener(new Printer("instance 1")).start()) {
            for (int i = 0; i < 24; i++) {
                monitor.mentionCount(new MentionCount(START.plus(INTERVAL.multipliedBy(i)), 40 + i % 3 * 5));
            }
            for (int i = 24; i < 27; i++) {
                monitor.mentionCount(new MentionCount(START.plus(INTERVAL.multipliedBy(i)), 900));
            }
            Files.writeString(file, json.write(monitor.checkpoint()), StandardCharsets.UTF_8);
        }
        System.out.println("checkpoint: " + Files.size(file) + " bytes");

        // instance 2, after the restart: continues where instance 1 stopped
        MonitorCheckpoint saved = json.read(file, MonitorCheckpoint.class);
        try (CrisisMonitor monitor = engine.monitor(brand).listener(new Printer("instance 2")).restore(saved).start()) {
            System.out.println("instance 2 starts at " + monitor.now().orElseThrow() + " with "
                    + monitor.alertStates() + ", incident " + monitor.incident().map(i -> i.id()).orElse("none"));
            for (int i = 27; i < 40; i++) {
                monitor.mentionCount(new MentionCount(START.plus(INTERVAL.multipliedBy(i)), 45));
            }
        }
    }
}
