package com.frgm.dashboard.query.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.query.ladder.LadderStore;
import com.frgm.dashboard.query.ladder.Ladders;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisLadderStoreIT {

    private RedisTestServer server;
    private RedisAccess connection;

    /** The Redis these tests run on: one server here, a Redis Cluster in the subclass for the cluster. */
    RedisTestServer startRedis() {
        return RedisTestServer.standalone();
    }

    @BeforeAll
    void connect() {
        server = startRedis();
        connection = server.connect();
    }

    @AfterAll
    void stopRedis() {
        connection.close();
        server.close();
    }

    @Test
    void writesTheSeedHashTheLadderAndTheLastUpdateAndPublishes() {
        List<String> published = new CopyOnWriteArrayList<>();
        StatefulRedisPubSubConnection<String, String> subscriber = connection.connectPubSub();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                published.add(message);
            }
        });
        subscriber.sync().subscribe(RedisKeys.LADDER_CHANNEL);
        MarketQuote quote = new MarketQuote(
                "ZNH24",
                Instant.parse("2024-01-15T10:39:38.123Z"),
                new BigDecimal("112.5"),
                204L,
                new BigDecimal("112.515625"),
                454L,
                new BigDecimal("112.5"),
                10486L,
                List.of(),
                List.of(),
                BigDecimal.ONE,
                null,
                null,
                null,
                null,
                new BigDecimal("0.015625"),
                null,
                null);
        LadderView ladder = Ladders.from(quote, 9);
        RedisLadderStore store = new RedisLadderStore(connection);

        store.write(List.of(
                new LadderStore.QuoteWrite(quote, 9),
                new LadderStore.FileWrite(Instant.parse("2024-01-15T10:39:38Z"), 10)));

        Map<String, String> hash = connection.sync().hgetall("actant:market:ZNH24");
        assertThat(hash)
                .containsEntry("price", "112.5")
                .containsEntry("bid", "112.5")
                .containsEntry("ask", "112.515625")
                .containsEntry("volume", "10486")
                .containsEntry("timestamp", "1705315178")
                .containsEntry("bid_size", "204")
                .doesNotContainKey("gamma");
        assertThat(connection.sync().get("last_update:actant:market")).isEqualTo("1705315178");
        assertThat(store.read("ZNH24")).contains(ladder);
        await().untilAsserted(() -> assertThat(published).hasSize(1));
        assertThat(RedisJson.FIELD_NAMES.read(published.get(0), LadderView.class))
                .isEqualTo(ladder);
        subscriber.close();
    }

    @Test
    void aReplayedOlderQuoteChangesNothingAndPublishesNothing() {
        List<String> published = new CopyOnWriteArrayList<>();
        StatefulRedisPubSubConnection<String, String> subscriber = connection.connectPubSub();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                published.add(message);
            }
        });
        subscriber.sync().subscribe(RedisKeys.LADDER_CHANNEL);
        RedisLadderStore store = new RedisLadderStore(connection);
        MarketQuote newer = quote("ZNZ24", "112.5", Instant.parse("2024-01-15T10:40:00Z"));
        MarketQuote older = quote("ZNZ24", "111.0", Instant.parse("2024-01-15T10:39:00Z"));
        store.write(List.of(
                new LadderStore.QuoteWrite(newer, 200),
                new LadderStore.FileWrite(Instant.parse("2024-01-15T10:40:00Z"), 201)));

        store.write(List.of(
                new LadderStore.QuoteWrite(older, 100),
                new LadderStore.FileWrite(Instant.parse("2024-01-15T10:39:00Z"), 101)));
        store.write(List.of(new LadderStore.QuoteWrite(newer, 200)));

        assertThat(store.read("ZNZ24")).contains(Ladders.from(newer, 200));
        assertThat(connection.sync().hget("actant:market:ZNZ24", "price")).isEqualTo("112.5");
        assertThat(connection.sync().get("last_update:actant:market")).isEqualTo("1705315200");
        assertThat(connection.sync().get("seq:{ladder:ZNZ24}")).isEqualTo("200");
        await().untilAsserted(() -> assertThat(published).hasSize(1));
        assertThat(RedisJson.FIELD_NAMES
                        .read(published.get(0), LadderView.class)
                        .eventSequence())
                .isEqualTo(200);
        subscriber.close();
    }

    @Test
    void scriptsLostByRedisAreLoadedAgain() {
        RedisLadderStore store = new RedisLadderStore(connection);
        connection.sync().scriptFlush();
        MarketQuote quote = quote("ZNU24", "110", Instant.parse("2024-01-15T10:40:00Z"));

        store.write(List.of(new LadderStore.QuoteWrite(quote, 300)));

        assertThat(store.read("ZNU24")).contains(Ladders.from(quote, 300));
    }

    private static MarketQuote quote(String instrument, String price, Instant time) {
        return new MarketQuote(
                instrument,
                time,
                new BigDecimal(price),
                1L,
                null,
                null,
                new BigDecimal(price),
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void removesFieldsTheNewQuoteNoLongerHas() {
        connection.sync().hset("actant:market:ZNM24", "gamma", "0.5");
        MarketQuote quote = new MarketQuote(
                "ZNM24",
                Instant.EPOCH,
                null,
                null,
                null,
                null,
                BigDecimal.TEN,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        new RedisLadderStore(connection).write(List.of(new LadderStore.QuoteWrite(quote, 1)));

        assertThat(connection.sync().hgetall("actant:market:ZNM24"))
                .containsOnlyKeys("price", "timestamp", "timestamp_ms");
    }
}
