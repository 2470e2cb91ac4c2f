package io.crisisrules.rules;

import io.crisisrules.CrisisEngine;
import io.crisisrules.rules.support.Engines;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

/** An engine with the test house rules of {@code src/test/resources/house-rules} over the defaults. */
final class HouseRules {
    private static CrisisEngine engine;

    private HouseRules() {
    }

    static synchronized CrisisEngine engine() {
        if (engine == null) {
            try {
                Path directory = Path.of(HouseRules.class.getResource("/house-rules").toURI());
                engine = CrisisEngine.builder().rulesDirectory(directory)
                        .clock(Clock.fixed(Engines.NOW, ZoneOffset.UTC)).build();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return engine;
    }
}
