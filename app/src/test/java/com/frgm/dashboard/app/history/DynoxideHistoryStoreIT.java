package com.frgm.dashboard.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.api.history.HistoryPage;
import com.frgm.dashboard.embedded.EmbeddedDynoxideServer;
import com.frgm.dashboard.query.dynamodb.DynamoDbHistoryStore;
import com.frgm.dashboard.query.dynamodb.DynamoDbTables;
import com.frgm.dashboard.query.dynamodb.RetryPolicy;
import com.frgm.dashboard.query.history.HistoryItem;
import com.frgm.dashboard.query.history.HistoryTable;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** The DynamoDB adapter against a real Dynoxide: items in and out, replays, throttling, missing tables. */
class DynoxideHistoryStoreIT {

    @TempDir
    static Path dir;

    static EmbeddedDynoxideServer server;
    static DynamoDbClient client;
    static FlakyDynamoDbClient flaky;
    static DynamoDbHistoryStore store;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedDynoxideServer.start(
                dir.resolve("dynamodb"), dir.resolve("bin"), LogFactory.getLog(DynoxideHistoryStoreIT.class));
        client = client(server.endpoint());
        DynamoDbTables.ensure(client, "it", true);
        flaky = new FlakyDynamoDbClient(client);
        store = new DynamoDbHistoryStore(flaky, "it", new RetryPolicy(6, Duration.ofMillis(5), Duration.ofMillis(50)));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.stop();
    }

    @Test
    void writesItemsAndAnswersATimeRangeInPages() {
        store.write(quotes("ZNH24", 0, 60));

        HistoryPage first = store.query(HistoryTable.MARKET_DATA, "ZNH24", 1_000L + 10, 1_000L + 49, 25, null);
        HistoryPage second = store.query(HistoryTable.MARKET_DATA, "ZNH24", 1_000L + 10, 1_000L + 49, 25, first.next());

        assertThat(first.items()).hasSize(25);
        assertThat(first.items().get(0))
                .containsEntry("timestamp", new BigDecimal("1010"))
                .containsEntry("bid", new BigDecimal("112.515625"));
        assertThat(second.items()).hasSize(15);
        assertThat(second.items().get(14)).containsEntry("timestamp", new BigDecimal("1049"));
        assertThat(second.next()).isNull();
    }

    @Test
    void writingTheSameItemsAgainLeavesTheSameTable() {
        store.write(quotes("ZNM24", 0, 30));
        ScanResponse once = client.scan(b -> b.tableName("ActantMarketData-it"));

        store.write(quotes("ZNM24", 0, 30));

        assertThat(client.scan(b -> b.tableName("ActantMarketData-it")).items()).isEqualTo(once.items());
    }

    @Test
    void retriesAThrottledBatchUntilEveryItemIsIn() {
        flaky.throttled.set(2);
        flaky.throwing.set(2);
        int callsBefore = flaky.batchCalls.get();

        store.write(quotes("ZNU24", 0, 40));

        // Two chunks of 25 and 15; the first is sent four more times (two unprocessed, two throttled).
        assertThat(flaky.batchCalls.get() - callsBefore).isEqualTo(2 + 4);
        assertThat(store.query(HistoryTable.MARKET_DATA, "ZNU24", null, null, 100, null)
                        .items())
                .hasSize(40);
    }

    @Test
    void keepsTheOrderTableTtlOnExpireTime() {
        assertThat(client.describeTimeToLive(b -> b.tableName("TTWorkingOrders-it"))
                        .timeToLiveDescription()
                        .attributeName())
                .isEqualTo("expire_time");
    }

    @Test
    void refusesToStartWithoutTablesWhenItMayNotCreateThem() {
        assertThatThrownBy(() -> DynamoDbTables.ensure(client, "prod", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ActantMarketData-prod")
                .hasMessageContaining("TTWorkingOrders-prod")
                .hasMessageContaining("frgm.history.create-tables");
    }

    static DynamoDbClient client(String endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    static List<HistoryItem> quotes(String instrument, int from, int to) {
        List<HistoryItem> items = new ArrayList<>();
        IntStream.range(from, to)
                .forEach(i -> items.add(new HistoryItem(
                        HistoryTable.MARKET_DATA,
                        Map.of(
                                "instrument_id",
                                instrument,
                                "timestamp",
                                1_000L + i,
                                "bid",
                                new BigDecimal("112.515625"),
                                "bid_size",
                                (long) i))));
        return items;
    }
}
