package com.frgm.dashboard.ingest.tt;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.eventstore.worker.AdvisoryLockLeadership;
import com.frgm.dashboard.eventstore.worker.Leadership;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two ingest nodes on one PostgreSQL: one advisory lock decides which polls TT, and the day's
 * request count is theirs together and outlives both.
 */
class TtLeadershipIT {

    private static final long KEY = TtPollerConfiguration.LEADER_LOCK_KEY;
    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void oneNodeLeadsAndTheOtherTakesOverWhenItGoes() {
        Leadership first = new AdvisoryLockLeadership(dataSource, KEY, "test job");
        Leadership second = new AdvisoryLockLeadership(dataSource, KEY, "test job");

        assertThat(first.holds()).isTrue();
        assertThat(second.holds()).isFalse();
        assertThat(first.holds()).as("a leader stays the leader").isTrue();

        first.release();
        assertThat(second.holds()).isTrue();
        assertThat(first.holds()).isFalse();
        second.release();
    }

    @Test
    void aLeaderWhoseSessionDiesLosesTheLock() {
        Leadership first = new AdvisoryLockLeadership(dataSource, KEY + 1, "test job");
        Leadership second = new AdvisoryLockLeadership(dataSource, KEY + 1, "test job");
        assertThat(first.holds()).isTrue();

        // What a kill -9 of the leader's process amounts to for PostgreSQL: its session ends.
        new JdbcTemplate(dataSource).queryForList("""
                SELECT pg_terminate_backend(pid) FROM pg_locks
                WHERE locktype = 'advisory' AND objid = ? AND granted""", ((KEY + 1) & 0xFFFFFFFFL));

        assertThat(second.holds()).isTrue();
        assertThat(first.holds()).isFalse();
        second.release();
    }

    @Test
    void theDailyCountIsSharedAndSurvivesARestart() {
        LocalDate day = LocalDate.of(2024, 1, 15);
        DailyRequestBudget.Counts nodeA = new JdbcRequestCounts(new JdbcTemplate(dataSource));
        DailyRequestBudget.Counts nodeB = new JdbcRequestCounts(new JdbcTemplate(dataSource));

        assertThat(nodeA.tryTake(day, 3)).isTrue();
        assertThat(nodeB.tryTake(day, 3)).isTrue();
        assertThat(nodeA.tryTake(day, 3)).isTrue();
        assertThat(nodeB.tryTake(day, 3)).as("the cap is for both together").isFalse();

        DailyRequestBudget.Counts restarted = new JdbcRequestCounts(new JdbcTemplate(dataSource));
        assertThat(restarted.used(day)).isEqualTo(3);
        assertThat(restarted.tryTake(day.plusDays(1), 3))
                .as("a new day starts afresh")
                .isTrue();
    }
}
