package io.crisisrules.examples;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.settings.HouseSettings;
import io.crisisrules.settings.PolicySettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked example {@code house-rules/acme} (README "House settings") in code: an engine on the
 * folder declares its house settings, the house rules read them, and per-brand settings override
 * them like ours.
 */
class HouseSettingsExampleTest {
    private static final Path ACME = Path.of("house-rules/acme");
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final CrisisEngine ENGINE = CrisisEngine.builder().rulesDirectory(ACME)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).offenceHistory(OffenceHistory.none()).build();

    private static Comment comment(String id, String text, double defamation) {
        return new Comment(id, "u-" + id, Channel.FACEBOOK, text, NOW.minusSeconds(600), Set.of(),
                Map.of(CommentLabel.DEFAMATORY, defamation), null);
    }

    @Test
    void the_engine_declares_the_folders_house_settings_at_their_defaults() {
        assertThat(ENGINE.settings().house().decimal("acme.defamationReview")).isEqualTo(0.4);
        assertThat(ENGINE.settings().house().list("acme.legalKeywords")).contains("lawyer", "court");
        assertThat(ENGINE.withSettings(PolicySettings.defaults()).settings().house())
                .as("per-brand settings get the house settings too").isEqualTo(ENGINE.settings().house());
    }

    @Test
    void house_rules_read_their_thresholds_from_the_settings_and_overrides_change_them() {
        List<Comment> comments = List.of(comment("k1", "See you in court.", 0), comment("k2", "They cheat.", 0.3));
        PolicySettings strict = PolicySettings.defaults().withHouse(HouseSettings.load(ACME))
                .with(Map.of("acme.defamationReview", "0.25", "acme.legalKeywords", "attorney"));

        List<ModerationDecision> byDefault = ENGINE.moderate(comments);
        List<ModerationDecision> stricter = ENGINE.withSettings(strict).moderate(comments);

        assertThat(byDefault).extracting(decision -> decision.explanation().policyIds())
                .containsExactly(List.of("ACME-201"), List.of());
        assertThat(stricter).extracting(decision -> decision.explanation().policyIds())
                .containsExactly(List.of(), List.of("ACME-202"));
    }
}
