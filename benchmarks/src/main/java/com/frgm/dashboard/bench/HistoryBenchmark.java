package com.frgm.dashboard.bench;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.embedded.EmbeddedDynoxideServer;
import com.frgm.dashboard.query.dynamodb.DynamoDbHistoryStore;
import com.frgm.dashboard.query.dynamodb.DynamoDbTables;
import com.frgm.dashboard.query.dynamodb.RetryPolicy;
import com.frgm.dashboard.query.history.DeadLetters;
import com.frgm.dashboard.query.history.HistoryItems;
import com.frgm.dashboard.query.history.HistoryTable;
import com.frgm.dashboard.query.history.MarketHistoryProjection;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.logging.LogFactory;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Quote items written per second into an embedded Dynoxide by the history projection path
 * (Axon's handler invocation, item mapping, the unit-of-work batch of 500 events, de-duplication,
 * 25-item BatchWriteItem requests with retry handling) beside plain BatchWriteItem calls of the
 * very same items, 25 per request, into an identical table of the same server, in one run.
 *
 * <pre>./mvnw -q -pl benchmarks -am install -DskipTests && ./mvnw -q -pl benchmarks exec:exec
 *     -Dbench.main=com.frgm.dashboard.bench.HistoryBenchmark [-Devents=5000 -Drounds=3]</pre>
 */
public final class HistoryBenchmark {

    private static final int AXON_BATCH = 500;
    private static final DeadLetters NO_DEAD_LETTERS = new DeadLetters() {
        @Override
        public void deadLetter(String group, EventMessage<?> event, RuntimeException cause) {
            throw new IllegalStateException("the benchmark's writes must not fail", cause);
        }

        @Override
        public void parkBehind(String group, EventMessage<?> event, RuntimeException cause) {
            throw new IllegalStateException("the benchmark's writes must not fail", cause);
        }
    };

