package io.crisisrules.jdbc;

/**
 * {@link OffenceHistoryContract} on a real PostgreSQL server ({@link PostgresServer}): a throwaway
 * cluster from the distribution's binaries, or {@code -Dcrisis.postgres.url}.
 */
class PostgresOffenceHistoryTest extends OffenceHistoryContract {
    private static Database database;

    @Override
    Database database() {
        synchronized (PostgresOffenceHistoryTest.class) {
            if (database == null) {
                database = Database.postgres("crisis_offences_test");
            }
            return database;
        }
    }
}
