package com.frgm.dashboard.eventstore.archive;

import com.frgm.dashboard.eventstore.worker.AdvisoryLockLeadership;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.services.s3.S3Client;

/** The archiver runs in ingest processes (docs/adr/0010); {@code frgm.archive.enabled=false} turns it off. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ArchiveProperties.class)
@ConditionalOnProperty(name = "frgm.archive.enabled", havingValue = "true", matchIfMissing = true)
class ArchiveConfiguration {

    /** The advisory lock whose holder is the one node that archives ("FRGM ARC" in ASCII). */
    static final long LEADER_LOCK_KEY = 0x4652474D20415243L;

    @Bean
    ArchiveLocation archiveLocation(
            ArchiveProperties properties, Environment environment, ObjectProvider<S3Client> s3) {
        String location = location(properties, environment);
        return new ArchiveLocation(location, ArchiveLocations.open(location, s3::getObject));
    }

    @Bean
    EventArchiver eventArchiver(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ArchiveProperties properties,
            ArchiveLocation location,
            ObjectProvider<MeterRegistry> meters,
            Clock clock,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            EventUpcasterChain upcasterChain) {
        EventArchiver archiver = new EventArchiver(
                new EventReader(jdbc),
                new ArchiveCursor(jdbc),
                location.store(),
                new TransactionTemplate(transactions),
                properties.maxEvents(),
                properties.maxAge(),
                clock,
                new FeedTimes(eventSerializer, upcasterChain));
        meters.ifAvailable(registry -> {
            Gauge.builder("frgm.archive.lag.events", archiver, EventArchiver::lagEvents)
                    .description("Committed events not yet in the archive")
                    .register(registry);
            Gauge.builder("frgm.archive.lag.seconds", archiver, EventArchiver::lagSeconds)
                    .description("Age of the oldest event not yet in the archive")
                    .register(registry);
        });
        return archiver;
    }

    @Bean
    ArchiverLifecycle archiverLifecycle(
            EventArchiver archiver, ArchiveProperties properties, ArchiveLocation location, DataSource dataSource) {
        return new ArchiverLifecycle(
                archiver,
                properties.pollInterval(),
                location.uri(),
                new AdvisoryLockLeadership(dataSource, LEADER_LOCK_KEY, "event archiver"));
    }

    /** Compaction, in ingest processes too; one node at a time ("FRGM CMP" in ASCII). */
    @Bean
    @ConditionalOnProperty(name = "frgm.archive.compaction.enabled", havingValue = "true", matchIfMissing = true)
    ArchiveCompaction archiveCompaction(
            ArchiveLocation location,
            ArchiveProperties properties,
            DataSource dataSource,
            Clock clock,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            EventUpcasterChain upcasterChain) {
        return new ArchiveCompaction(
                new ArchiveCompactor(
                        new Archive(location.store()),
                        ZoneOffset.UTC,
                        properties.compaction().events(),
                        new FeedTimes(eventSerializer, upcasterChain)),
                properties.compaction(),
                new AdvisoryLockLeadership(dataSource, 0x4652474D20434D50L, "archive compaction"),
                clock);
    }

    static String location(ArchiveProperties properties, Environment environment) {
        if (!properties.uri().isEmpty()) {
            return properties.uri();
        }
        if ("s3".equals(environment.getProperty("frgm.ingest.source"))) {
            return "s3://frgm-events-" + environment.getProperty("frgm.ingest.env", "dev");
        }
        return "file:"
                + Path.of(environment.getProperty("frgm.data-dir", "./data"), "archive")
                        .toAbsolutePath()
                        .normalize();
    }
}