    public static void main(String[] args) throws Exception {
        // Outside Spring Boot logback logs everything at DEBUG, the SDK a few lines per request.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int events = Integer.getInteger("events", 5000);
        int rounds = Integer.getInteger("rounds", 3);
        Path dir = Files.createTempDirectory("frgm-history-bench");
        EmbeddedDynoxideServer server = EmbeddedDynoxideServer.start(
                dir.resolve("dynamodb"), dir.resolve("bin"), LogFactory.getLog(HistoryBenchmark.class));
        try (DynamoDbClient client = client(server.endpoint())) {
            DynamoDbTables.ensure(client, "projection", true);
            DynamoDbTables.ensure(client, "plain", true);
            AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(new MarketHistoryProjection(
                    new DynamoDbHistoryStore(client, "projection", RetryPolicy.DEFAULT), NO_DEAD_LETTERS));
            String plainTable = HistoryTable.MARKET_DATA.tableName("plain");
            System.out.printf(
                    Locale.ROOT,
                    "History benchmark: %d quote events per round, %d rounds, Dynoxide %s, %s%n",
                    events,
                    rounds,
                    server.endpoint(),
                    Runtime.version());
            int next = 0;
            List<EventMessage<?>> warmUp = quotes(next, events / 4);
            next += events / 4;
            viaProjection(projection, warmUp);
            plain(client, plainTable, warmUp);
            List<Double> projectionRates = new ArrayList<>();
            List<Double> plainRates = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                List<EventMessage<?>> batch = quotes(next, events);
                next += events;
                double viaProjection = viaProjection(projection, batch);
                double plain = plain(client, plainTable, batch);
                projectionRates.add(viaProjection);
                plainRates.add(plain);
                System.out.printf(
                        Locale.ROOT,
                        "round %d: projection path %,9.0f items/s | plain BatchWriteItem %,9.0f"
                                + " items/s | ratio %.2fx%n",
                        round,
                        viaProjection,
                        plain,
                        viaProjection / plain);
            }
            double p = median(projectionRates);
            double r = median(plainRates);
            System.out.printf(
                    Locale.ROOT,
                    "median:  projection path %,9.0f items/s | plain BatchWriteItem %,9.0f items/s"
                            + " | ratio %.2fx%n",
                    p,
                    r,
                    p / r);
        } finally {
            server.stop();
        }
    }

    /** Each 500 events in one unit of work, as a pooled processor hands them over. */
    private static double viaProjection(AnnotationEventHandlerAdapter projection, List<EventMessage<?>> events)
            throws Exception {
        long start = System.nanoTime();
        for (int from = 0; from < events.size(); from += AXON_BATCH) {
            List<EventMessage<?>> slice = events.subList(from, Math.min(events.size(), from + AXON_BATCH));
            UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(slice.get(0));
            try {
                for (EventMessage<?> event : slice) {
                    projection.handle(event);
                }
            } catch (Exception e) {
                uow.rollback(e);
                throw e;
            }
            uow.commit();
        }
        return events.size() * 1e9 / (System.nanoTime() - start);
    }

    /** The same items, already as attribute maps, straight into BatchWriteItem, 25 per request. */
    private static double plain(DynamoDbClient client, String table, List<EventMessage<?>> events) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            QuoteUpdatedEvent quote = (QuoteUpdatedEvent) event.getPayload();
            Map<String, AttributeValue> item = new HashMap<>();
            HistoryItems.quote(quote.feedId(), quote.fileKey(), quote.quote())
                    .attributes()
                    .forEach((name, value) -> item.put(
                            name,
                            value instanceof String s
                                    ? AttributeValue.fromS(s)
                                    : AttributeValue.fromN(
                                            value instanceof BigDecimal d ? d.toPlainString() : value.toString())));
            items.add(item);
        }
        long start = System.nanoTime();
        for (int from = 0; from < items.size(); from += 25) {
            List<WriteRequest> requests = items.subList(from, Math.min(items.size(), from + 25)).stream()
                    .map(item -> WriteRequest.builder()
                            .putRequest(PutRequest.builder().item(item).build())
                            .build())
                    .toList();
            Map<String, List<WriteRequest>> unprocessed = Map.of(table, requests);
            while (!unprocessed.isEmpty()) {
                Map<String, List<WriteRequest>> pending = unprocessed;
                unprocessed =
                        client.batchWriteItem(b -> b.requestItems(pending)).unprocessedItems();
            }
        }
        return items.size() * 1e9 / (System.nanoTime() - start);
    }

    /** Quotes of 20 instruments with ten levels of depth, one millisecond apart. */
    private static List<EventMessage<?>> quotes(int from, int count) {
        List<EventMessage<?>> events = new ArrayList<>(count);
        Instant base = Instant.parse("2024-01-15T10:00:00Z");
        for (int i = from; i < from + count; i++) {
            BigDecimal bid =
                    new BigDecimal("112.5").add(new BigDecimal("0.015625").multiply(BigDecimal.valueOf(i % 7)));
            BigDecimal ask = bid.add(new BigDecimal("0.015625"));
            List<PriceLevel> bids = new ArrayList<>();
            List<PriceLevel> asks = new ArrayList<>();
            for (int level = 2; level <= 10; level++) {
                BigDecimal step = new BigDecimal("0.015625").multiply(BigDecimal.valueOf(level - 1));
                bids.add(new PriceLevel(level, bid.subtract(step), 100L + level));
                asks.add(new PriceLevel(level, ask.add(step), 200L + level));
            }
            MarketQuote quote = new MarketQuote(
                    "ZNH" + (i % 20),
                    base.plusMillis(i),
                    bid,
                    204L,
                    ask,
                    454L,
                    bid,
                    10_000L + i,
                    bids,
                    asks,
                    BigDecimal.ONE,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    null,
                    new BigDecimal("0.015625"),
                    new BigDecimal("1000"),
                    Map.of());
            events.add(GenericEventMessage.asEventMessage(new QuoteUpdatedEvent("BENCH", "bench.csv", quote)));
        }
        return events;
    }

    private static DynamoDbClient client(String endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
