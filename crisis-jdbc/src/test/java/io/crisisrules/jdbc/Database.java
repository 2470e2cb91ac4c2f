package io.crisisrules.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One database the tests run against, H2 or PostgreSQL: pools as a service instance would have
 * them (HikariCP), plain admin connections, and the means to drop one connection from the server
 * side as a network failure or a restarted server would.
 */
abstract class Database {
    static {
        // the pools check a connection on every borrow, not only after 500 ms idle: a session killed by
        // a test is then replaced at once (PostgreSQL's pool also evicts it on its SQL state; H2's error
        // codes are unknown to HikariCP)
        System.setProperty("com.zaxxer.hikari.aliveBypassWindowMs", "0");
    }

    private final String url;
    private final String user;

    Database(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** A fresh embedded H2 database in memory, kept until the JVM exits. */
    static Database h2() {
        return new Database("jdbc:h2:mem:crisis-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa") {
            @Override
            String sessionIdQuery() {
                return "SELECT SESSION_ID()";
            }

            @Override
            String killQuery(long session) {
                return "SELECT ABORT_SESSION(" + session + ")";
            }

            @Override
            public String toString() {
                return "H2";
            }
        };
    }

    /** A fresh database on the tests' PostgreSQL server (skips the test when there is none). */
    static Database postgres(String name) {
        return new Database(PostgresServer.newDatabase(name), "crisis") {
            @Override
            String sessionIdQuery() {
                return "SELECT pg_backend_pid()";
            }

            @Override
            String killQuery(long session) {
                return "SELECT pg_terminate_backend(" + session + ")";
            }

            @Override
            public String toString() {
                return "PostgreSQL";
            }
        };
    }

    abstract String sessionIdQuery();

    abstract String killQuery(long session);

    /** @return a new pool, as one service instance would hold */
    HikariDataSource pool(String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword("");
        config.setPoolName(name);
        config.setMaximumPoolSize(8);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    Connection admin() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    long sessionOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sessionIdQuery())) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Ends a connection's session from the server side, as a dropped network link or a server restart would. */
    void kill(long session) throws SQLException {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.executeQuery(killQuery(session)).close();
        }
    }

    long count(String table) throws SQLException {
        try (Connection admin = admin(); Statement statement = admin.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
