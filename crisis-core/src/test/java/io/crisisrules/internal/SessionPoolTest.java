package io.crisisrules.internal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's session pool (issue 19): bounded to {@code maxIdle} after a burst, shrinking after
 * the idle timeout (on a ticker of the test's, no sleep), and never lending one session to two
 * calls nor handing over what a previous call left.
 */
class SessionPoolTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static CompiledRules rules;

    @BeforeAll
    static void compile() {
        // one rule that counts the strings of its session into a list global-free result fact
        rules = CompiledRules.compile(List.of(new RuleSource("src/main/resources/test/pool/count.drl", "count.drl", """
                package test.pool;
                ruleflow-group "decision"

                rule "POOL-01 Counts the strings of the session"
                    @policy("POOL-01")
                    @description("test rule")
                when
                    accumulate(String(), $n : count(1))
                then
                    insert(Long.valueOf($n));
                end
                """)));
    }

    private static long countAfterInserting(KieSession session, int strings) {
        for (int i = 0; i < strings; i++) {
            session.insert("s" + i);
        }
        session.getAgenda().getAgendaGroup(Phase.DECISION.group()).setFocus();
        session.fireAllRules();
        return session.getObjects(fact -> fact instanceof Long).stream().mapToLong(fact -> (Long) fact).sum();
    }

    @Test
    void after_a_burst_of_concurrent_calls_the_pool_keeps_at_most_max_idle_sessions() throws Exception {
        SessionPool pool = new SessionPool(rules.kieBase(), 3, TIMEOUT, System::nanoTime);
        int threads = 12;
        CyclicBarrier allHolding = new CyclicBarrier(threads);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        List<KieSession> held = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int strings = t + 1;
                results.add(executor.submit(() -> {
                    KieSession session = pool.acquire();
                    try {
                        held.add(session);
                        allHolding.await(30, TimeUnit.SECONDS); // the peak: every call holds a session
                        return countAfterInserting(session, strings);
                    } finally {
                        pool.release(session);
                    }
                }));
            }
            for (int t = 0; t < threads; t++) {
                assertThat(results.get(t).get(60, TimeUnit.SECONDS)).isEqualTo(t + 1L);
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(held).as("twelve calls at once, twelve sessions").doesNotHaveDuplicates().hasSize(threads);
        assertThat(pool.idle()).isEqualTo(3);
        assertThat(pool.lent()).isZero();
    }

    @Test
    void idle_sessions_are_freed_after_the_idle_timeout() {
        AtomicLong nanos = new AtomicLong();
        SessionPool pool = new SessionPool(rules.kieBase(), 4, TIMEOUT, nanos::get);
        List<KieSession> burst = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            burst.add(pool.acquire());
        }
        burst.forEach(pool::release);
        assertThat(pool.idle()).isEqualTo(4);

        nanos.addAndGet(TIMEOUT.toNanos()); // exactly the timeout: still kept
        KieSession reused = pool.acquire();
        assertThat(burst).contains(reused);
        pool.release(reused);
        assertThat(pool.idle()).isEqualTo(4);

        nanos.addAndGet(1); // the three untouched ones are now idle for longer than the timeout
        KieSession again = pool.acquire();
        assertThat(again).as("the one used a moment ago is kept").isSameAs(reused);
        assertThat(pool.idle()).isZero();
        pool.release(again);
        assertThat(pool.idle()).isEqualTo(1);

        nanos.addAndGet(TIMEOUT.toNanos() + 1);
        KieSession fresh = pool.acquire();
        assertThat(burst).as("every idle session expired: a new one").doesNotContain(fresh);
        assertThat(countAfterInserting(fresh, 2)).isEqualTo(2);
        pool.release(fresh);
        assertThat(pool.idle()).isEqualTo(1);
    }

    @Test
    void a_session_given_back_is_reset_before_the_next_call_takes_it() {
        SessionPool pool = new SessionPool(rules.kieBase(), 1, TIMEOUT, System::nanoTime);
        KieSession first = pool.acquire();
        assertThat(countAfterInserting(first, 5)).isEqualTo(5);
        first.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener());
        pool.release(first);

        KieSession second = pool.acquire();
        assertThat(second).isSameAs(first);
        assertThat(second.getFactCount()).isZero();
        assertThat(second.getAgendaEventListeners()).isEmpty();
        assertThat(countAfterInserting(second, 2)).isEqualTo(2);
        pool.release(second);
    }

    @Test
    void no_idle_session_is_kept_with_max_idle_zero() {
        SessionPool pool = new SessionPool(rules.kieBase(), 0, TIMEOUT, System::nanoTime);
        KieSession first = pool.acquire();
        pool.release(first);
        KieSession second = pool.acquire();
        assertThat(second).isNotSameAs(first);
        assertThat(countAfterInserting(second, 3)).isEqualTo(3);
        pool.release(second);
        assertThat(pool.idle()).isZero();
    }

    @Test
    void many_threads_taking_and_giving_back_sessions_get_their_own_results_and_leave_the_pool_bounded()
            throws Exception {
        AtomicLong nanos = new AtomicLong();
        SessionPool pool = new SessionPool(rules.kieBase(), 2, Duration.ofMillis(1), nanos::get);
        int threads = 8;
        int calls = 300;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                wrong.add(executor.submit(() -> {
                    int differing = 0;
                    for (int i = 0; i < calls; i++) {
                        int strings = (seed * 31 + i) % 9;
                        KieSession session = pool.acquire();
                        try {
                            if (session.getFactCount() != 0 || countAfterInserting(session, strings) != strings) {
                                differing++;
                            }
                        } finally {
                            pool.release(session);
                        }
                        nanos.addAndGet(50_000); // time moves: some sessions expire meanwhile
                    }
                    return differing;
                }));
            }
            for (Future<Integer> future : wrong) {
                assertThat(future.get(120, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            executor.shutdownNow();
        }
        assertThat(pool.idle()).isBetween(1, 2);
        assertThat(pool.lent()).isZero();
    }

    @Test
    void the_builder_refuses_pool_bounds_out_of_range_naming_the_value() {
        io.crisisrules.CrisisEngine.Builder builder = io.crisisrules.CrisisEngine.builder();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder.sessionPool(-1, TIMEOUT))
                .isInstanceOf(io.crisisrules.InvalidInputException.class)
                .hasMessageContaining("sessionPool.maxIdle").hasMessageContaining("-1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder.sessionPool(4, Duration.ZERO))
                .isInstanceOf(io.crisisrules.InvalidInputException.class)
                .hasMessageContaining("sessionPool.idleTimeout").hasMessageContaining("PT0S");
        assertThat(CompiledRules.DEFAULT_MAX_IDLE_SESSIONS).isGreaterThanOrEqualTo(8);
    }
}
