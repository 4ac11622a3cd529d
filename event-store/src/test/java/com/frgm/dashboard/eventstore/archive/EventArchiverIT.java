package com.frgm.dashboard.eventstore.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The archiver against real PostgreSQL: order, cuts, a rolled-back gap and a crash mid-cut. */
class EventArchiverIT {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private static TransactionTemplate tx;

    @TempDir
    Path dir;

    private MutableClock clock;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        javax.sql.DataSource dataSource = postgres.getPostgresDatabase(); // a new one per call: keep one
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(dataSource);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void emptyStore() {
        jdbc.execute("TRUNCATE domain_event_entry RESTART IDENTITY");
        jdbc.update("UPDATE archive_cursor SET last_global_index = 0");
        clock = new MutableClock();
    }

    @Test
    void cutsFullSegmentsThenTheRestOnceOld() {
        append(25);
        EventArchiver archiver = archiver(10);
        assertThat(archiver.poll()).isEqualTo(10);
        assertThat(archiver.poll()).isEqualTo(10);
        assertThat(archiver.poll()).isZero(); // 5 pending, not old enough
        assertThat(archiver.lagEvents()).isEqualTo(5);
        clock.advance(Duration.ofSeconds(2));
        assertThat(archiver.poll()).isEqualTo(5);
        assertThat(archiver.lagEvents()).isZero();
        assertThat(new ArchiveCursor(jdbc).position()).isEqualTo(25);
        assertThat(archivedIndexes()).containsExactlyElementsOf(range(1, 25));
        assertThat(new Archive(new FileObjectStore(dir)).manifest())
                .extracting(ManifestEntry::eventCount)
                .containsExactly(10, 10, 5);
    }

    @Test
    void aCleanStopArchivesWhatWasCommittedSinceTheLastPoll() {
        append(3);
        EventArchiver archiver = archiver(10);
        assertThat(archiver.poll()).isZero(); // 3 pending, not old enough
        append(12); // committed after the last poll, before the stop
        assertThat(archiver.flush()).isEqualTo(15);
        assertThat(new ArchiveCursor(jdbc).position()).isEqualTo(15);
        assertThat(archivedIndexes()).containsExactlyElementsOf(range(1, 15));
        assertThat(new Archive(new FileObjectStore(dir)).manifest())
                .extracting(ManifestEntry::eventCount)
                .containsExactly(10, 5);
        assertThat(archiver.flush()).isZero();
    }

    @Test
    void aCleanStopDuringABacklogArchivesAtMostTwoSegmentsAndTheNextStartTheRest() {
        append(3);
        EventArchiver archiver = archiver(10);
        assertThat(archiver.poll()).isZero();
        append(40);
        assertThat(archiver.flush()).isEqualTo(EventArchiver.FLUSH_SEGMENTS * 10);
        assertThat(new ArchiveCursor(jdbc).position()).isEqualTo(20);

        EventArchiver next = archiver(10);
        assertThat(next.poll()).isEqualTo(10);
        assertThat(next.poll()).isEqualTo(10);
        assertThat(next.flush()).isEqualTo(3);
        assertThat(archivedIndexes()).containsExactlyElementsOf(range(1, 43));
    }

    @Test
    void archivesAcrossARolledBackTransaction() {
        append(3);
        rolledBackAppend(4); // takes 4..7, never commits
        append(2); // 8, 9
        EventArchiver archiver = archiver(100);
        archiver.poll();
        clock.advance(Duration.ofSeconds(2));
        assertThat(archiver.poll()).isEqualTo(5);
        assertThat(archivedIndexes()).containsExactly(1L, 2L, 3L, 8L, 9L);
        assertThat(archive()).isEqualTo(rowsOf(jdbc));
    }

    @Test
    void crashAfterUploadBeforeCursorAdvanceLosesAndDoublesNothing() {
        append(7);
        EventArchiver crashing = archiver(5);
        crashing.beforeCursorAdvance(() -> {
            throw new IllegalStateException("killed");
        });
        assertThatThrownBy(crashing::poll).hasMessage("killed");
        assertThat(new ArchiveCursor(jdbc).position()).isZero();
        append(6);
        EventArchiver restarted = archiver(5);
        for (int i = 0; i < 3; i++) {
            restarted.poll();
        }
        clock.advance(Duration.ofSeconds(3));
        restarted.poll();
        assertThat(archivedIndexes()).containsExactlyElementsOf(range(1, 13));
        assertThat(new ArchiveCursor(jdbc).position()).isEqualTo(13);
        assertThat(archive()).isEqualTo(rowsOf(jdbc));
    }

