package io.crisisrules;

import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.moderation.OffenceHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules swapped in a running host: atomically, in the background, keeping the last good rules when
 * the new ones are broken, keeping authors' offences, and under concurrent calls none of which fails
 * or sees part of one version and part of another.
 */
class ReloadableEngineTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    @TempDir
    Path rules;

    /**
     * One version of the house rules: two files, each with one rule that fires on every insulting
     * comment and names the version, so a decision explained by rules of two versions would show.
     */
    private void version(String name, ModerationAction action) throws IOException {
        for (String part : List.of("first", "second")) {
            Path file = rules.resolve("moderation/" + part + ".drl");
            Files.createDirectories(file.getParent());
            Files.writeString(file, """
                    package test.moderation;
                    import io.crisisrules.model.*;
                    import io.crisisrules.facts.ModerationFinding;
                    ruleflow-group "moderation"

                    rule "MOD-01 %s %s"
                        @policy("MOD-01")
                        @description("test rule")
                    when
                        Comment($id : id, hasLabel(CommentLabel.INSULTING))
                    then
                        insert(ModerationFinding.of($id, ModerationAction.%s));
                    end
                    """.formatted(name, part, action));
        }
    }

    private void broken() throws IOException {
        Files.writeString(rules.resolve("moderation/second.drl"), """
                package test.moderation;
                ruleflow-group "moderation"
                rule "MOD-01 broken"
                when
                    Comment(noSuchField == 1)
                then
                end
                """);
    }

    private CrisisEngine build() {
        return CrisisEngine.builder().withoutDefaultRules().rulesDirectory(rules)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    private static Comment insult(String id, String author) {
        return new Comment(id, author, Channel.X, "", NOW.minusSeconds(60), Set.of(CommentLabel.INSULTING), Map.of(), null);
    }

    @Test
    void a_reload_swaps_the_new_rules_in_and_broken_rules_leave_the_last_good_ones_in_force() throws IOException {
        version("A", ModerationAction.DELETE_AND_REPORT);
        List<Reload> told = new ArrayList<>();
        try (ReloadableEngine engine = ReloadableEngine.builder(this::build).listener(new ReloadListener() {
            @Override
            public void reloaded(Reload reload) {
                told.add(reload);
            }

            @Override
            public void reloadFailed(Reload reload) {
                told.add(reload);
            }
        }).build()) {
            assertThat(engine.generation()).isEqualTo(1);
            assertThat(engine.moderate(List.of(insult("c1", "u1")))).extracting(ModerationDecision::action)
                    .containsExactly(ModerationAction.DELETE_AND_REPORT);

            version("B", ModerationAction.IGNORE);
            Reload swapped = engine.reload().join();
            assertThat(swapped.swapped()).isTrue();
            assertThat(swapped.generation()).isEqualTo(2);
            assertThat(engine.moderate(List.of(insult("c2", "u2")))).extracting(ModerationDecision::action)
                    .containsExactly(ModerationAction.IGNORE);

            broken();
            Reload failed = engine.reload().join();
            assertThat(failed.swapped()).isFalse();
            assertThat(failed.generation()).as("generation 2 stays in force").isEqualTo(2);
            assertThat(failed.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.file()).endsWith("second.drl");
                assertThat(problem.line()).isPositive();
            });
            assertThat(engine.lastReload()).isEqualTo(failed);
            assertThat(engine.moderate(List.of(insult("c3", "u3")))).extracting(ModerationDecision::action)
                    .containsExactly(ModerationAction.IGNORE);
            assertThat(told).containsExactly(swapped, failed);
        }
    }

    @Test
    void offences_survive_a_reload_with_the_default_in_memory_history() throws IOException {
        version("A", ModerationAction.DELETE_AND_REPORT);
        try (ReloadableEngine engine = ReloadableEngine.builder(this::build).build()) {
            OffenceHistory history = engine.offenceHistory();
            engine.moderate(List.of(insult("c1", "troll"), insult("c2", "troll")));

            version("B", ModerationAction.DELETE_AND_REPORT);
            assertThat(engine.reload().join().swapped()).isTrue();

            assertThat(engine.current().offenceHistory()).isSameAs(history);
            engine.moderate(List.of(insult("c3", "troll")));
            assertThat(history.offencesSince("troll", NOW.minus(Duration.ofDays(1))))
                    .as("offences recorded under both generations, in the one history")
                    .extracting(io.crisisrules.moderation.Offence::commentId).containsExactlyInAnyOrder("c1", "c2", "c3");
        }
    }

    @Test
    void the_first_rules_must_build_since_there_is_nothing_to_fall_back_on() throws IOException {
        version("A", ModerationAction.DELETE_AND_REPORT);
        broken();
        assertThatThrownBy(() -> ReloadableEngine.builder(this::build).build()).isInstanceOf(RuleCompilationException.class);
    }

    @Test
    void under_concurrent_calls_no_call_fails_and_none_sees_half_swapped_rules() throws Exception {
        version("A", ModerationAction.DELETE_AND_REPORT);
        try (ReloadableEngine engine = ReloadableEngine.builder(this::build).build()) {
            AtomicBoolean stop = new AtomicBoolean();
            Map<String, AtomicLong> explanations = new ConcurrentHashMap<>();
            AtomicLong calls = new AtomicLong();
            ExecutorService callers = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                running.add(callers.submit(() -> {
                    for (long i = 0; !stop.get(); i++) {
                        // offences pile up in the shared history: a new author every call keeps decisions comparable
                        ModerationDecision decision = engine.moderate(List.of(insult("c" + i, "u" + thread + "-" + i)))
                                .get(0);
                        explanations.computeIfAbsent(decision.action() + " " + decision.explanation().ruleNames(),
                                k -> new AtomicLong()).incrementAndGet();
                        calls.incrementAndGet();
                    }
                    return null;
                }));
            }
            List<Reload> reloads = new ArrayList<>();
            String[] versions = {"B", "A", "broken", "B", "A"};
            for (String v : versions) {
                if (v.equals("broken")) {
                    broken();
                } else {
                    version(v, v.equals("A") ? ModerationAction.DELETE_AND_REPORT : ModerationAction.IGNORE);
                }
                long before = calls.get();
                reloads.add(engine.reload().get(120, TimeUnit.SECONDS));
                // let calls run on this version before the next swap (unless a caller failed: get() says why)
                while (calls.get() < before + 50 && running.stream().noneMatch(Future::isDone)) {
                    Thread.onSpinWait();
                }
            }
            stop.set(true);
            for (Future<?> caller : running) {
                caller.get(60, TimeUnit.SECONDS); // rethrows any call's failure
            }
            callers.shutdown();

            assertThat(reloads).extracting(Reload::swapped).containsExactly(true, true, false, true, true);
            assertThat(engine.generation()).isEqualTo(5);
            assertThat(explanations.keySet()).as("every decision comes from one whole version")
                    .containsExactlyInAnyOrder("DELETE_AND_REPORT [MOD-01 A first, MOD-01 A second]",
                            "IGNORE [MOD-01 B first, MOD-01 B second]");
            assertThat(calls.get()).isGreaterThan(250);
        }
    }

    @Test
    void a_watched_folder_reloads_once_it_has_been_quiet() throws Exception {
        version("A", ModerationAction.DELETE_AND_REPORT);
        LinkedBlockingQueue<Reload> reloads = new LinkedBlockingQueue<>();
        CountDownLatch swapped = new CountDownLatch(1);
        try (ReloadableEngine engine = ReloadableEngine.builder(this::build).watch(rules)
                .quietPeriod(Duration.ofMillis(200)).listener(new ReloadListener() {
                    @Override
                    public void reloaded(Reload reload) {
                        reloads.add(reload);
                        swapped.countDown();
                    }
                }).build()) {
            version("B", ModerationAction.IGNORE);

            assertThat(swapped.await(120, TimeUnit.SECONDS)).as("a reload after the change").isTrue();
            assertThat(engine.moderate(List.of(insult("c1", "u1")))).extracting(ModerationDecision::action)
                    .containsExactly(ModerationAction.IGNORE);
        }
    }
}
