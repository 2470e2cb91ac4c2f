package io.crisisrules.examples;

import io.crisisrules.CrisisEngine;
import io.crisisrules.jdbc.JdbcOffenceHistory;
import io.crisisrules.model.Channel;
import io.crisisrules.model.Comment;
import io.crisisrules.model.CommentLabel;
import org.h2.jdbcx.JdbcConnectionPool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * README "Offences in a database": two engines (two service instances) sharing authors' offences
 * through one database, embedded H2 here; the third insult of an author within the window is
 * blocked whichever instance sees it (MOD-04).
 * Run: {@code java -cp crisis-examples/target/crisis-cli.jar io.crisisrules.examples.DatabaseOffences [JDBC-URL]}.
 */
public final class DatabaseOffences {

    private DatabaseOffences() {
    }

    /** @param args optionally a JDBC URL (default: an H2 database in memory) */
    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "jdbc:h2:mem:offences;DB_CLOSE_DELAY=-1";
        Instant now = Instant.parse("2026-03-10T09:00:00Z");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            // compiled once; each "instance" has its own history object over the same table
            CrisisEngine rules = CrisisEngine.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
            CrisisEngine first = rules.withOffenceHistory(new JdbcOffenceHistory(pool));
            CrisisEngine second = rules.withOffenceHistory(new JdbcOffenceHistory(pool));

            List<CrisisEngine> instances = List.of(first, second, first);
            for (int i = 0; i < instances.size(); i++) {
                Comment insult = new Comment("c" + (i + 1), "troll-42", Channel.FACEBOOK, "you are all crooks",
                        now.minus(Duration.ofHours(3 - i)), Set.of(CommentLabel.INSULTING), Map.of(), null);
                System.out.println("instance " + (instances.get(i) == first ? 1 : 2) + ": " + insult.id() + " -> "
                        + instances.get(i).moderate(List.of(insult)).get(0).action());
            }
        } finally {
            pool.dispose();
        }
    }
}
