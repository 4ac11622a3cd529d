package com.frgm.dashboard.ingest.tt;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.eventstore.aws.AwsClientsConfiguration;
import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import com.frgm.dashboard.eventstore.objects.ObjectStore;
import com.frgm.dashboard.ingest.IngestProperties;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * When the poller exists and which sink it gets. Its database is a closed port, so it never
 * becomes the leader and never polls; it is stopped with the context.
 */
class TtPollerConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IngestProperties.class)
    @Import(AwsClientsConfiguration.class)
    static class Ingest {

        @Bean
        DataSource dataSource() {
            return new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:9/none");
        }

        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Ingest.class, TtPollerConfiguration.class)
            .withPropertyValues("frgm.tt.api-key=k", "frgm.tt.api-secret=s", "frgm.tt.max-attempts=1");

    @Test
    void offWithoutABaseUrl() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TtSnapshotPoller.class));
        runner.withPropertyValues("frgm.tt.base-url= ")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TtSnapshotPoller.class));
    }

    @Test
    void onInTheIngestRoleWithABaseUrlWritingToTheLocalInbox() {
        runner.withPropertyValues("frgm.tt.base-url=http://127.0.0.1:9").run(context -> {
            assertThat(context).hasSingleBean(TtSnapshotPoller.class);
            assertThat(context.getBean(ObjectStore.class)).isInstanceOf(FileObjectStore.class);
            assertThat(context.getBean(ObjectStore.class).describe()).endsWith("inbox/frgm-tt-dev");
        });
    }

    @Test
    void writesToS3WhenTheIngestSourceIsS3() {
        runner.withPropertyValues("frgm.tt.base-url=http://127.0.0.1:9", "frgm.ingest.source=s3")
                .run(context -> assertThat(context.getBean(ObjectStore.class).describe())
                        .isEqualTo("s3://frgm-tt-dev/"));
    }

    @Test
    void aBaseUrlWithoutCredentialsFailsAtStartup() {
        new ApplicationContextRunner()
                .withUserConfiguration(Ingest.class, TtPollerConfiguration.class)
                .withPropertyValues("frgm.tt.base-url=http://127.0.0.1:9")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("FRGM_TT_API_KEY"));
    }
}
