package com.frgm.dashboard.eventstore.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rejections are counted whatever bytes their first problem quotes (found by PipelineFuzzIT). */
class FeedActivityIT {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void recordsARejectionWhoseFirstProblemQuotesANulByte() {
        new FeedActivity(jdbc)
                .recordRejection(
                        "sod",
                        "sod",
                        "frgm-actant-dev",
                        "sod/2023/04/06/actant_sod_20230406.csv",
                        "abc",
                        1,
                        "`105.4\0FA` is not a decimal number");

        assertThat(jdbc.queryForObject("SELECT first_problem FROM rejected_file", String.class))
                .isEqualTo("`105.4\\u0000FA` is not a decimal number");
    }
}
