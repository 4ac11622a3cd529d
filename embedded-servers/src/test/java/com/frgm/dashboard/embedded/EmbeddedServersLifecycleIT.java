package com.frgm.dashboard.embedded;

import static com.frgm.dashboard.embedded.EmbeddedTestSupport.isAlive;
import static com.frgm.dashboard.embedded.EmbeddedTestSupport.jdbc;
import static com.frgm.dashboard.embedded.EmbeddedTestSupport.pid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/** Real Spring Boot runs, with the post-processor found through spring.factories. */
class EmbeddedServersLifecycleIT {

    @TempDir
    Path dataDir;

    @AfterEach
    void stopLeftovers() {
        SharedServers.stopAll();
    }

    @Test
    void stopsTheServersWhenTheContextCloses() {
        long postmaster;
        long redis;
        try (ConfigurableApplicationContext context = run(Empty.class)) {
            postmaster = pid(dataDir.resolve("postgres/postmaster.pid"));
            redis = pid(dataDir.resolve("redis/redis.pid"));
            assertThat(isAlive(postmaster)).isTrue();
            assertThat(isAlive(redis)).isTrue();
        }
        assertThat(isAlive(postmaster)).isFalse();
        assertThat(isAlive(redis)).isFalse();
    }

    @Test
    void startsAgainOnTheSameDirectoryAfterAClose() throws Exception {
        try (ConfigurableApplicationContext first = run(Empty.class);
                Connection connection = jdbc(first.getEnvironment());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE restarted (id int)");
            statement.execute("INSERT INTO restarted VALUES (42)");
        }

        try (ConfigurableApplicationContext second = run(Empty.class);
                Connection connection = jdbc(second.getEnvironment());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM restarted")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void keepsTheDatabaseUntilTheBeansAreDestroyed() {
        UsesDatabaseWhenDestroyed.outcome.set(null);

        run(UsesDatabaseWhenDestroyed.class).close();

        assertThat(UsesDatabaseWhenDestroyed.outcome.get()).isEqualTo("reached the database");
    }

    @Test
    void stopsTheServersWhenStartupFails() {
        assertThatThrownBy(() -> run(FailsToStart.class)).hasRootCauseMessage("broken on purpose");

        assertThat(dataDir.resolve("postgres/postgresql.conf"))
                .as("the servers did start")
                .exists();
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
        assertThat(dataDir.resolve("redis/redis.pid")).doesNotExist();
    }

    private ConfigurableApplicationContext run(Class<?> configuration) {
        SpringApplication application = new SpringApplication(configuration);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        // A name no file has keeps the application's own application.yml out of these runs.
        return application.run("--spring.config.name=embedded-servers-it", "--frgm.data-dir=" + dataDir);
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {}

    @Configuration(proxyBeanMethods = false)
    static class FailsToStart {

        @Bean
        Object broken() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    /** Stands in for Axon's processors and the pool, which still talk to the database while closing. */
    @Configuration(proxyBeanMethods = false)
    static class UsesDatabaseWhenDestroyed implements DisposableBean {

        static final AtomicReference<String> outcome = new AtomicReference<>();

        private final ConfigurableEnvironment environment;

        UsesDatabaseWhenDestroyed(ConfigurableEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public void destroy() {
            try (Connection connection = jdbc(environment);
                    Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
                outcome.set("reached the database");
            } catch (Exception e) {
                outcome.set(e.toString());
            }
        }
    }
}
