package com.frgm.dashboard.query.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.query.ladder.LadderStore;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The switch of a rebuilt version onto the live keys (ADR 0024): a rebuilt key replaces an older
 * live one with its companion, never a newer one; live keys the new version lacks go; the rebuilt
 * keys share the live key's cluster slot; nothing is published while building.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisRebuildTargetIT {

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

    RedisAccess connection() {
        return connection;
    }

    @BeforeEach
    void empty() {
        connection.sync().flushall();
    }

    @Test
    void theNewVersionTakesOverWithoutGoingBackAndTheOldKeysGo() {
        RedisLadderStore live = new RedisLadderStore(connection);
        live.write(List.of(write("ZNH24", "100", 5), write("ZNM24", "200", 9), write("OLD", "1", 3)));
        Keyspace v2 = Keyspace.rebuild("ladder", 2);
        RedisLadderStore rebuilt = new RedisLadderStore(connection, v2);
        rebuilt.write(List.of(write("ZNH24", "101", 7), write("ZNM24", "199", 8)));
        List<String> published = subscribe();
        assertThat(connection.sync().keys("ladder:*"))
                .containsExactlyInAnyOrder("ladder:ZNH24", "ladder:ZNM24", "ladder:OLD");

        long moved = target(live).switchTo(2, () -> {});

        assertThat(moved).isEqualTo(2); // ZNH24's two keys; ZNM24's live keys are newer and stay
        assertThat(connection.sync().hget("actant:market:ZNH24", "price")).isEqualTo("101");
        assertThat(connection.sync().get("seq:{ladder:ZNH24}")).isEqualTo("7");
        assertThat(connection.sync().hget("actant:market:ZNM24", "price")).isEqualTo("200");
        assertThat(connection.sync().get("seq:{ladder:ZNM24}")).isEqualTo("9");
        assertThat(connection.sync().keys("*OLD*")).isEmpty();
        assertThat(connection.sync().keys("rebuild:*")).isEmpty();
        assertThat(connection.sync().get("projection:version:ladder")).isEqualTo("2");
        await().untilAsserted(
                        () -> assertThat(published).singleElement().asString().contains("\"ZNH24\""));
    }

    @Test
    void aRebuiltKeySharesItsLiveKeysClusterSlotAndPublishesNothing() {
        List<String> published = subscribe();
        Keyspace v3 = Keyspace.rebuild("ladder", 3);
        new RedisLadderStore(connection, v3).write(List.of(write("ZNH24", "101", 7)));

        assertThat(connection.sync().keys("*"))
                .containsExactlyInAnyOrder(
                        "rebuild:ladder:v3:{ladder:ZNH24}",
                        "rebuild:ladder:v3:seq:{ladder:ZNH24}",
                        "rebuild:ladder:v3:{actant:market:ZNH24}",
                        "rebuild:ladder:v3:seq:{actant:market:ZNH24}");
        for (String key : connection.sync().keys("rebuild:*{ladder:ZNH24}")) {
            assertThat(SlotHash.getSlot(key)).isEqualTo(SlotHash.getSlot("ladder:ZNH24"));
        }
        target(new RedisLadderStore(connection)).discard(3);
        assertThat(connection.sync().keys("*")).isEmpty();
        assertThat(published).isEmpty();
    }

    private RedisRebuildTarget target(RedisLadderStore live) {
        return new RedisRebuildTarget(
                "ladder",
                connection,
                live.keyspace(),
                List.of(RedisKeys.MARKET_PREFIX + "*", RedisKeys.LADDER_PREFIX + "*", RedisKeys.MARKET_LAST_UPDATE),
                keys -> null,
                RedisKeys.LADDER_PREFIX,
                RedisKeys.LADDER_CHANNEL);
    }

    private List<String> subscribe() {
        List<String> published = new CopyOnWriteArrayList<>();
        StatefulRedisPubSubConnection<String, String> subscriber = connection.connectPubSub();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                published.add(message);
            }
        });
        subscriber.sync().subscribe(RedisKeys.LADDER_CHANNEL);
        return published;
    }

    private static LadderStore.QuoteWrite write(String instrument, String price, long sequence) {
        MarketQuote quote = new MarketQuote(
                instrument,
                Instant.parse("2024-01-15T10:39:38Z"),
                new BigDecimal(price),
                1L,
                new BigDecimal(price).add(BigDecimal.ONE),
                1L,
                new BigDecimal(price),
                10L,
                List.of(),
                List.of(),
                BigDecimal.ONE,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        return new LadderStore.QuoteWrite(quote, sequence);
    }
}
