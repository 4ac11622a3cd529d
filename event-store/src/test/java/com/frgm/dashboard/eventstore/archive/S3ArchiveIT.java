package com.frgm.dashboard.eventstore.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.eventstore.objects.ObjectStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The archive on an S3-protocol server, opened from an {@code s3://} URI with the endpoint from
 * the standard AWS setting, as in production: archive, read back, restore, and a corrupt object.
 */
class S3ArchiveIT {

    private static final String BUCKET = "frgm-events-test";

    @TempDir
    static Path dir;

    private static S3MockServer s3mock;
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(dir.resolve("s3"));
        s3mock = S3MockServer.start(dir.resolve("s3"));
        System.setProperty("aws.endpointUrlS3", s3mock.endpoint().toString());
        System.setProperty("aws.region", "us-east-1");
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
        s3mock.close();
        for (String p : List.of("aws.endpointUrlS3", "aws.region", "aws.accessKeyId", "aws.secretAccessKey")) {
            System.clearProperty(p);
        }
    }

    @Test
    void archivesToS3AndRestoresFromIt() throws Exception {
        ObjectStore store = ArchiveLocations.open("s3://" + BUCKET + "/prod/events");
        try (S3Client s3 = software.amazon.awssdk.services.s3.S3Client.builder()
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .endpointOverride(s3mock.endpoint())
                .forcePathStyle(true)
                .build()) {
            s3.createBucket(b -> b.bucket(BUCKET));

            DataSource source = database("s3_source");
            JdbcTemplate jdbc = new JdbcTemplate(source);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(source));
            EventArchiver archiver = new EventArchiver(
                    new EventReader(jdbc), new ArchiveCursor(jdbc), store, tx, 3, Duration.ZERO, Clock.systemUTC());
            for (int n = 0; n < 8; n++) {
                insert(jdbc, tx, n);
                archiver.poll();
            }
            archiver.flush();
            List<ArchivedEvent> stored = new EventReader(jdbc).after(0, 100);
            assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET).prefix("prod/events/segments/"))
                            .contents())
                    .isNotEmpty();

            Archive archive = new Archive(store);
            List<ArchivedEvent> read = new ArrayList<>();
            archive.replay(archive.manifest(), read::add);
            assertThat(read).isEqualTo(stored);

            DataSource target = database("s3_target");
            new ArchiveRestore(target, 42).restore(archive, f -> {});
            assertThat(new EventReader(new JdbcTemplate(target)).after(0, 100)).isEqualTo(stored);

            String last = archive.manifest().get(archive.manifest().size() - 1).segment();
            s3.putObject(b -> b.bucket(BUCKET).key("prod/events/" + last), RequestBody.fromString("garbage"));
            assertThatThrownBy(() -> new ArchiveRestore(database("s3_again"), 42).restore(archive, f -> {}))
                    .isInstanceOf(ArchiveCorruptException.class)
                    .hasMessageContaining(last);
        }
    }

    private static void insert(JdbcTemplate jdbc, TransactionTemplate tx, int n) {
        tx.executeWithoutResult(s -> {
            jdbc.execute("SELECT pg_advisory_xact_lock(42)");
            jdbc.update(
                    """
                    INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_type, time_stamp,
                        aggregate_identifier, sequence_number, type) VALUES (?, ?, ?, 'test.Event', ?, 'agg', ?, 'Agg')""",
                    "s3-" + n,
                    "{}".getBytes(),
                    ("{\"n\":" + n + "}").getBytes(),
                    java.time.Instant.now().toString(),
                    n);
        });
    }

    private static DataSource database(String name) {
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE " + name);
        DataSource dataSource = postgres.getDatabase("postgres", name);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return dataSource;
    }
}
