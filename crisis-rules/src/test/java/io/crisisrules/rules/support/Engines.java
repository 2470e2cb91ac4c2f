package io.crisisrules.rules.support;

import io.crisisrules.CrisisEngine;
import io.crisisrules.moderation.OffenceHistory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Engines shared by the tests of one JVM: compiling the rules once keeps the suite fast. */
public final class Engines {
    /** The instant every fixture is built around. */
    public static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    // no offence history: a test's decisions must not depend on which tests ran before it (MOD-04
    // tests build their own history with inMemory)
    private static final CrisisEngine DEFAULT = CrisisEngine.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .offenceHistory(OffenceHistory.none())
            .build();

    private Engines() {
    }

    /** @return the engine with the default rules and settings, evaluating at {@link #NOW} */
    public static CrisisEngine defaults() {
        return DEFAULT;
    }

    /** @return the default engine, also reporting fired rules to {@code recorder} */
    public static CrisisEngine recording(RecordingListener recorder) {
        return DEFAULT.withListener(recorder);
    }
}
