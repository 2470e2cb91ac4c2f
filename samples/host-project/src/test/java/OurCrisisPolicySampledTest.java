import io.crisisrules.CrisisEngine;
import io.crisisrules.invariants.PolicyInvariants;
import io.crisisrules.model.Snapshot;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.testing.Generators;
import io.crisisrules.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

class OurCrisisPolicySampledTest {
    private static final CrisisEngine ENGINE = CrisisEngine.builder()
            .clock(Clock.fixed(Generators.DEFAULT_NOW, ZoneOffset.UTC))
            .offenceHistory(OffenceHistory.none())
            .build();

    static List<Snapshot> snapshots() {
        return Samples.list(Generators.snapshots().crisisBiased(), 42, 50);   // the same 50 on every run
    }

    @ParameterizedTest(name = "snapshot {index}")
    @MethodSource("snapshots")
    void keepsThePolicysPromises(Snapshot snapshot) {
        PolicyInvariants.requireNone(PolicyInvariants.evaluateAndCheck(ENGINE, snapshot));
    }
}
