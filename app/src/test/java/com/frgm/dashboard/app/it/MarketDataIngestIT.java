package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/** A dropped file, end to end: inbox, event store, Redis, HTTP and the live stream. */
class MarketDataIngestIT {

    private static final String DIR = "market-data/2024/01/15/";
    private static final String FIRST = "GE_XCME.ZN_20240115_103938.csv";
    private static final String SECOND = "GE_XCME.ZN_20240115_103939.csv";

    @TempDir
    static Path dataDir;

    static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void droppedFileReachesTheEventStoreRedisAndTheLiveStream() throws Exception {
        WebClient http = app.http();
        List<String> streamed = new CopyOnWriteArrayList<>();
        Disposable stream = http.get()
                .uri("/api/ladder/ZNH24/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .filter(event -> event.data() != null)
                .subscribe(event -> streamed.add(event.data()));
        long before = app.eventCount();

        app.drop("market-data/" + FIRST, DIR + FIRST);

        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(DIR + FIRST)));
        // 3 changed quotes and the file's own event, committed together.
        assertThat(app.eventCount() - before).isEqualTo(4);
        // The pipelined writes of one batch land one after another: wait for the last of them too.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(app.redis().hgetall("actant:market:ZNH24"))
                    .containsEntry("price", "112.5")
                    .containsEntry("bid", "112.5")
                    .containsEntry("ask", "112.515625")
                    .containsEntry("volume", "10486")
                    .containsEntry("timestamp", "1705315178");
            assertThat(app.redis().get("last_update:actant:market")).isEqualTo("1705315178");
        });
        assertThat(app.redis().hget("actant:market:ZNH24 C111", "bid")).isEqualTo("1.796875");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() ->
                        assertThat(streamed).anySatisfy(json -> assertThat(json).contains("\"bestBid\":\"112.5\"")));
        String ladder = http.get()
                .uri("/api/ladder/ZNH24")
                .retrieve()
                .bodyToMono(String.class)
                .block();
        assertThat(ladder).contains("\"instrument\":\"ZNH24\"").contains("\"bestAsk\":\"112.515625\"");

        app.drop("market-data/" + SECOND, DIR + SECOND);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(streamed)
                        .anySatisfy(json -> assertThat(json).contains("\"bestBid\":\"112.515625\"")));
        stream.dispose();
    }

    @Test
    void theSameContentAgainAddsNoEvent() throws Exception {
        String key = "market-data/2024/01/16/GE_XCME.ZN_20240116_090000.csv";
        String again = "market-data/2024/01/16/GE_XCME.ZN_20240116_090001.csv";
        app.drop("market-data/" + SECOND, key);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(key)));
        long after = app.eventCount();

        app.drop("market-data/" + SECOND, again);

        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(again)));
        assertThat(app.eventCount()).isEqualTo(after);
        assertThat(app.jdbc.queryForObject("SELECT count(*) FROM ingested_file WHERE file_key = ?", Long.class, again))
                .isZero();
    }
}
