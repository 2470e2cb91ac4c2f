package io.crisisrules.jdbc;

/** {@link OffenceHistoryContract} on embedded H2, the examples' default database. */
class H2OffenceHistoryTest extends OffenceHistoryContract {
    @Override
    Database database() {
        return Database.h2();
    }
}
