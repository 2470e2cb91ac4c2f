/**
 * Authors' offences (MOD-04) in a relational database, through plain JDBC:
 * {@link io.crisisrules.jdbc.JdbcOffenceHistory} is an {@link io.crisisrules.moderation.OffenceHistory}
 * that several engines, threads and service instances share. Start there; the table it uses is
 * described in {@code io/crisisrules/jdbc/V1__crisis_offence.sql}.
 */
package io.crisisrules.jdbc;
