package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FeedKind;
import com.frgm.dashboard.ingest.pipeline.PreparedFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Two ways a healthy-looking node stops doing its job: a worker thread killed by an Error, and
 * blocking query handlers on the web server's event loop.
 */
class RuntimeHardeningIT {

    private static final String POISON = "test-error/2024/01/15/poison.csv";

    @TempDir
    static Path dataDir;

    static RunningApp app;
    static WebClient http;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir, new Class<?>[] {ErrorThrowingKind.class});
        http = app.http();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anErrorOnOneFileNeitherKillsTheInboxNorHoldsUpTheOthers() throws Exception {
        app.dropText(POISON, "anything");
        String good = "market-data/2024/01/15/GE_XCME.ZN_20240115_103938.csv";
        app.drop("market-data/GE_XCME.ZN_20240115_103938.csv", good);

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(app.processed(good)));
        assertThat(app.inbox().resolve(POISON)).exists();
        JsonNode liveness = http.get()
                .uri("/actuator/health/liveness")
                .retrieve()
                .bodyToMono(JsonNode.class)
                .block();
        assertThat(liveness.path("status").asText()).isEqualTo("UP");
        JsonNode workers = http.get()
                .uri("/actuator/health")
                .retrieve()
                .bodyToMono(JsonNode.class)
                .block()
                .path("components")
                .path("workers");
        assertThat(workers.path("status").asText()).isEqualTo("UP");
        assertThat(workers.path("details").path("inbox-local").path("alive").asBoolean())
                .isTrue();
    }

    @Test
    void queryHandlersNeverRunOnTheWebServersEventLoop() throws Exception {
        app.drop("market-data/GE_XCME.ZN_20240115_103939.csv", "market-data/2024/01/16/GE_XCME.ZN_20240116_090000.csv");
        await().atMost(Duration.ofSeconds(20)).until(() -> app.redis().get("ladder:ZNH24") != null);
        List<String> threads = new CopyOnWriteArrayList<>();
        app.context.getBean(QueryBus.class).registerHandlerInterceptor((unitOfWork, chain) -> {
            threads.add(Thread.currentThread().getName());
            return chain.proceed();
        });

        for (String uri : List.of(
                "/api/ladder/ZNH24",
                "/api/orders/ZNH24",
                "/api/live-positions",
                "/api/feeds",
                "/api/history/ZNH24?from=2024-01-15T10:00:00Z&to=2024-01-15T11:00:00Z",
                "/api/audit/state?at=2024-01-16T00:00:00Z&instrument=ZNH24")) {
            http.get().uri(uri).retrieve().bodyToMono(String.class).block();
        }
        for (String uri : List.of("/api/ladder/ZNH24/stream", "/api/orders/ZNH24/stream")) {
            http.get()
                    .uri(uri)
                    .accept(MediaType.TEXT_EVENT_STREAM)
                    .retrieve()
                    .bodyToFlux(String.class)
                    .take(1)
                    .blockLast(Duration.ofSeconds(10));
        }

        assertThat(threads).hasSizeGreaterThanOrEqualTo(8).noneMatch(name -> name.startsWith("reactor-http"));
    }

    @Test
    void aStoppedHistoryProcessorDegradesTheNodeButLeavesItReady() throws Exception {
        EventProcessor history = app.context
                .getBean(EventProcessingConfiguration.class)
                .eventProcessor("history-orders")
                .orElseThrow();
        history.shutDown();
        try {
            JsonNode health = http.get()
                    .uri("/actuator/health")
                    .retrieve()
                    .bodyToMono(JsonNode.class)
                    .block();
            assertThat(health.path("status").asText()).isEqualTo("DEGRADED");
            assertThat(health.path("components")
                            .path("optionalProcessors")
                            .path("status")
                            .asText())
                    .isEqualTo("DEGRADED");
            assertThat(health.path("components")
                            .path("eventProcessors")
                            .path("status")
                            .asText())
                    .isEqualTo("UP");
            JsonNode readiness = http.get()
                    .uri("/actuator/health/readiness")
                    .retrieve()
                    .bodyToMono(JsonNode.class)
                    .block();
            assertThat(readiness.path("status").asText()).isEqualTo("UP");
        } finally {
            history.start();
        }
    }

    /** A feed kind whose code is broken for one key: a class it needs is missing at run time. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ErrorThrowingKind {

        @Bean
        FeedKind errorThrowingKind() {
            return new FeedKind() {
                @Override
                public String name() {
                    return "test-error";
                }

                @Override
                public boolean handles(String bucket, String key) {
                    if (key.equals(POISON)) {
                        throw new NoClassDefFoundError("com/frgm/Missing");
                    }
                    return false;
                }

                @Override
                public PreparedFile prepare(FeedFile file, InputStream content, String sha256) {
                    throw new AssertionError("handles nothing");
                }
            };
        }
    }
}
