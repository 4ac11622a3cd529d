package com.frgm.dashboard.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.ingest.IngestProperties;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The demo feed writes into the local inbox, so it runs only with the local source. */
class DemoFeedConditionTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IngestProperties.class)
    static class Ingest {
    }

    @TempDir
    Path dataDir;

    private ApplicationContextRunner runner() {
        // Durations in @Value need the conversion service a Spring Boot application has.
        return new ApplicationContextRunner()
                .withInitializer(context -> context.getBeanFactory()
                        .setConversionService(ApplicationConversionService.getSharedInstance()))
                .withUserConfiguration(Ingest.class, DemoFeed.class)
                .withPropertyValues("frgm.ingest.data-dir=" + dataDir, "frgm.demo.interval=1h");
    }

    @Test
    void runsWithTheLocalSource() {
        runner().run(context -> assertThat(context).hasSingleBean(DemoFeed.class));
    }

    @Test
    void isOffWithTheS3Source() {
        runner().withPropertyValues("frgm.ingest.source=s3")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoFeed.class));
    }
}
