package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.frgm.dashboard.api.audit.FetchStateAtQuery;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.api.ladder.FetchLadderQuery;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.app.cli.Cli;
import com.frgm.dashboard.eventstore.archive.Archive;
import com.frgm.dashboard.eventstore.archive.ArchiveLocations;
import com.frgm.dashboard.eventstore.archive.ArchivedEvent;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.replay.ArchiveReplaySource;
import com.frgm.dashboard.query.pointintime.PointInTime;
import com.frgm.dashboard.query.replay.ReplayEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Every path that replays events goes through the one upcaster chain: a quote event of an older
 * revision (written before {@code file} was renamed {@code fileKey}) is stored as it was, and the
 * live ladder projection, the point-in-time answer (the store through the replay engine) and an
 * archive replay (the archive through the same engine) all see it upcast. Without the upcaster
 * the archive replay refuses the event by name rather than reading a null, and the live ladder
 * stops at it (its processor in error, the node DOWN) rather than skipping it.
 */
class UpcastEverywhereIT {

    private static final ObjectMapper JSON = EventSerialization.objectMapper();
    private static final String INSTRUMENT = "ZNM24";

    @TempDir
    Path dataDir;

    @Test
    void theLiveProjectionThePointInTimeAnswerAndTheArchiveReplayAllSeeTheEventUpcast() throws Exception {
        Path archiveDir = dataDir.resolve("archive");
        try (RunningApp app = RunningApp.start(
                dataDir, new Class<?>[] {OldQuoteRevision.class}, "--frgm.archive.uri=file:" + archiveDir)) {
            Instant stored = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            insertRevisionZero(app, stored, "OLD_XCME.ZN");
            QueryGateway queries = app.context.getBean(QueryGateway.class);

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> queries.query(new FetchLadderQuery(INSTRUMENT), LadderView.class)
                                    .get()
                            != null);
            LadderView live = queries.query(new FetchLadderQuery(INSTRUMENT), LadderView.class)
                    .get();
            assertThat(live.volume()).isEqualTo(4_321);

            Instant after = stored.plusMillis(1);
            StateAtView pointInTime = queries.query(new FetchStateAtQuery(after, INSTRUMENT), StateAtView.class)
                    .get();
            assertThat(pointInTime.ladders()).containsExactly(live);

            long head = app.jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> app.jdbc.queryForObject("SELECT last_global_index FROM archive_cursor", Long.class)
                            == head);
            Archive archive = new Archive(ArchiveLocations.open("file:" + archiveDir));
            List<ArchivedEvent> archived = archive.manifest().stream()
                    .flatMap(entry -> archive.events(entry).stream())
                    .filter(event -> event.eventIdentifier().equals("old-quote-1"))
                    .toList();
            assertThat(archived)
                    .singleElement()
                    .satisfies(event -> assertThat(event.payloadRevision()).isEqualTo("0"));
            ArchiveReplaySource source = new ArchiveReplaySource(
                    archive, EventSerialization.serializer(), app.context.getBean(EventUpcasterChain.class));
            StateAtView fromArchive = new PointInTime(new ReplayEngine(100), source, ZoneOffset.UTC)
                    .stateAt(after, INSTRUMENT, index -> {});
            assertThat(json(fromArchive.ladders())).isEqualTo(json(List.of(live)));

