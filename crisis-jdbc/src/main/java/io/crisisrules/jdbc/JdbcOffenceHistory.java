// Why over 300 lines: the SQL of one table and its contract in one place: schema creation, idempotent writes in key order,
// windowed reads and the dialect differences between PostgreSQL and H2 must change together.
package io.crisisrules.jdbc;

import io.crisisrules.InvalidInputException;
import io.crisisrules.moderation.Offence;
import io.crisisrules.moderation.OffenceHistory;
import io.crisisrules.moderation.OffenceHistoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Authors' offences (MOD-04) in one table of a relational database, shared by every engine,
 * thread and service instance that uses the same database: a second instance, or an engine rebuilt
 * after a restart, sees the offences the first one recorded.
 *
 * <pre>{@code
 * OffenceHistory offences = new JdbcOffenceHistory(dataSource);   // a pooled DataSource
 * CrisisEngine engine = CrisisEngine.builder().offenceHistory(offences).build();
 * }</pre>
 *
 * <p><b>Safe to share.</b> One offence is one row keyed by author and comment, so recording the same
 * offence twice (a retried call, two instances moderating the same comment) keeps one row; rows of
 * one call are written in one transaction, in key order (two calls never deadlock each other); a
 * lookup reads committed rows only. Reads filter by time in SQL ({@code posted_at >= ?}, on an index
 * over author and time); rows older than the {@linkplain Builder#retention retention} are deleted in
 * SQL too, so the table holds about one window of offences.
 *
 * <p><b>Failures are loud.</b> Any database error (the server down, a connection dropped in the
 * middle of a call) throws an {@link OffenceHistoryException} naming the table and what could not
 * be done, so the engine's call fails instead of deciding without the author's earlier offences or
 * returning decisions whose offences were not recorded. Retrying the call is safe.
 *
 * <p><b>Databases.</b> Tested on PostgreSQL (15) and H2 (2.x): on PostgreSQL rows are inserted with
 * {@code ON CONFLICT DO NOTHING}, on H2 with {@code MERGE … KEY}, elsewhere with plain inserts whose
 * duplicate-key errors are ignored. The table is created, if missing, with the DDL of
 * {@code io/crisisrules/jdbc/V1__crisis_offence.sql} (also usable as a Flyway or Liquibase
 * migration: see {@link #ddl(String)}); times are stored as {@code TIMESTAMP WITH TIME ZONE}, to the
 * microsecond on PostgreSQL. Give it a pooled {@link DataSource}: every call borrows one connection
 * and returns it.
 */
public final class JdbcOffenceHistory implements OffenceHistory {
    /** The table used unless {@link Builder#table(String)} names another. */
    public static final String DEFAULT_TABLE = "crisis_offence";
    /** How long offences are kept by default: the longest {@code moderation.offenceWindow} allowed. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(365);

    private static final Logger LOG = LoggerFactory.getLogger(JdbcOffenceHistory.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    /** Authors per lookup statement: well below every driver's limit on parameters. */
    private static final int AUTHORS_PER_QUERY = 500;
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final DataSource dataSource;
    private final String table;
    private final Duration retention;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);
    private volatile Dialect dialect;

    /**
     * A history in the table {@value #DEFAULT_TABLE}, created if missing, keeping offences for
     * {@link #DEFAULT_RETENTION}.
     *
     * @param dataSource where the table is; a pooled one
     * @throws OffenceHistoryException if the database cannot be reached or the table cannot be created
     */
    public JdbcOffenceHistory(DataSource dataSource) {
        this(builder(dataSource));
    }

    private JdbcOffenceHistory(Builder builder) {
        this.dataSource = builder.dataSource;
        this.table = builder.table;
        this.retention = builder.retention;
        if (builder.createTable) {
            createTableIfMissing();
        }
    }

    /**
     * @param dataSource where the table is; a pooled one
     * @return a builder to choose the table, whether to create it and the retention
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * The DDL that creates the table and its indexes, for hosts that run their own migrations (Flyway,
     * Liquibase): for the default table it is the content of
     * {@code io/crisisrules/jdbc/V1__crisis_offence.sql}. Standard SQL, run as it is on PostgreSQL and H2.
     *
     * @param table the table's name, optionally with its schema ({@code moderation.crisis_offence})
     * @return the statements, each ending with {@code ;}
     */
    public static List<String> ddl(String table) {
        String name = checkedTable(table);
        String base = name.substring(name.lastIndexOf('.') + 1);
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + name + " (\n"
                        + "    author_id  VARCHAR(512) NOT NULL,\n"
                        + "    comment_id VARCHAR(512) NOT NULL,\n"
                        + "    posted_at  TIMESTAMP WITH TIME ZONE NOT NULL,\n"
                        + "    CONSTRAINT " + base + "_pk PRIMARY KEY (author_id, comment_id)\n"
                        + ");",
                "CREATE INDEX IF NOT EXISTS " + base + "_author_time ON " + name + " (author_id, posted_at);",
                "CREATE INDEX IF NOT EXISTS " + base + "_time ON " + name + " (posted_at);");
    }

    @Override
    public List<Offence> offencesSince(String authorId, Instant since) {
        requireText("authorId", authorId);
        return offencesSince(List.of(authorId), since).getOrDefault(authorId, List.of());
    }

    @Override
    public Map<String, List<Offence>> offencesSince(Collection<String> authorIds, Instant since) {
        Objects.requireNonNull(authorIds, "authorIds");
        required("since", since);
        List<String> authors = new ArrayList<>(new LinkedHashSet<>(authorIds));
        authors.forEach(author -> requireText("authorIds", author));
        Map<String, List<Offence>> offences = new LinkedHashMap<>();
        if (authors.isEmpty()) {
            return offences;
        }
        try (Connection connection = connection("read the offences of " + authors.size() + " author(s)")) {
            for (int from = 0; from < authors.size(); from += AUTHORS_PER_QUERY) {
                List<String> chunk = authors.subList(from, Math.min(authors.size(), from + AUTHORS_PER_QUERY));
                String sql = "SELECT author_id, comment_id, posted_at FROM " + table + " WHERE posted_at >= ? AND author_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 2, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            Offence offence = new Offence(rows.getString(1), rows.getString(2),
                                    rows.getObject(3, OffsetDateTime.class).toInstant());
                            offences.computeIfAbsent(offence.authorId(), a -> new ArrayList<>()).add(offence);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("could not read the offences of " + authors.size() + " author(s)", e,
                    "the call is stopped rather than decided without them");
        }
        return offences;
    }

    @Override
    public void record(Offence offence) {
        recordAll(List.of(required("offence", offence)));
    }

    /**
     * Records the offences of one call in one transaction: all of them, or none and an exception.
     * An offence already recorded (same author and comment) is kept as it is.
     *
     * @param offences the offences
     * @throws OffenceHistoryException if the database refuses or the connection drops
     */
    @Override
    public void recordAll(List<Offence> offences) {
        Objects.requireNonNull(offences, "offences");
        if (offences.isEmpty()) {
            return;
        }
        List<Offence> ordered = new ArrayList<>(offences);
        ordered.forEach(offence -> required("offences[]", offence));
        // one lock order for every caller: two overlapping batches never wait on each other in a cycle
        ordered.sort(Comparator.comparing(Offence::authorId).thenComparing(Offence::commentId));
        String what = "could not record " + ordered.size() + " offence(s)";
        try {
            insert(ordered);
        } catch (SQLException first) {
            if (!isRetryable(first)) {
                throw failure(what, first, "the call failed; it may have recorded none of them, and retrying it is "
                        + "safe (an offence recorded twice counts once)");
            }
            // a concurrent insert of the same offence, or a deadlock victim: once more, the rows may be there now
            try {
                insert(ordered);
            } catch (SQLException second) {
                second.addSuppressed(first);
                throw failure(what, second, "the call failed; retrying it is safe");
            }
        }
        purgeIfDue(ordered.stream().map(Offence::at).max(Comparator.naturalOrder()).orElseThrow());
    }

    private void insert(List<Offence> offences) throws SQLException {
        try (Connection connection = connection("record " + offences.size() + " offence(s)")) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Dialect dialect = dialect(connection);
                if (dialect == Dialect.OTHER) {
                    insertOneByOne(connection, offences);
                } else {
                    try (PreparedStatement insert = connection.prepareStatement(dialect.insert(table))) {
                        for (Offence offence : offences) {
                            bind(insert, offence);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                restoreQuietly(connection, autoCommit);
            }
        }
    }

    private void insertOneByOne(Connection connection, List<Offence> offences) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(Dialect.OTHER.insert(table))) {
            for (Offence offence : offences) {
                bind(insert, offence);
                try {
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!isDuplicate(e)) {
                        throw e;
                    }
                }
            }
        }
    }

    private static void bind(PreparedStatement insert, Offence offence) throws SQLException {
        insert.setString(1, offence.authorId());
        insert.setString(2, offence.commentId());
        insert.setObject(3, OffsetDateTime.ofInstant(offence.at(), ZoneOffset.UTC));
    }

    /**
     * Deletes the offences posted before an instant, in one statement; a host may run it on its own
     * schedule instead of, or besides, the retention.
     *
     * @param before offences posted strictly before this are deleted
     * @return how many were deleted
     * @throws OffenceHistoryException if the database refuses
     */
    public int purgeBefore(Instant before) {
        required("before", before);
        try (Connection connection = connection("delete expired offences");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE posted_at < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw failure("could not delete the offences posted before " + before, e, "nothing was deleted");
        }
    }

    /**
     * At most once an hour of offence time, deletes what is older than the retention, measured from
     * the newest offence recorded (not a clock: a replay of old comments forgets as the live run did).
     * A failure is logged, never thrown: the offences themselves are recorded.
     */
    private void purgeIfDue(Instant newest) {
        Instant last = lastPurge.get();
        if (newest.isBefore(last.plus(PURGE_EVERY)) || !lastPurge.compareAndSet(last, newest)) {
            return;
        }
        try {
            int deleted = purgeBefore(newest.minus(retention));
            LOG.debug("deleted {} offence(s) older than {} from {}", deleted, retention, table);
        } catch (OffenceHistoryException e) {
            LOG.warn("{}; will try again", e.getMessage());
            lastPurge.compareAndSet(newest, last);
        }
    }

    /** @return the table this history reads and writes */
    public String table() {
        return table;
    }

    /** @return how long offences are kept */
    public Duration retention() {
        return retention;
    }

    @Override
    public String toString() {
        return "JdbcOffenceHistory(" + table + ", retention " + retention + ")";
    }

    private void createTableIfMissing() {
        try (Connection connection = connection("create the table " + table);
             Statement statement = connection.createStatement()) {
            for (String ddl : ddl(table)) {
                statement.execute(ddl.substring(0, ddl.length() - 1));
            }
        } catch (SQLException e) {
            // two instances starting together may race to create it: fine if it is there now
            if (!tableExists()) {
                throw failure("could not create the table " + table, e, "create it with JdbcOffenceHistory.ddl");
            }
        }
    }

    private boolean tableExists() {
        try (Connection connection = connection("check the table " + table);
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT author_id FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException | OffenceHistoryException e) {
            return false;
        }
    }

    private Connection connection(String purpose) throws SQLException {
        Connection connection = dataSource.getConnection();
        if (connection == null) {
            throw new SQLException("the data source gave no connection to " + purpose);
        }
        return connection;
    }

    private Dialect dialect(Connection connection) throws SQLException {
        Dialect known = dialect;
        if (known == null) {
            known = Dialect.of(connection.getMetaData().getDatabaseProductName());
            dialect = known;
        }
        return known;
    }

    private OffenceHistoryException failure(String what, SQLException e, String consequence) {
        return new OffenceHistoryException("offence history (table " + table + "): " + what + ": "
                + oneLine(e.getMessage()) + " [SQLState " + e.getSQLState() + "]; " + consequence, e);
    }

    private static String oneLine(String message) {
        return message == null ? "no message" : message.replaceAll("\\s+", " ").strip();
    }

    private static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    /** A duplicate key met concurrently, a serialization failure or a deadlock: trying again may succeed. */
    private static boolean isRetryable(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            String state = next.getSQLState();
            if (state != null && (state.startsWith("23") || state.equals("40001") || state.equals("40P01"))) {
                return true;
            }
        }
        return false;
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restoreQuietly(Connection connection, boolean autoCommit) {
        try {
            if (!connection.isClosed()) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            LOG.debug("could not restore auto-commit on a connection about to be returned", e);
        }
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, null, "be present");
        }
        return value;
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, value, "hold non-blank author ids");
        }
    }

    private static String checkedTable(String table) {
        if (table == null || !IDENTIFIER.matcher(table).matches()) {
            throw new InvalidInputException("table", table,
                    "be an SQL name of letters, digits and underscores, optionally schema.table");
        }
        return table;
    }

    /** How a database inserts a row unless its key is there already. */
    enum Dialect {
        POSTGRESQL("INSERT INTO %s (author_id, comment_id, posted_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (author_id, comment_id) DO NOTHING"),
        H2("MERGE INTO %s (author_id, comment_id, posted_at) KEY (author_id, comment_id) VALUES (?, ?, ?)"),
        OTHER("INSERT INTO %s (author_id, comment_id, posted_at) VALUES (?, ?, ?)");

        private final String insert;

        Dialect(String insert) {
            this.insert = insert;
        }

        String insert(String table) {
            return insert.formatted(table);
        }

        static Dialect of(String productName) {
            String name = String.valueOf(productName).toLowerCase(java.util.Locale.ROOT);
            return name.contains("postgresql") ? POSTGRESQL : name.equals("h2") ? H2 : OTHER;
        }
    }

    /** Configures a {@link JdbcOffenceHistory}. */
    public static final class Builder {
        private final DataSource dataSource;
        private String table = DEFAULT_TABLE;
        private boolean createTable = true;
        private Duration retention = DEFAULT_RETENTION;

        private Builder(DataSource dataSource) {
            this.dataSource = required("dataSource", dataSource);
        }

        /**
         * @param table the table's name, optionally with its schema; letters, digits and underscores
         * @return this builder
         */
        public Builder table(String table) {
            this.table = checkedTable(table);
            return this;
        }

        /**
         * @param create whether {@link #build()} creates the table and its indexes when missing
         *               (default true); false when the host's migrations do
         * @return this builder
         */
        public Builder createTable(boolean create) {
            this.createTable = create;
            return this;
        }

        /**
         * @param retention how long an offence is kept, at least {@code moderation.offenceWindow}
         *                  (default {@link #DEFAULT_RETENTION}); older rows are deleted in SQL as
         *                  newer offences are recorded
         * @return this builder
         */
        public Builder retention(Duration retention) {
            required("retention", retention);
            if (retention.isNegative() || retention.isZero()) {
                throw new InvalidInputException("retention", retention, "be > 0");
            }
            this.retention = retention;
            return this;
        }

        /**
         * @return the history
         * @throws OffenceHistoryException if the table is to be created and cannot be
         */
        public JdbcOffenceHistory build() {
            return new JdbcOffenceHistory(this);
        }
    }
}
