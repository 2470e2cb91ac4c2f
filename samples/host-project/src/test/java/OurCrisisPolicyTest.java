import io.crisisrules.CrisisEngine;
import io.crisisrules.invariants.PolicyInvariants;
import io.crisisrules.model.Assessment;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.PolicySettings;
import io.crisisrules.testing.Generators;
import io.crisisrules.testing.SettingsGenerators;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

import static org.quicktheories.QuickTheory.qt;

class OurCrisisPolicyTest {
    private static final PolicySettings OURS = PolicySettings.load(Path.of("src/main/resources/crisis.properties"));
    private static final CrisisEngine ENGINE = CrisisEngine.builder()
            .rulesDirectory(Path.of("src/main/resources/crisis-rules"))     // our DRL overrides
            .settings(OURS)
            .clock(Clock.fixed(Generators.DEFAULT_NOW, ZoneOffset.UTC))
            .offenceHistory(OffenceHistory.none())                          // tries independent
            .build();

    @Test
    void ourRulesKeepThePolicysPromises() {
        qt().withExamples(100).forAll(Generators.snapshots().crisisBiased()).checkAssert(snapshot -> {
            Assessment assessment = ENGINE.evaluate(snapshot);
            PolicyInvariants.requireNone(PolicyInvariants.check(snapshot, assessment, ENGINE));
        });
    }

    @Test
    void theyStillDoWhenModerationIsRetuned() {
        qt().withExamples(50)
                .forAll(SettingsGenerators.settings(OURS, key -> key.startsWith("moderation.")),
                        Generators.snapshots())
                .checkAssert((settings, snapshot) -> {
                    CrisisEngine engine = ENGINE.withSettings(settings);
                    PolicyInvariants.requireNone(PolicyInvariants.evaluateAndCheck(engine, snapshot));
                });
    }
}