    @Test
    void aSecondArchiverNeverInterleavesSegments() {
        append(4);
        EventArchiver first = archiver(2);
        EventArchiver second = archiver(2);
        second.poll(); // reads 1..2 before first moves the cursor
        first.poll();
        first.poll();
        assertThatThrownBy(second::poll).hasMessageContaining("another archiver");
        assertThat(archivedIndexes()).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void anEventOfATypeThisBuildDoesNotKnowIsArchivedAtItsStoreTimeAsAReplayWouldCountIt() {
        // Axon hands a replay such a payload as an UnknownSerializedType: no feed stamp, so the
        // feed's clock counts it when stored, and the archiver records that.
        append(3);
        EventArchiver archiver = stamping(10);

        assertThat(archiver.poll()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(archiver.poll()).isEqualTo(3);

        assertThat(archive()).isEqualTo(rowsOf(jdbc));
        assertThat(archive()).allSatisfy(event -> assertThat(event.feedTime()).isEqualTo(event.timestamp()));
        assertThat(new Archive(new FileObjectStore(dir)).manifest())
                .singleElement()
                .satisfies(entry -> assertThat(entry.minFeedTime()).isEqualTo(entry.firstTimestamp()));
    }

    @Test
    void aBacklogIsArchivedInFullSegmentsWithoutFeedTimes() {
        append(7);
        EventArchiver archiver = stamping(3);

        assertThat(archiver.poll()).isEqualTo(3);
        assertThat(archiver.poll()).isEqualTo(3);
        assertThat(archiver.poll()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(archiver.poll()).isEqualTo(1);

        assertThat(archive()).isEqualTo(rowsOf(jdbc));
        assertThat(archive())
                .extracting(ArchivedEvent::feedTimeStamp)
                .containsExactly(
                        null, null, null, null, null, null, rowsOf(jdbc).get(6).timeStamp());
        assertThat(new Archive(new FileObjectStore(dir)).manifest())
                .extracting(ManifestEntry::minFeedTime)
                .containsExactly(null, null, rowsOf(jdbc).get(6).timestamp());
    }

    private EventArchiver stamping(int maxEvents) {
        return archiver(maxEvents, new FeedTimes(EventSerialization.serializer(), EventUpcasters.chain(List.of())));
    }

    private EventArchiver archiver(int maxEvents) {
        return archiver(maxEvents, null);
    }

    private EventArchiver archiver(int maxEvents, FeedTimes feedTimes) {
        return new EventArchiver(
                new EventReader(jdbc),
                new ArchiveCursor(jdbc),
                new FileObjectStore(dir),
                tx,
                maxEvents,
                Duration.ofSeconds(2),
                clock,
                feedTimes);
    }

    private List<Long> archivedIndexes() {
        return archive().stream().map(ArchivedEvent::globalIndex).toList();
    }

    private List<ArchivedEvent> archive() {
        List<ArchivedEvent> events = new ArrayList<>();
        Archive archive = new Archive(new FileObjectStore(dir));
        archive.replay(archive.manifest(), events::add);
        return events;
    }

    private static List<ArchivedEvent> rowsOf(JdbcTemplate jdbc) {
        return new EventReader(jdbc).after(0, Integer.MAX_VALUE);
    }

    private static List<Long> range(long from, long to) {
        List<Long> all = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            all.add(i);
        }
        return all;
    }

    /** One committed transaction of {@code n} events, under the append lock as the engine does. */
    static void append(int n) {
        tx.executeWithoutResult(s -> insert(n));
    }

    private static void rolledBackAppend(int n) {
        tx.executeWithoutResult(s -> {
            insert(n);
            s.setRollbackOnly();
        });
    }

    private static void insert(int n) {
        jdbc.execute("SELECT pg_advisory_xact_lock(42)");
        for (int i = 0; i < n; i++) {
            String id = java.util.UUID.randomUUID().toString();
            jdbc.update(
                    """
                    INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision,
                        payload_type, time_stamp, aggregate_identifier, sequence_number, type)
                    VALUES (?, ?, ?, NULL, 'test.QuoteUpdatedEvent', ?, ?, 0, 'Feed')""",
                    id,
                    "{\"m\":1}".getBytes(),
                    ("{\"id\":\"" + id + "\",\"bid\":112.50}").getBytes(),
                    Instant.now().toString(),
                    id);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2024-01-15T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
