package com.example.host;

import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Assessment;
import io.crisisrules.model.BrandContext;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.MentionStatistics;
import io.crisisrules.model.ObservationPeriod;
import io.crisisrules.model.Sector;
import io.crisisrules.model.Snapshot;
import io.crisisrules.model.Topic;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The README's quick start, run on the module path by QuickStartOnModulePathTest. */
public final class QuickStart {

    private QuickStart() {
    }

    public static void main(String[] args) {
        // readme-example:start
        Instant now = Instant.now();
        ObservationPeriod lastHour = ObservationPeriod.of(now.minus(Duration.ofHours(1)), Duration.ofHours(1));
        CrisisEngine engine = CrisisEngine.builder().build();          // compiles the rules once; share it
        Assessment assessment = engine.evaluate(Snapshot.builder(BrandContext.of("acme", Sector.RETAIL))
                .mentions(new MentionStatistics(lastHour, Channel.X, 900, 610, 480_000, 360_000, 0.2,
                        Map.of(Topic.DELIVERY, 700L)))
                .comment(new Comment("c1", "u1", Channel.X, "you are all crooks", now,
                        Set.of(CommentLabel.INSULTING), Map.of(), null))
                .build());
        assessment.incident().ifPresent(i -> System.out.println(i.severity() + " " + i.crisisType()));
        assessment.actions().forEach(a -> System.out.println(a.kind() + " due " + a.due() + " on " + a.channel()));
        assessment.moderation().forEach(d -> System.out.println(d.commentId() + ": " + d.action() + " " + d.explanation().policyIds()));
        // readme-example:end
    }
}
