package com.frgm.dashboard.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.marketdata.MarketDataFeedKind;
import com.frgm.dashboard.ingest.testsupport.FixedPlausibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The demo feed writes into the local inbox, so it runs only with the local source; and only in
 * local mode, so that a production node never mixes demo files into its feeds.
 */
class DemoFeedConditionTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({IngestProperties.class, DemoProperties.class})
    static class Ingest {}

    @TempDir
    Path dataDir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(Ingest.class, DemoFeed.class)
                .withPropertyValues("frgm.ingest.data-dir=" + dataDir, "frgm.demo.interval=1h", "frgm.local=true");
    }

    @Test
    void runsWithTheLocalSource() {
        runner().run(context -> assertThat(context).hasSingleBean(DemoFeed.class));
    }

    @Test
    void isOffOutsideLocalMode() {
        runner().withPropertyValues("frgm.local=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoFeed.class));
    }

    @Test
    void isOffWithTheS3Source() {
        runner().withPropertyValues("frgm.ingest.source=s3")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoFeed.class));
    }

    @Test
    void writesItsFilesUnderAFeedOfItsOwn() throws Exception {
        IngestProperties properties = new IngestProperties(dataDir, null, null, null, null, null, null, null);
        new DemoFeed(properties, new DemoProperties("ZNH27", Duration.ofHours(1), Duration.ofHours(1))).runOnce();

        Path bucket = properties.inbox().resolve(properties.actantBucket());
        try (Stream<Path> files = Files.walk(bucket)) {
            List<String> keys = files.filter(Files::isRegularFile)
                    .map(f -> bucket.relativize(f).toString())
                    .filter(key -> key.startsWith("market-data/"))
                    .toList();
            MarketDataFeedKind kind = new MarketDataFeedKind(properties, FixedPlausibility.at(Instant.now()));
            assertThat(keys)
                    .singleElement()
                    .satisfies(key -> assertThat(kind.feedOf(key)).isEqualTo("DEMO_XCME.ZN"));
        }
    }
}
