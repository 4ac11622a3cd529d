package com.frgm.dashboard.ingest.tt;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import com.frgm.dashboard.eventstore.worker.Leadership;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A poller wired to the stub, a fake clock, a recording sleeper and a local sink in a temp dir. */
final class TtPollerFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2024-01-15T10:40:00Z");

    final MutableClock clock = new MutableClock(START);
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ObjectMapper json = new ObjectMapper();
    final TtStub stub;
    /** Shared by every poller of the fixture, as the database table is shared by every node. */
    final DailyRequestBudget.Counts counts = DailyRequestBudget.Counts.inMemory();

    final Path bucketDir;

    TtPollerFixture(Path tempDir) throws IOException {
        this.stub = new TtStub(clock);
        this.bucketDir = tempDir.resolve("inbox").resolve("frgm-tt-dev");
    }

    TtPollerProperties properties(double requestsPerSecond, long dailyCap) {
        return new TtPollerProperties(
                stub.baseUrl(),
                TtStub.ENV,
                Duration.ofSeconds(30),
                requestsPerSecond,
                1,
                dailyCap,
                null,
                null,
                null,
                "frgmtest-frgm",
                Duration.ofSeconds(5),
                5,
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                Duration.ofSeconds(60));
    }

    TtSnapshotPoller poller() {
        return poller(properties(5, 15_000));
    }

    TtSnapshotPoller poller(TtPollerProperties properties) {
        return poller(properties, TtCredentialsSource.of(new TtCredentials(TtStub.API_KEY, TtStub.API_SECRET)));
    }

    TtSnapshotPoller poller(TtPollerProperties properties, TtCredentialsSource credentials) {
        return TtPollerConfiguration.assemble(
                properties,
                credentials,
                new FileObjectStore(bucketDir),
                HttpClient.newHttpClient(),
                clock,
                sleeper,
                new Random(42),
                meters,
                json,
                counts,
                Leadership.always());
    }

    List<Map<String, Object>> readSnapshot(String key) throws IOException {
        return json.readValue(bucketDir.resolve(key).toFile(), new TypeReference<>() {});
    }

    double counter(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    List<Path> filesInBucket() throws IOException {
        if (!Files.exists(bucketDir)) {
            return List.of();
        }
        try (var files = Files.walk(bucketDir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Override
    public void close() {
        stub.close();
    }
}
