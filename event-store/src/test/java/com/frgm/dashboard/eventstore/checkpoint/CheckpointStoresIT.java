package com.frgm.dashboard.eventstore.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Both checkpoint stores keep the same promises: by index, per version, replaced whole, rounded safe. */
class CheckpointStoresIT {

    private static final Instant STORED = Instant.parse("2024-01-15T14:00:00.123456789Z");
    private static final Instant FEED = Instant.parse("2024-01-15T13:59:59.987654321Z");

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    @TempDir
    static Path dir;

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

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM replay_checkpoint");
    }

    static Stream<String> stores() {
        return Stream.of("database", "objects");
    }

    private static CheckpointStore store(String kind) {
        return kind.equals("database")
                ? new JdbcCheckpoints(jdbc)
                : new ObjectStoreCheckpoints(new FileObjectStore(dir.resolve("objects-" + System.nanoTime())));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void listsItsCheckpointsOfOneVersionByGlobalIndex(String kind) {
        CheckpointStore store = store(kind);
        store.save(meta(1, 20_000, 10_000), new byte[] {2});
        store.save(meta(1, 10_000, 0), new byte[] {1});
        store.save(meta(2, 10_000, 0), new byte[] {9});

        assertThat(store.list(1)).extracting(CheckpointMeta::globalIndex).containsExactly(10_000L, 20_000L);
        assertThat(store.state(store.list(1).get(1))).contains(new byte[] {2});
        assertThat(store.list(2)).hasSize(1);
        assertThat(store.list(3)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void savingTheSameCheckpointAgainReplacesIt(String kind) {
        CheckpointStore store = store(kind);
        store.save(meta(1, 10_000, 0), new byte[] {1});
        store.save(meta(1, 10_000, 0), new byte[] {7});

        assertThat(store.list(1)).hasSize(1);
        assertThat(store.state(store.list(1).get(0))).contains(new byte[] {7});
    }

    @ParameterizedTest
    @MethodSource("stores")
    void roundsItsLatestTimesUpAndItsEarliestDownSoAReplayNeverStartsTooLate(String kind) {
        CheckpointStore store = store(kind);
        store.save(meta(1, 10_000, 0), new byte[] {1});

        CheckpointMeta read = store.list(1).get(0);
        assertThat(read.maxStoredAt()).isAfterOrEqualTo(STORED).isBefore(STORED.plusMillis(1));
        assertThat(read.maxFeedTime()).isAfterOrEqualTo(FEED).isBefore(FEED.plusMillis(1));
        assertThat(read.rangeMinFeedTime())
                .isBeforeOrEqualTo(FEED.minusSeconds(60))
                .isAfter(FEED.minusSeconds(60).minusMillis(1));
        assertThat(List.of(read.events(), read.rangeFrom())).containsExactly(10_000L, 0L);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aStretchWithoutFeedTimesKeepsNone(String kind) {
        CheckpointStore store = store(kind);
        store.save(new CheckpointMeta(1, 5, 5, null, null, 0, null), new byte[] {1});

        CheckpointMeta read = store.list(1).get(0);
        assertThat(read.maxStoredAt()).isNull();
        assertThat(read.rangeMinFeedTime()).isNull();
    }

    private static CheckpointMeta meta(int version, long globalIndex, long rangeFrom) {
        return new CheckpointMeta(version, globalIndex, 10_000, STORED, FEED, rangeFrom, FEED.minusSeconds(60));
    }
}
