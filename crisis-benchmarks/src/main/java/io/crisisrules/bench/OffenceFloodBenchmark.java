package io.crisisrules.bench;

import io.crisisrules.moderation.Offence;
import io.crisisrules.moderation.OffenceHistory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A flood of distinct offending authors into the default in-memory offence history (MOD-04, issue 19):
 * 10⁶ authors, ten times its 100,000-author bound, against 10³ authors measured in the same run. Each
 * invocation floods a new history; the score divided by {@code authors} is the cost per author,
 * which must not grow with the flood (O(1) per author: the bound is kept by Caffeine's eviction, on
 * the calling thread). A troll with two offences before the flood must still be found after it,
 * or the invocation fails. {@link #main} prints the heap each flood leaves behind (bounded memory).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class OffenceFloodBenchmark {
    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    @Param({"1000", "1000000"})
    public int authors;

    String[] ids;

    @Setup(Level.Trial)
    public void setUp() {
        // the ids made once, so that the score is the history's, not string building's
        ids = new String[authors];
        for (int i = 0; i < authors; i++) {
            ids[i] = "flood-" + i;
        }
    }

    @Benchmark
    public OffenceHistory flood() {
        return flood(ids);
    }

    static OffenceHistory flood(String[] ids) {
        OffenceHistory history = OffenceHistory.inMemory(Duration.ofDays(30));
        history.record(new Offence("the-troll", "t1", NOW.minus(Duration.ofHours(2))));
        history.record(new Offence("the-troll", "t2", NOW.minus(Duration.ofHours(1))));
        for (int i = 0; i < ids.length; i++) {
            history.record(new Offence(ids[i], "c" + i, NOW));
        }
        if (history.offencesSince("the-troll", NOW.minus(Duration.ofDays(30))).size() != 2) {
            throw new IllegalStateException("the troll was pushed out by the flood of " + ids.length + " authors");
        }
        return history;
    }

    /**
     * Prints the heap that a history holds after each flood, after GC:
     * {@code java -cp benchmarks.jar io.crisisrules.bench.OffenceFloodBenchmark}.
     *
     * @param args none
     */
    public static void main(String[] args) {
        for (int authors : new int[] {1_000, 1_000_000}) {
            String[] ids = new String[authors];
            for (int i = 0; i < authors; i++) {
                ids[i] = "flood-" + i;
            }
            long before = Heap.usedAfterGc();
            long started = System.nanoTime();
            OffenceHistory history = flood(ids);
            long nanos = System.nanoTime() - started;
            long after = Heap.usedAfterGc();
            System.out.printf("offenceFlood.authors=%d ns/author=%.0f heapHeldMB=%.1f trollKept=%b%n", authors,
                    (double) nanos / authors, (after - before) / 1e6,
                    history.offencesSince("the-troll", NOW.minus(Duration.ofDays(30))).size() == 2);
        }
    }
}
