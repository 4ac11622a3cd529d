package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FileIngestor;
import com.frgm.dashboard.ingest.pipeline.IngestOutcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reset of the ladder processor's tokens replays every quote from the first one. Redis
 * must not go back in time while it does: the ladder, the seed hash and the last-update key keep
 * the newest values throughout, watched by a reader polling Redis during the whole replay.
 */
class TokenResetIT {

    private static final int FILES = 300;

    @TempDir
    Path dataDir;

    @Test
    void aReplayFromTheFirstEventNeverWritesAnOlderLadder() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            FileIngestor ingestor = app.context.getBean(FileIngestor.class);
            for (int i = 0; i < FILES; i++) {
                ingest(ingestor, i);
            }
            String lastPrice = price(FILES - 1);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> lastPrice.equals(app.redis().hget("actant:market:ZNH24", "price")));
            long finalSequence = sequence(app.redis().get("ladder:ZNH24"));

            List<String> seen = new CopyOnWriteArrayList<>();
            AtomicBoolean watching = new AtomicBoolean(true);
            Thread watcher = new Thread(() -> {
                while (watching.get()) {
                    seen.add(sequence(app.redis().get("ladder:ZNH24")) + "|"
                            + app.redis().hget("actant:market:ZNH24", "price") + "|"
                            + app.redis().get("last_update:actant:market"));
                }
            });
            String lastUpdate = app.redis().get("last_update:actant:market");
            StreamingEventProcessor ladder = (StreamingEventProcessor) app.context
                    .getBean(EventProcessingConfiguration.class)
                    .eventProcessor("ladder")
                    .orElseThrow();
            ladder.shutdownAsync().get(30, TimeUnit.SECONDS);
            ladder.resetTokens();
            watcher.start();
            ladder.start();
            long head = app.jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            // Both segments claimed again, replayed past the reset point, and at the head.
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> ladder.processingStatus().size() == 2
                            && !ladder.isReplaying()
                            && ladder.processingStatus().values().stream()
                                    .allMatch(status ->
                                            status.getCurrentPosition().orElse(-1) >= head));
            watching.set(false);
            watcher.join();

            assertThat(seen).hasSizeGreaterThan(10).containsOnly(finalSequence + "|" + lastPrice + "|" + lastUpdate);
        }
    }

    private static void ingest(FileIngestor ingestor, int i) {
        Instant time = Instant.parse("2024-03-01T09:00:00Z").plusSeconds(i);
        String name = String.format("GE_XCME.ZN_20240301_09%02d%02d.csv", i / 60, i % 60);
        byte[] csv = ("instrument,timestamp,bid,ask,price\nZNH24," + time + "," + price(i) + ",1000," + price(i) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        FeedFile file = new FeedFile(
                RunningApp.BUCKET, "market-data/2024/03/01/" + name, csv.length, () -> new ByteArrayInputStream(csv));
        assertThat(ingestor.ingest(file)).isInstanceOf(IngestOutcome.Accepted.class);
    }

    private static String price(int i) {
        return Integer.toString(100 + i);
    }

    private static long sequence(String ladderJson) {
        try {
            return new ObjectMapper().readTree(ladderJson).path("eventSequence").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
