package com.frgm.dashboard.eventstore.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Archive a store, lose it, restore into an empty one: same rows; corrupt or non-empty refused. */
class ArchiveRestoreIT {

    private static final long LOCK = 42;
    private static EmbeddedPostgres postgres;
    private static JdbcTemplate admin;

    @TempDir
    Path archiveDir;

    private DataSource source;
    private DataSource target;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        admin = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void databases() {
        source = fresh("source_db");
        target = fresh("target_db");
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @Test
    void restoresEveryRowWithItsGlobalIndexAndContinuesTheSequence() throws Exception {
        List<ArchivedEvent> before = archiveSomeEvents();
        ArchiveRestore.Result result =
                new ArchiveRestore(target, LOCK).restore(new Archive(new FileObjectStore(archiveDir)), f -> {});
        JdbcTemplate restored = new JdbcTemplate(target);
        assertThat(new EventReader(restored).after(0, Integer.MAX_VALUE)).isEqualTo(before);
        assertThat(result.events()).isEqualTo(before.size());
        assertThat(new ArchiveCursor(restored).position()).isEqualTo(result.lastGlobalIndex());
        Long next = restored.queryForObject(
                "SELECT nextval(pg_get_serial_sequence('domain_event_entry', " + "'global_index'))", Long.class);
        assertThat(next).isEqualTo(result.lastGlobalIndex() + 1);
    }

    @Test
    void restoresAnArchivePartlyCompactedWithItsSupersededSegmentsPartlyDeleted() throws Exception {
        List<ArchivedEvent> before = archiveSomeEvents();
        FileObjectStore store = new FileObjectStore(archiveDir);
        List<ManifestEntry> small = new Archive(store).manifest();
        Instant middle = small.get(small.size() / 2).lastTimestamp().plusNanos(1);
        ArchiveCompactor compactor = new ArchiveCompactor(new Archive(store), ZoneOffset.UTC, 3);
        compactor.compact(middle);
        store.delete(ArchiveLayout.segmentKey(small.get(0).firstGlobalIndex()));

        ArchiveRestore.Result result = new ArchiveRestore(target, LOCK).restore(new Archive(store), f -> {});

        assertThat(store.list(ArchiveLayout.INDEX)).isNotEmpty();
        assertThat(new Archive(store).manifest().size()).isLessThan(small.size());
        assertThat(new EventReader(new JdbcTemplate(target)).after(0, Integer.MAX_VALUE))
                .isEqualTo(before);
        assertThat(result.events()).isEqualTo(before.size());
    }

    @Test
    void refusesANonEmptyStore() throws Exception {
        archiveSomeEvents();
        assertThatThrownBy(() ->
                        new ArchiveRestore(source, LOCK).restore(new Archive(new FileObjectStore(archiveDir)), f -> {}))
                .hasMessageContaining("is not empty");
    }

    @Test
    void rebuildsTheFileRegistryFromFileAcceptedEventsAlsoWithAPerKindIdentityColumn() throws Exception {
        String sha = "a".repeat(64);
        JdbcTemplate jdbc = new JdbcTemplate(source);
        jdbc.update(
                """
                INSERT INTO domain_event_entry (event_identifier, payload, payload_type, time_stamp,
                    aggregate_identifier, sequence_number, type) VALUES ('f1', ?, 'test.FileAcceptedEvent', ?, 'agg', 0, 'Agg')""",
                ("{\"feedId\":\"GE_XCME.ZN\",\"fileKey\":\"market-data/a.csv\",\"contentSha256\":\"" + sha + "\"}")
                        .getBytes(),
                "2024-01-15T10:39:38Z");
        EventArchiver archiver = new EventArchiver(
                new EventReader(jdbc),
                new ArchiveCursor(jdbc),
                new FileObjectStore(archiveDir),
                new TransactionTemplate(new DataSourceTransactionManager(source)),
                10,
                Duration.ZERO,
                Clock.systemUTC());
        assertThat(archiver.poll()).isEqualTo(1);
        Flyway.configure()
                .dataSource(target)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        new JdbcTemplate(target).execute("""
                ALTER TABLE ingested_file ADD COLUMN IF NOT EXISTS identity CHAR(64);
                ALTER TABLE ingested_file DROP CONSTRAINT ingested_file_pkey;
                ALTER TABLE ingested_file ADD PRIMARY KEY (identity)""");
        new ArchiveRestore(target, LOCK).restore(new Archive(new FileObjectStore(archiveDir)), f -> {});
        assertThat(new JdbcTemplate(target)
                        .queryForList(
                                "SELECT identity || ' ' || content_sha256 || ' ' || file_key FROM ingested_file",
                                String.class))
                .containsExactly(sha + " " + sha + " market-data/a.csv");
    }

    @Test
    void refusesALocationWithNoArchive() {
        assertThatThrownBy(() -> new ArchiveRestore(target, LOCK)
                        .restore(new Archive(new FileObjectStore(archiveDir.resolve("typo"))), f -> {}))
                .isInstanceOf(ArchiveCorruptException.class)
                .hasMessageContaining("no archive at file:");
    }

    @Test
    void corruptSegmentStopsTheRestoreAndLeavesTheStoreEmpty() throws Exception {
        archiveSomeEvents();
        Path second = archiveDir.resolve(
                new Archive(new FileObjectStore(archiveDir)).manifest().get(1).segment());
        byte[] bytes = Files.readAllBytes(second);
        bytes[20] ^= 0x10;
        Files.write(second, bytes);
        assertThatThrownBy(() ->
                        new ArchiveRestore(target, LOCK).restore(new Archive(new FileObjectStore(archiveDir)), f -> {}))
                .isInstanceOf(ArchiveCorruptException.class)
                .hasMessageContaining(second.getFileName().toString());
        assertThat(new JdbcTemplate(target).queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                .isZero();
    }

    private List<ArchivedEvent> archiveSomeEvents() {
        JdbcTemplate jdbc = new JdbcTemplate(source);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(source));
        EventArchiver archiver = new EventArchiver(
                new EventReader(jdbc),
                new ArchiveCursor(jdbc),
                new FileObjectStore(archiveDir),
                tx,
                4,
                Duration.ZERO,
                Clock.systemUTC());
        for (int i = 0; i < 10; i++) {
            int n = i;
            tx.executeWithoutResult(s -> {
                jdbc.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
                jdbc.update(
                        """
                        INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision,
                            payload_type, time_stamp, aggregate_identifier, sequence_number, type)
                        VALUES (?, ?, ?, '1', 'test.Event', ?, 'agg', ?, 'Agg')""",
                        "e" + n,
                        null,
                        ("{\"n\":" + n + ",\"price\":112.50}").getBytes(),
                        java.time.Instant.now().toString(),
                        n);
            });
            while (archiver.poll() > 0) {
                // drain
            }
        }
        archiver.flush();
        List<ArchivedEvent> all = new ArrayList<>(new EventReader(jdbc).after(0, Integer.MAX_VALUE));
        assertThat(new ArchiveCursor(jdbc).position())
                .isEqualTo(all.get(all.size() - 1).globalIndex());
        return all;
    }

    private static DataSource fresh(String name) {
        admin.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin.execute("CREATE DATABASE " + name);
        return postgres.getDatabase("postgres", name);
    }
}
