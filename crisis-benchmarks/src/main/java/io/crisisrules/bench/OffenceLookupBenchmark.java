package io.crisisrules.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crisisrules.jdbc.JdbcOffenceHistory;
import io.crisisrules.moderation.Offence;
import io.crisisrules.moderation.OffenceHistory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Offence lookups per second (MOD-04) in each history, measured in one run so their ratios hold:
 * the in-memory default, {@link JdbcOffenceHistory} on embedded H2 (in memory) and on PostgreSQL
 * over TCP on this machine ({@code -Dcrisis.postgres.url}, which {@code benchmarks.sh} sets after
 * starting a throwaway server). The table holds 10,000 authors with 5 offences each, 40 days of them,
 * of which the 30-day window keeps most; a lookup asks for one author, or for the 20 offending
 * authors of a moderation batch in one call, as the engine does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OffenceLookupBenchmark {
    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final int AUTHORS = 10_000;

    @Param({"inMemory", "h2", "postgresql"})
    public String history;

    OffenceHistory offences;
    HikariDataSource pool;
    final Instant since = NOW.minus(Duration.ofDays(30));
    final SplittableRandom random = new SplittableRandom(42);

    @Setup(Level.Trial)
    public void setUp() {
        offences = switch (history) {
            case "inMemory" -> OffenceHistory.inMemory(Duration.ofDays(365));
            case "h2" -> jdbc("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "sa");
            case "postgresql" -> {
                String url = System.getProperty("crisis.postgres.url");
                if (url == null) {
                    throw new IllegalStateException("-Dcrisis.postgres.url is not set (benchmarks.sh starts a server)");
                }
                yield jdbc(url, System.getProperty("crisis.postgres.user", "crisis"));
            }
            default -> throw new IllegalArgumentException(history);
        };
        List<Offence> batch = new ArrayList<>();
        for (int a = 0; a < AUTHORS; a++) {
            for (int o = 0; o < 5; o++) {
                batch.add(new Offence("author-" + a, "c" + a + "-" + o, NOW.minus(Duration.ofHours(8L * (a % 120) + o))));
            }
            if (batch.size() >= 5_000) {
                offences.recordAll(batch);
                batch.clear();
            }
        }
        offences.recordAll(batch);
    }

    private OffenceHistory jdbc(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_offence");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return JdbcOffenceHistory.builder(pool).table("bench_offence").build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (pool != null) {
            pool.close();
        }
    }

    @Benchmark
    public List<Offence> lookupOneAuthor() {
        return offences.offencesSince("author-" + random.nextInt(AUTHORS), since);
    }

    @Benchmark
    public Map<String, List<Offence>> lookupTwentyAuthors() {
        List<String> authors = new ArrayList<>(20);
        int first = random.nextInt(AUTHORS - 20);
        for (int i = 0; i < 20; i++) {
            authors.add("author-" + (first + i * 37 % AUTHORS) % AUTHORS);
        }
        return offences.offencesSince(authors, since);
    }
}
