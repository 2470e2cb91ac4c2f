package io.crisisrules.examples;

import io.crisisrules.CrisisEngine;
import io.crisisrules.Reload;
import io.crisisrules.ReloadableEngine;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * README "Reloading rules": house rules changed in a running host. A broken file is reported with
 * its file and line and the last good rules stay in force; a good one is swapped in atomically.
 * Run: {@code java -cp crisis-examples/target/crisis-cli.jar io.crisisrules.examples.ReloadingRules}.
 */
public final class ReloadingRules {
    private static final String HOUSE_RULE = """
            package acme.moderation;
            import io.crisisrules.model.*;
            import io.crisisrules.facts.ModerationFinding;
            ruleflow-group "moderation"

            rule "MOD-02 Acme ignores spam rather than replying"
                @policy("MOD-02")
                @description("Spam gets no answer.")
            when
                Comment($id : id, hasLabel(CommentLabel.SPAM))
            then
                insert(ModerationFinding.of($id, ModerationAction.%s));
            end
            """;

    private ReloadingRules() {
    }

    /**
     * @param args unused
     * @throws IOException if the temporary rules folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path houseRules = Files.createTempDirectory("house-rules");
        Path file = houseRules.resolve("moderation/spam.drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, HOUSE_RULE.formatted("IGNORE"));
        Comment spam = new Comment("c1", "bot-7", Channel.X, "cheap watches", Instant.now(),
                Set.of(CommentLabel.SPAM), Map.of(), null);

        try (ReloadableEngine engine = ReloadableEngine.builder(
                () -> CrisisEngine.builder().rulesDirectory(houseRules).build()).build()) {
            System.out.println("generation " + engine.generation() + ": " + engine.moderate(List.of(spam)).get(0).action());

            Files.writeString(file, HOUSE_RULE.formatted("DELETE_AND_REPORTT"));      // a typo
            Reload broken = engine.reload().join();
            System.out.println("reload swapped: " + broken.swapped() + "; problems: " + broken.problems().size()
                    + ", first at " + file.getFileName() + ":" + broken.problems().get(0).line());
            System.out.println("generation " + engine.generation() + ": " + engine.moderate(List.of(spam)).get(0).action());

            Files.writeString(file, HOUSE_RULE.formatted("DELETE_AND_REPORT"));
            Reload fixed = engine.reload().join();
            System.out.println("reload swapped: " + fixed.swapped() + " in " + fixed.took().toMillis() + " ms");
            System.out.println("generation " + engine.generation() + ": " + engine.moderate(List.of(spam)).get(0).action());
        }
    }
}