            // The operator's replay knows only the application's registered upcasters, not this test's.
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Cli.run(
                    new String[] {
                        "replay", "--at", after.toString(), "--source", "archive", "--archive", "file:" + archiveDir
                    },
                    new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("fileKey");
        }
    }

    @Test
    void withoutItsUpcasterTheLiveLadderStopsAtTheOldEventRatherThanSkipIt() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            Instant stored = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            // In the same processor segment as the file's feed, whose quotes must then wait behind it.
            insertRevisionZero(app, stored, sameSegmentAs("GE_XCME.ZN"));
            app.drop(
                    "market-data/GE_XCME.ZN_20240115_103938.csv",
                    "market-data/2024/01/15/GE_XCME.ZN_20240115_103938.csv");
            QueryGateway queries = app.context.getBean(QueryGateway.class);
            WebClient http = app.http();

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> app.jdbc.queryForObject(
                                    "SELECT count(*) FROM domain_event_entry WHERE payload_type = ? AND payload_revision = '1'",
                                    Long.class,
                                    QuoteUpdatedEvent.class.getName())
                            > 0);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> ladderProcessor(http).path("error").asBoolean());
            assertThat(ladderProcessor(http).path("failure").path("event").asText())
                    .isEqualTo("old-quote-1");
            // The file's quotes come after the unreadable event: the ladder processor never passes it.
            await().during(Duration.ofSeconds(4))
                    .atMost(Duration.ofSeconds(6))
                    .until(() -> queries.query(new FetchLadderQuery("ZNH24"), LadderView.class)
                                    .get()
                            == null);
            assertThat(ladderProcessor(http).path("error").asBoolean()).isTrue();
            // The load balancer's probe takes the node out: its live ladder is behind and stays so.
            for (String path : List.of("/actuator/health", "/actuator/health/readiness")) {
                assertThat(http.get()
                                .uri(path)
                                .exchangeToMono(response ->
                                        Mono.just(response.statusCode().value()))
                                .block())
                        .as(path)
                        .isEqualTo(503);
            }
        }
    }

    private static JsonNode ladderProcessor(WebClient http) throws Exception {
        String body = http.get()
                .uri("/actuator/health")
                .exchangeToMono(response -> response.bodyToMono(String.class))
                .block();
        return JSON.readTree(body)
                .path("components")
                .path("eventProcessors")
                .path("details")
                .path("ladder");
    }

    private static void insertRevisionZero(RunningApp app, Instant stored, String feed) throws Exception {
        app.jdbc.update(
                """
                INSERT INTO domain_event_entry (event_identifier, payload, meta_data, payload_type,
                    payload_revision, time_stamp, aggregate_identifier, sequence_number, type)
                VALUES ('old-quote-1', ?, ?, ?, '0', ?, ?, 0, 'MarketDataFeed')""",
                revisionZero(new QuoteUpdatedEvent(feed, "GE_XCME.ZN_20240115_103938.csv", quote(stored))),
                "{}".getBytes(StandardCharsets.UTF_8),
                QuoteUpdatedEvent.class.getName(),
                stored.toString(),
                feed);
    }

    /**
     * Another feed id that Axon's per-aggregate sequencing puts in the same segment as
     * {@code feed} for up to 256 segments (the segment is the aggregate id's hash under a mask).
     */
    private static String sameSegmentAs(String feed) {
        for (int i = 0; ; i++) {
            String candidate = "OLD_XCME.ZN" + i;
            if (((candidate.hashCode() ^ feed.hashCode()) & 0xFF) == 0) {
                return candidate;
            }
        }
    }

    /** The event as the older code wrote it: the same JSON, but {@code fileKey} still called {@code file}. */
    private static byte[] revisionZero(QuoteUpdatedEvent event) throws Exception {
        ObjectNode payload = (ObjectNode) JSON.valueToTree(event);
        payload.set("file", payload.remove("fileKey"));
        return JSON.writeValueAsBytes(payload);
    }

    private static MarketQuote quote(Instant at) {
        BigDecimal tick = new BigDecimal("0.015625");
        BigDecimal bid = new BigDecimal("111.5");
        return new MarketQuote(
                INSTRUMENT,
                at,
                bid,
                40L,
                bid.add(tick),
                60L,
                bid,
                4_321L,
                List.of(new PriceLevel(2, bid.subtract(tick), 80L)),
                List.of(new PriceLevel(2, bid.add(tick).add(tick), 90L)),
                BigDecimal.ONE,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                tick,
                new BigDecimal("1000"),
                null);
    }

    private static JsonNode json(Object value) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(value));
    }

    /** Test only: revision 0 of the quote event called its file key {@code file}. */
    @Configuration(proxyBeanMethods = false)
    static class OldQuoteRevision {

        @Bean
        EventUpcaster quoteFileRenamed() {
            SimpleSerializedType revision0 = new SimpleSerializedType(QuoteUpdatedEvent.class.getName(), "0");
            SimpleSerializedType revision1 = new SimpleSerializedType(QuoteUpdatedEvent.class.getName(), "1");
            return new SingleEventUpcaster() {
                @Override
                protected boolean canUpcast(IntermediateEventRepresentation representation) {
                    return representation.getType().equals(revision0);
                }

                @Override
                protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
                    return representation.upcastPayload(revision1, JsonNode.class, payload -> {
                        ObjectNode quote = (ObjectNode) payload;
                        quote.set("fileKey", quote.remove("file"));
                        return quote;
                    });
                }
            };
        }
    }
}
