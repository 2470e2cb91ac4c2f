package io.crisisrules.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.crisisrules.CrisisEngine;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import io.crisisrules.model.ModerationAction;
import io.crisisrules.model.ModerationDecision;
import io.crisisrules.moderation.Offence;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.moderation.OffenceHistoryException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a {@link JdbcOffenceHistory} promises, on a real database: the one the subclass names. Each
 * test has a table of its own.
 */
abstract class OffenceHistoryContract {
    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    /** One compiled engine for every test; each test derives engines with its own histories. */
    private static CrisisEngine engine;
    private static final AtomicInteger TABLES = new AtomicInteger();

    private final List<HikariDataSource> pools = new ArrayList<>();
    Database database;
    String table;

    abstract Database database();

    static synchronized CrisisEngine engine() {
        if (engine == null) {
            engine = CrisisEngine.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).offenceHistory(OffenceHistory.none())
                    .build();
        }
        return engine;
    }

    @BeforeEach
    void newTable() {
        database = database();
        table = "offences_" + TABLES.incrementAndGet();
    }

    @AfterEach
    void closePools() {
        pools.forEach(HikariDataSource::close);
    }

    /** A pool of its own, as a separate service instance would have. */
    HikariDataSource pool() {
        HikariDataSource pool = database.pool(table + "-" + pools.size());
        pools.add(pool);
        return pool;
    }

    JdbcOffenceHistory history(DataSource dataSource) {
        return JdbcOffenceHistory.builder(dataSource).table(table).build();
    }

    static Offence offence(String author, String comment, Duration ago) {
        return new Offence(author, comment, NOW.minus(ago));
    }

    static Comment insult(String id, String author, Duration ago) {
        return new Comment(id, author, Channel.FACEBOOK, "you are all crooks", NOW.minus(ago),
                Set.of(CommentLabel.INSULTING), Map.of(), null);
    }

    @Test
    void offences_read_back_within_the_window_only() {
        JdbcOffenceHistory history = history(pool());
        history.recordAll(List.of(offence("troll", "c1", Duration.ofDays(40)), offence("troll", "c2", Duration.ofDays(3)),
                offence("troll", "c3", Duration.ofHours(1)), offence("other", "c4", Duration.ofHours(2))));

        assertThat(history.offencesSince("troll", NOW.minus(Duration.ofDays(30))))
                .extracting(Offence::commentId).containsExactlyInAnyOrder("c2", "c3");
        assertThat(history.offencesSince("troll", NOW.minus(Duration.ofHours(1))))
                .as("the window's start is inclusive").extracting(Offence::commentId).containsExactly("c3");
        assertThat(history.offencesSince("nobody", NOW.minus(Duration.ofDays(30)))).isEmpty();
        assertThat(history.offencesSince("troll", NOW.minus(Duration.ofDays(30))))
                .contains(offence("troll", "c3", Duration.ofHours(1)));
    }

    @Test
    void the_same_offence_recorded_twice_counts_once() throws SQLException {
        JdbcOffenceHistory history = history(pool());
        Offence offence = offence("troll", "c1", Duration.ofHours(1));

        history.record(offence);
        history.recordAll(List.of(offence, offence, offence("troll", "c2", Duration.ofMinutes(5))));
        history.record(offence);

        assertThat(database.count(table)).isEqualTo(2);
        assertThat(history.offencesSince("troll", NOW.minus(Duration.ofDays(1)))).hasSize(2);
    }

    @Test
    void many_authors_are_read_in_one_call() {
        JdbcOffenceHistory history = history(pool());
        List<Offence> offences = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            authors.add("author-" + i);
            offences.add(offence("author-" + i, "c" + i, Duration.ofMinutes(i)));
        }
        history.recordAll(offences);

        Map<String, List<Offence>> read = history.offencesSince(authors, NOW.minus(Duration.ofDays(1)));

        assertThat(read).hasSize(1_200);
        assertThat(read.get("author-700")).containsExactly(offence("author-700", "c700", Duration.ofMinutes(700)));
    }

    @Test
    void concurrent_records_and_lookups_lose_nothing_and_count_each_offence_once() throws Exception {
        JdbcOffenceHistory history = history(pool());
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                work.add(threads.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        // every thread records the same 10 authors' offences of each round, in its own order
                        List<Offence> batch = new ArrayList<>();
                        for (int a = 0; a < 10; a++) {
                            int author = (a + thread) % 10;
                            batch.add(offence("author-" + author, "r" + round + "-a" + author, Duration.ofMinutes(round)));
                        }
                        history.recordAll(batch);
                        assertThat(history.offencesSince("author-" + thread, NOW.minus(Duration.ofDays(1))).size())
                                .isGreaterThanOrEqualTo(round + 1);
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(database.count(table)).isEqualTo(20 * 10);
    }

    @Test
    void two_engines_sharing_one_database_block_a_repeat_offender_across_them() {
        CrisisEngine first = engine().withOffenceHistory(history(pool()));
        CrisisEngine second = engine().withOffenceHistory(history(pool()));

        assertThat(first.moderate(List.of(insult("c1", "troll", Duration.ofHours(3)))))
                .extracting(ModerationDecision::action).containsExactly(ModerationAction.DELETE_AND_REPORT);
        assertThat(second.moderate(List.of(insult("c2", "troll", Duration.ofHours(2)))))
                .extracting(ModerationDecision::action).containsExactly(ModerationAction.DELETE_AND_REPORT);
        assertThat(first.moderate(List.of(insult("c3", "troll", Duration.ofHours(1)))))
                .as("the third offence within the window, two of them recorded by the other engine")
                .extracting(ModerationDecision::action).containsExactly(ModerationAction.BLOCK_AUTHOR);
        // and an engine built later, as after a restart, still knows them
        CrisisEngine restarted = engine().withOffenceHistory(history(pool()));
        assertThat(restarted.moderate(List.of(insult("c4", "troll", Duration.ofMinutes(1)))))
                .extracting(ModerationDecision::action).containsExactly(ModerationAction.BLOCK_AUTHOR);
    }

    @Test
    void a_connection_dropped_while_recording_fails_the_call_and_the_retry_loses_nothing() throws SQLException {
        history(pool()).recordAll(List.of(offence("troll", "c1", Duration.ofHours(3)), offence("troll", "c2", Duration.ofHours(2))));
        // the engine borrows a connection to read the author's offences, then one to record: the second dies
        Dropping dropping = new Dropping(pool(), database, 2);
        CrisisEngine engine = engine().withOffenceHistory(
                JdbcOffenceHistory.builder(dropping).table(table).createTable(false).build());
        List<Comment> third = List.of(insult("c3", "troll", Duration.ofHours(1)));

        assertThatThrownBy(() -> engine.moderate(third))
                .isInstanceOf(OffenceHistoryException.class)
                .hasMessageStartingWith("offence history (table " + table + "): could not record 1 offence(s): ")
                .hasMessageContaining("retrying it is safe");
        assertThat(dropping.dropped).isEqualTo(1);
        assertThat(database.count(table)).as("nothing half-written").isEqualTo(2);

        assertThat(engine.moderate(third)).extracting(ModerationDecision::action)
                .containsExactly(ModerationAction.BLOCK_AUTHOR);
        assertThat(engine.moderate(third)).as("a second retry changes nothing").extracting(ModerationDecision::action)
                .containsExactly(ModerationAction.BLOCK_AUTHOR);
        assertThat(database.count(table)).isEqualTo(3);
    }

    @Test
    void a_connection_dropped_while_reading_fails_the_call_rather_than_deciding_without_the_offences() {
        history(pool()).recordAll(List.of(offence("troll", "c1", Duration.ofHours(3)), offence("troll", "c2", Duration.ofHours(2))));
        Dropping dropping = new Dropping(pool(), database, 1);
        CrisisEngine engine = engine().withOffenceHistory(
                JdbcOffenceHistory.builder(dropping).table(table).createTable(false).build());

        assertThatThrownBy(() -> engine.moderate(List.of(insult("c3", "troll", Duration.ofHours(1)))))
                .isInstanceOf(OffenceHistoryException.class)
                .hasMessageContaining("could not read the offences of 1 author(s)")
                .hasMessageContaining("the call is stopped rather than decided without them");
    }

    @Test
    void old_offences_are_deleted_in_sql_past_the_retention() throws SQLException {
        JdbcOffenceHistory history = JdbcOffenceHistory.builder(pool()).table(table).retention(Duration.ofDays(30)).build();
        history.recordAll(List.of(offence("troll", "old", Duration.ofDays(60)), offence("troll", "older", Duration.ofDays(90))));
        assertThat(database.count(table)).as("measured from the newest offence seen, not a clock").isEqualTo(2);

        history.record(offence("troll", "new", Duration.ZERO));

        assertThat(database.count(table)).isEqualTo(1);
        assertThat(history.purgeBefore(NOW.plusSeconds(1))).isEqualTo(1);
    }

    @Test
    void a_database_that_cannot_be_reached_fails_with_a_clear_exception() {
        HikariDataSource pool = pool();
        JdbcOffenceHistory history = history(pool);
        pool.close();

        assertThatThrownBy(() -> history.offencesSince("troll", NOW))
                .isInstanceOf(OffenceHistoryException.class)
                .hasMessageStartingWith("offence history (table " + table + "): could not read the offences of 1 author(s): ");
        assertThatThrownBy(() -> history.record(offence("troll", "c1", Duration.ZERO)))
                .isInstanceOf(OffenceHistoryException.class);
    }

    /** Hands out connections from a pool, ending the session of the n-th from the server side first. */
    static final class Dropping implements DataSource {
        private final DataSource pool;
        private final Database database;
        private final int victim;
        private int handedOut;
        int dropped;

        Dropping(DataSource pool, Database database, int victim) {
            this.pool = pool;
            this.database = database;
            this.victim = victim;
        }

        @Override
        public synchronized Connection getConnection() throws SQLException {
            Connection connection = pool.getConnection();
            if (++handedOut == victim) {
                database.kill(database.sessionOf(connection));
                dropped++;
            }
            return connection;
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return pool.isWrapperFor(type);
        }
    }
}
